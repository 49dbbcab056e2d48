package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.pdf is a board pack (issue 12 item 14): the question and the findings on page 1, the
 * body of a comparison at most six pages, everything else after it in an appendix.
 */
final class PdfPageTest {

  @TempDir Path tmp;

  /** The text of each page. */
  private static List<String> pages(Path pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf.toString());
    try {
      PdfTextExtractor text = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        pages.add(text.getTextFromPage(p).replaceAll("\\s+", " "));
      }
      return pages;
    } finally {
      reader.close();
    }
  }

  @Test
  void aComparison_opensWithTheQuestionAndTheFindings_inABodyOfAtMostSixPages() throws IOException {
    Path folder = Fixtures.compare(tmp.resolve("compare"));
    ReportWriter.render(folder);
    List<String> pages = pages(folder.resolve("report.pdf"));
    String first = pages.get(0);
    assertThat(first)
        .contains("The question")
        .contains("What changes if the company moves from mixed-flat to split-weighted?")
        .contains("What we found")
        .contains("On bookings over 12 months")
        .contains("more contribution");
    int appendix = -1;
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).startsWith("APPENDIX") || pages.get(p).contains(" APPENDIX ")) {
        appendix = p;
        break;
      }
    }
    assertThat(appendix).as("the first appendix page (0-based)").isBetween(1, 6);
    // The body carries the plans, the totals and the key charts; the appendix the method notes
    // and every setting.
    String body = String.join(" ", pages.subList(0, appendix));
    assertThat(body).contains("What differs between the plans").contains("Totals over 12 months");
    String rest = String.join(" ", pages.subList(appendix, pages.size()));
    assertThat(rest).contains("How this was computed").contains("Every setting (");
    assertThat(body).doesNotContain("How this was computed");
  }
}
