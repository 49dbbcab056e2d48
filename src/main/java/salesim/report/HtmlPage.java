package salesim.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * report.html: the page laid out by the jte template {@code src/main/jte/report.jte}, compiled to
 * Java at build time. The template engine escapes every text it is given for HTML; only the charts'
 * SVG markup (drawn by this program, with its own text escaped by JFreeSVG) goes in as markup. The
 * page is self-contained: inline CSS and SVG, no script, no external request.
 */
final class HtmlPage {

  /** The templates, precompiled into this jar by the jte Maven plugin. */
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, HtmlPage.class.getClassLoader(), "gg.jte.generated.precompiled");

  private HtmlPage() {}

  /** The page as HTML text. */
  static String render(Page page) {
    StringOutput out = new StringOutput(1 << 20);
    ENGINE.render("report.jte", page, out);
    return out.toString();
  }

  /** Writes report.html. */
  static void write(Page page, Path file) {
    try {
      Files.writeString(file, render(page), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
