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
    List<Term> glossary) {

  public Page {
    question = List.copyOf(question);
    plans = List.copyOf(plans);
    findings = List.copyOf(findings);
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
    method = List.copyOf(method);
    glossary = List.copyOf(glossary);
  }

  /** The same page with its figures replaced (once their SVG is drawn). */
  Page withFigures(List<Figure> drawn) {
    return new Page(
        title, kind, subtitle, question, plans, findings, drawn, tables, method, glossary);
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
}
