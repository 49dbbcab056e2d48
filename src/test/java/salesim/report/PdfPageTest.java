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
 * body of a comparison at most six pages, then the CFO's page (issue 15 item 6) in at most four,
 * everything else after them in an appendix.
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
  void aComparison_opensWithTheQuestionAndTheFindings_inABodyOfAtMostSixPages_thenTheCfosPage()
      throws IOException {
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
    int cfo = first(pages, "The CFO's page");
    int appendix = first(pages, "APPENDIX");
    assertThat(cfo).as("the CFO's page (0-based)").isBetween(1, 6);
    assertThat(appendix - cfo).as("pages of the CFO's page").isBetween(1, 4);
    // The body carries the plans, the totals and the key charts; the CFO's page its findings,
    // numbers and ARR fan; the appendix the method notes, every setting and the other charts.
    String body = String.join(" ", pages.subList(0, cfo));
    assertThat(body).contains("What differs between the plans").contains("Totals over 12 months");
    String page = String.join(" ", pages.subList(cfo, appendix));
    assertThat(page)
        .contains("ARR at the horizon, after 12 months")
        .contains("The CFO's measures over 12 months")
        .contains("The value at the horizon: realised and expected")
        .contains("The CFO's measures against the baseline, mixed-flat")
        .contains("ARR month by month");
    String rest = String.join(" ", pages.subList(appendix, pages.size()));
    assertThat(rest)
        .contains("How this was computed")
        .contains("Every setting (")
        .contains("Net new ARR month by month");
    assertThat(body + page).doesNotContain("How this was computed");
  }

  /** The first page (0-based) that starts with or holds {@code heading}, or -1. */
  private static int first(List<String> pages, String heading) {
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).startsWith(heading) || pages.get(p).contains(" " + heading + " ")) {
        return p;
      }
    }
    return -1;
  }
}
