package salesim.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Section;
import salesim.report.Page.Table;
import salesim.report.Page.Term;
import salesim.report.chart.ChartFiles;
import salesim.report.chart.ChartStyle;

/**
 * report.pdf: the same content as the HTML, on A4 landscape, laid out as a board pack: the question
 * and the findings on page 1, then the plans, the key numbers and the key charts (the page's {@code
 * keyFigures} and {@code keyTables}), then the page's sections (the CFO's page: its findings and
 * numbers, then its key charts), and everything else in an appendix (method notes, glossary,
 * the other tables and charts, every setting). Charts are vector graphics drawn through OpenPDF's
 * Graphics2D. Byte-reproducible: the bundled font is embedded as a subset whose name tag
 * comes from a fixed sequence rather than a secure random, the info dictionary carries no creation
 * date, and the file ID is derived from the inputs rather than the clock.
 */
final class PdfPage {

  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color ACCENT = new Color(0x00, 0x72, 0xB2);
  private static final Color RULE = new Color(0xDD, 0xDD, 0xDD);
  private static final Color HEAD = new Color(0xF2, 0xF2, 0xF2);
  private static final Color MARK = new Color(0xFF, 0xF1, 0xCC);

  private final BaseFont regular;
  private final BaseFont bold;

  private PdfPage() {
    this.regular = font("DejaVuSans.ttf", false, 0x5EED1L);
    this.bold = font("DejaVuSans-Bold.ttf", true, 0x5EED2L);
  }

  /**
   * Writes report.pdf.
   *
   * @param id 16 bytes that identify the inputs (the PDF's file ID)
   */
  static void write(Page page, Path file, byte[] id) {
    try (OutputStream out = OutputFiles.stream(file)) {
      new PdfPage().write(page, out, id);
    } catch (ExceptionConverter e) {
      // OpenPDF wraps the stream's IOException (a full disk) without making it the cause.
      if (e.getException() instanceof IOException io) {
        throw new UncheckedIOException("cannot write " + file + ": " + io.getMessage(), io);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private void write(Page page, OutputStream out, byte[] id) {
    // A landscape media box (rather than a rotated portrait page) prints the right way round.
    Document document =
        new Document(
            new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 40, 40, 36, 44);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new Footer(page.title() + " \u00b7 " + page.kind()));
    document.addTitle(page.title());
    document.addSubject(page.kind());
    document.addCreator("salesim");
    document.open();
    // No clock in the file: drop the creation date and fix the ID from the inputs.
    writer.getInfo().remove(PdfName.CREATIONDATE);
    writer.getInfo().remove(PdfName.MODDATE);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));

    // Page 1: the question and the answer, as a board pack opens.
    add(document, text(page.kind().toUpperCase(java.util.Locale.ROOT), 9, false, MUTED, 0));
    add(document, text(page.title(), 22, true, INK, 2));
    add(document, text(page.subtitle(), 11, false, MUTED, 8));
    heading(document, "The question");
    if (!page.question().isEmpty()) {
      add(document, text(page.question().get(0), 11, false, INK, 5));
    }
    heading(document, "What we found");
    findings(document, page.findings());
    for (Page.Link link : page.links()) {
      add(document, text(link.text() + " " + link.href(), 10, false, MUTED, 3));
    }

    // The body: the plans, the key numbers, the key charts.
    document.newPage();
    heading(document, "The plans");
    List<String> question = page.question();
    for (String p : question.subList(Math.min(1, question.size()), question.size())) {
      add(document, text(p, 9.5f, false, INK, 4));
    }
    for (Table table : page.openPlans()) {
      table(document, table);
    }
    boolean appendix =
        page.sections().stream().anyMatch(section -> !section.moreFigures().isEmpty())
            || !page.moreFigures().isEmpty()
            || !page.moreTables().isEmpty()
            || !page.method().isEmpty()
            || !page.foldedPlans().isEmpty();
    if (!page.foldedPlans().isEmpty()) {
      add(
          document,
          text("Every setting of every scenario is listed in the appendix.", 9, false, MUTED, 4));
    }
    if (!page.keyTableList().isEmpty()) {
      document.newPage();
      heading(document, "The numbers");
      for (Table table : page.keyTableList()) {
        table(document, table);
      }
    }
    boolean first = true;
    for (Figure figure : page.keyFigureList()) {
      document.newPage();
      if (first) {
        heading(document, "Charts");
        first = false;
      }
      figure(document, writer, figure);
    }
    // A reader's own pages (the CFO's): findings and numbers, then the key charts.
    for (Section section : page.sections()) {
      document.newPage();
      heading(document, section.title());
      for (String p : section.intro()) {
        add(document, text(p, 9.5f, false, INK, 4));
      }
      findings(document, section.findings());
      // Each table kept whole with its title: one that does not fit below starts a new page.
      for (Table table : section.tables()) {
        keptTable(document, table);
      }
      for (Figure figure : section.keyFigureList()) {
        document.newPage();
        figure(document, writer, figure);
      }
    }

    // The appendix: what an analyst checks, not what a board reads.
    if (appendix) {
      document.newPage();
      add(document, text("APPENDIX", 9, false, MUTED, 0));
      heading(document, "How this was computed");
      for (String note : page.method()) {
        add(document, text(note, 10, false, INK, 4));
      }
      add(document, text("Words used", 12, true, INK, 4));
      for (Term term : page.glossary()) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(term.term() + ": ", new Font(bold, 10, Font.NORMAL, INK)));
        p.add(new Chunk(term.meaning(), new Font(regular, 10, Font.NORMAL, INK)));
        p.setSpacingAfter(2);
        add(document, p);
      }
      if (!page.moreTables().isEmpty()) {
        heading(document, "More numbers");
        for (Table table : page.moreTables()) {
          table(document, table);
        }
      }
      List<Figure> more = new java.util.ArrayList<>(page.moreFigures());
      page.sections().forEach(section -> more.addAll(section.moreFigures()));
      for (Figure figure : more) {
        document.newPage();
        add(document, text("APPENDIX", 9, false, MUTED, 0));
        figure(document, writer, figure);
      }
      if (!page.foldedPlans().isEmpty()) {
        document.newPage();
        add(document, text("APPENDIX", 9, false, MUTED, 0));
        for (Table table : page.foldedPlans()) {
          table(document, table, true);
        }
      }
    }
    document.close();
  }

  /** Findings as a bulleted list, one sentence each. */
  private void findings(Document document, List<String> findings) {
    if (findings.isEmpty()) {
      return;
    }
    com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
    list.setListSymbol(new Chunk("\u2022", new Font(regular, 11, Font.NORMAL, ACCENT)));
    for (String finding : findings) {
      ListItem item = new ListItem(finding, new Font(regular, 11, Font.NORMAL, INK));
      item.setSpacingAfter(4);
      list.add(item);
    }
    add(document, list);
  }

  private void heading(Document document, String title) {
    Paragraph p = text(title, 15, true, INK, 6);
    p.setSpacingBefore(10);
    add(document, p);
  }

  private Paragraph text(String text, float size, boolean strong, Color colour, float after) {
    Paragraph p = new Paragraph(text, new Font(strong ? bold : regular, size, Font.NORMAL, colour));
    p.setSpacingAfter(after);
    p.setLeading(size * 1.35f);
    return p;
  }

  /** A chart drawn as vector graphics, scaled to the text width, with its caption. */
  private void figure(Document document, PdfWriter writer, Figure figure) {
    int w = figure.chart().width();
    int h = figure.chart().height();
    PdfContentByte canvas = writer.getDirectContent();
    PdfTemplate template = canvas.createTemplate(w, h);
    Graphics2D g = new PdfGraphics2D(template, w, h, new Fonts(regular, bold), false, false, 0f);
    ChartFiles.hints(g);
    figure.chart().chart().draw(g, new Rectangle2D.Double(0, 0, w, h));
    g.dispose();
    try {
      Image image = Image.getInstance(template);
      float width = document.right() - document.left();
      float height = document.top() - document.bottom() - 70;
      image.scaleToFit(width, height);
      image.setAlignment(Element.ALIGN_CENTER);
      add(document, image);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot place the chart " + figure.name(), e);
    }
    add(document, text(figure.caption(), 9.5f, false, MUTED, 0));
  }

  /** A table: header row repeated on each page, second lines smaller, marked rows tinted. */
  private void table(Document document, Table table) {
    table(document, table, false);
  }

  /** A table; {@code dense} sets it smaller (the appendix's list of every setting). */
  private void table(Document document, Table table, boolean dense) {
    add(document, text(table.title(), 12, true, INK, 2));
    if (!table.note().isEmpty()) {
      add(document, text(table.note(), 8.5f, false, MUTED, 4));
    }
    add(document, grid(table, dense));
  }

  /**
   * A table with its title and note held together: it starts on the next page rather than leave
   * its title behind (one longer than a page still breaks, its header row repeated).
   */
  private void keptTable(Document document, Table table) {
    PdfPTable whole = new PdfPTable(1);
    whole.setWidthPercentage(100);
    whole.setKeepTogether(true);
    whole.setSplitLate(false);
    whole.addCell(bare(text(table.title(), 12, true, INK, 2)));
    if (!table.note().isEmpty()) {
      whole.addCell(bare(text(table.note(), 8.5f, false, MUTED, 4)));
    }
    PdfPCell body = new PdfPCell(grid(table, false));
    body.setBorder(Rectangle.NO_BORDER);
    body.setPadding(0);
    whole.addCell(body);
    add(document, whole);
  }

  /** A borderless cell holding a paragraph. */
  private static PdfPCell bare(Paragraph paragraph) {
    PdfPCell cell = new PdfPCell();
    cell.addElement(paragraph);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }

  /** The grid of a table: header row repeated on each page, second lines smaller. */
  private PdfPTable grid(Table table, boolean dense) {
    float size = dense ? 7f : 8.5f;
    float small = dense ? 6.5f : 7.5f;
    int columns = table.header().size();
    PdfPTable grid = new PdfPTable(columns);
    grid.setWidthPercentage(100);
    float[] widths = new float[columns];
    widths[0] = columns > 4 ? 2.4f : 2f;
    for (int i = 1; i < columns; i++) {
      widths[i] = 1.2f;
    }
    grid.setWidths(widths);
    grid.setHeaderRows(1);
    grid.setSpacingAfter(10);
    for (int c = 0; c < columns; c++) {
      PdfPCell cell =
          new PdfPCell(new Phrase(table.header().get(c), new Font(bold, size, Font.NORMAL, INK)));
      cell.setBackgroundColor(HEAD);
      style(cell, c == 0, dense);
      grid.addCell(cell);
    }
    for (Row row : table.rows()) {
      for (int c = 0; c < row.cells().size(); c++) {
        String[] parts = row.cells().get(c).split("\n", 2);
        String first = (c == 0 && row.highlight() ? "\u2260 " : "") + parts[0];
        Phrase phrase =
            new Phrase(
                first,
                new Font(c == 0 && row.highlight() ? bold : regular, size, Font.NORMAL, INK));
        if (parts.length > 1) {
          phrase.add(new Chunk("\n" + parts[1], new Font(regular, small, Font.NORMAL, MUTED)));
        }
        PdfPCell cell = new PdfPCell(phrase);
        if (row.highlight()) {
          cell.setBackgroundColor(MARK);
        }
        style(cell, c == 0, dense);
        grid.addCell(cell);
      }
    }
    return grid;
  }

  private static void style(PdfPCell cell, boolean first, boolean dense) {
    cell.setBorder(PdfPCell.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setPadding(dense ? 1.5f : 3.5f);
    cell.setPaddingBottom(dense ? 2f : 4.5f);
    cell.setHorizontalAlignment(first ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
  }

  private static void add(Document document, Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot lay out the PDF: " + e.getMessage(), e);
    }
  }

  /** The bundled font, embedded as a subset with a reproducible subset tag. */
  private static BaseFont font(String name, boolean bold, long seed) {
    try {
      BaseFont font =
          BaseFont.createFont(
              name,
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              BaseFont.NOT_CACHED,
              ChartStyle.fontBytes(bold),
              null);
      font.setSecureRandom(new FixedSequence(seed));
      return font;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot embed the bundled font " + name, e);
    }
  }

  /**
   * OpenPDF draws each embedded subset's six-letter tag from a SecureRandom; the tag only has to
   * differ between the subsets of one file, so a fixed sequence per font keeps the bytes stable.
   */
  private static final class FixedSequence extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private long state;

    FixedSequence(long seed) {
      this.state = seed;
    }

    @Override
    public double nextDouble() {
      state = state * 6364136223846793005L + 1442695040888963407L;
      return (state >>> 11) * 0x1.0p-53;
    }
  }

  /** Every AWT font the charts use maps to the embedded regular or bold face. */
  private record Fonts(BaseFont regular, BaseFont bold) implements FontMapper {

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
      return font.isBold() ? bold : regular;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
      return font == bold ? ChartStyle.bold(size) : ChartStyle.font(size);
    }
  }

  /** "title · page n" at the foot of every page. */
  private final class Footer extends PdfPageEventHelper {

    private final String title;

    Footer(String title) {
      this.title = title;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      Font font = new Font(regular, 8, Font.NORMAL, MUTED);
      PdfContentByte canvas = writer.getDirectContent();
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_LEFT, new Phrase(title, font), document.left(), 22, 0);
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_RIGHT,
          new Phrase("page " + writer.getPageNumber(), font),
          document.right(),
          22,
          0);
    }
  }
}
