package salesim.report;

import java.util.List;
import java.util.Objects;
import salesim.report.chart.Chart;

/**
 * What a report says, independent of its format: the HTML template and the PDF writer both lay out
 * this model, so the two always carry the same content. All text is plain (the HTML template
 * escapes it); numbers are already formatted.
 *
 * @param title the report's title (the scenarios it is about)
 * @param kind what kind of experiment, in words ("Comparison of two plans")
 * @param subtitle one line on the size of the experiment
 * @param question paragraphs that state the question
 * @param plans the scenarios' parameters: key or differing settings, then every setting
 * @param findings headline findings, one sentence each, computed from the numbers
 * @param figures the charts, in reading order
 * @param tables the numbers behind the charts
 * @param method method notes, one paragraph each
 * @param glossary words a reader may not know, each with a one-line explanation
 * @param keyFigures how many of the figures, from the first, a board pack carries in its body;
 *     the PDF puts the rest in the appendix
 * @param keyTables how many of the tables, likewise
 * @param links related reports beside this one (an explanation of a comparison), shown after the
 *     findings; usually none
 * @param sections pages of their own for one reader (the CFO's page), after the numbers
 */
public record Page(
    String title,
    String kind,
    String subtitle,
    List<String> question,
    List<Table> plans,
    List<String> findings,
    List<Figure> figures,
    List<Table> tables,
    List<String> method,
    List<Term> glossary,
    int keyFigures,
    int keyTables,
    List<Link> links,
    List<Section> sections) {

  public Page {
    links = List.copyOf(links);
    question = List.copyOf(question);
    plans = List.copyOf(plans);
    findings = List.copyOf(findings);
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
    method = List.copyOf(method);
    glossary = List.copyOf(glossary);
    sections = List.copyOf(sections);
    if (keyFigures < 0
        || keyFigures > figures.size()
        || keyTables < 0
        || keyTables > tables.size()) {
      throw new IllegalArgumentException(
          "key figures and tables: 0.." + figures.size() + " and 0.." + tables.size());
    }
  }

  /** A page with no links to other reports. */
  public Page(
      String title,
      String kind,
      String subtitle,
      List<String> question,
      List<Table> plans,
      List<String> findings,
      List<Figure> figures,
      List<Table> tables,
      List<String> method,
      List<Term> glossary,
      int keyFigures,
      int keyTables) {
    this(
        title, kind, subtitle, question, plans, findings, figures, tables, method, glossary,
        keyFigures, keyTables, List.of(), List.of());
  }

  /** A page whose figures and tables all belong in the body. */
  public Page(
      String title,
      String kind,
      String subtitle,
      List<String> question,
      List<Table> plans,
      List<String> findings,
      List<Figure> figures,
      List<Table> tables,
      List<String> method,
      List<Term> glossary) {
    this(
        title, kind, subtitle, question, plans, findings, figures, tables, method, glossary,
        figures.size(), tables.size(), List.of(), List.of());
  }

  /** The same page with the first {@code figures} figures and {@code tables} tables as its body. */
  Page withKeys(int figures, int tables) {
    return new Page(
        title, kind, subtitle, question, plans, findings, this.figures, this.tables, method,
        glossary, Math.min(figures, this.figures.size()), Math.min(tables, this.tables.size()),
        links, sections);
  }

  /** The same page with links to related reports. */
  Page withLinks(List<Link> related) {
    return new Page(
        title, kind, subtitle, question, plans, findings, figures, tables, method, glossary,
        keyFigures, keyTables, related, sections);
  }

  /** The same page with these sections after its numbers. */
  Page withSections(List<Section> added) {
    return new Page(
        title, kind, subtitle, question, plans, findings, figures, tables, method, glossary,
        keyFigures, keyTables, links, added);
  }

  /** The figures of the body, in reading order. */
  public List<Figure> keyFigureList() {
    return figures.subList(0, keyFigures);
  }

  /** The figures the PDF puts in the appendix. */
  public List<Figure> moreFigures() {
    return figures.subList(keyFigures, figures.size());
  }

  /** The tables of the body. */
  public List<Table> keyTableList() {
    return tables.subList(0, keyTables);
  }

  /** The tables the PDF puts in the appendix. */
  public List<Table> moreTables() {
    return tables.subList(keyTables, tables.size());
  }

  /** The same page with its figures replaced (once their SVG is drawn). */
  Page withFigures(List<Figure> drawn) {
    return new Page(
        title, kind, subtitle, question, plans, findings, drawn, tables, method, glossary,
        keyFigures, keyTables, links, sections);
  }

  /** The tables shown in full (not folded away). */
  public List<Table> openPlans() {
    return plans.stream().filter(t -> !t.folded()).toList();
  }

  /** The tables folded away in HTML and printed as an appendix in the PDF. */
  public List<Table> foldedPlans() {
    return plans.stream().filter(Table::folded).toList();
  }

  /**
   * A part of the report written for one reader, with its own findings, charts and numbers: in
   * HTML a section after the numbers, in the PDF pages of its own before the appendix (its
   * findings and tables, then its first {@code keyFigures} charts; the others go to the appendix).
   *
   * @param id its anchor in the HTML page, lower-case words and dashes
   * @param title its heading
   * @param intro paragraphs that say what it answers
   * @param findings its findings, one sentence each, computed from the numbers
   * @param figures its charts, in reading order
   * @param tables its numbers
   * @param keyFigures how many of its charts, from the first, the PDF carries in its body
   */
  public record Section(
      String id,
      String title,
      List<String> intro,
      List<String> findings,
      List<Figure> figures,
      List<Table> tables,
      int keyFigures) {

    public Section {
      if (!id.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("section ids are lower-case words and dashes: " + id);
      }
      Objects.requireNonNull(title, "title");
      intro = List.copyOf(intro);
      findings = List.copyOf(findings);
      figures = List.copyOf(figures);
      tables = List.copyOf(tables);
      if (keyFigures < 0 || keyFigures > figures.size()) {
        throw new IllegalArgumentException(id + ": key figures 0.." + figures.size());
      }
    }

    /** The charts of the PDF's body. */
    public List<Figure> keyFigureList() {
      return figures.subList(0, keyFigures);
    }

    /** The charts the PDF puts in the appendix. */
    public List<Figure> moreFigures() {
      return figures.subList(keyFigures, figures.size());
    }

    /** The same section with its figures replaced (once their SVG is drawn). */
    Section withFigures(List<Figure> drawn) {
      return new Section(id, title, intro, findings, drawn, tables, keyFigures);
    }
  }

  /**
   * A chart with its caption.
   *
   * @param chart the chart (drawn as vector graphics into the PDF)
   * @param caption how to read it, in a sentence or two
   * @param svg its inline SVG markup once drawn, else empty
   */
  public record Figure(Chart chart, String caption, String svg) {

    public Figure {
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(svg, "svg");
    }

    /** A figure not drawn yet. */
    static Figure of(Chart chart, String caption) {
      return new Figure(chart, caption, "");
    }

    /** The chart's file stem under charts/. */
    public String name() {
      return chart.name();
    }

    /** The chart's title, for the figure's accessible label. */
    public String title() {
      return chart.chart().getTitle() == null ? chart.name() : chart.chart().getTitle().getText();
    }
  }

  /**
   * A table.
   *
   * @param title its heading
   * @param note a line under the heading (units, how to read), or empty
   * @param header column headings
   * @param rows the rows
   * @param folded whether HTML folds it away (details) and the PDF puts it in the appendix
   */
  public record Table(
      String title, String note, List<String> header, List<Row> rows, boolean folded) {

    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
      for (Row row : rows) {
        if (row.cells().size() != header.size()) {
          throw new IllegalArgumentException(
              title
                  + ": a row has "
                  + row.cells().size()
                  + " cells for "
                  + header.size()
                  + " columns");
        }
      }
    }
  }

  /**
   * A table row.
   *
   * @param cells cell texts; a newline starts a second, smaller line
   * @param highlight whether the row is marked (e.g. a setting that differs between scenarios)
   */
  public record Row(List<String> cells, boolean highlight) {

    public Row {
      cells = List.copyOf(cells);
    }

    static Row of(String... cells) {
      return new Row(List.of(cells), false);
    }
  }

  /** A word and what it means here. */
  public record Term(String term, String meaning) {}

  /**
   * A related report.
   *
   * @param text the sentence that says what it is
   * @param href its address relative to this report ({@code ../explain-a-b/report.html})
   */
  public record Link(String text, String href) {

    public Link {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(href, "href");
    }
  }
}
