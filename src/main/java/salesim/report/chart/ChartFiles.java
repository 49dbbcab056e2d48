package salesim.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as PNG and SVG, byte for byte the same on every run: explicit rendering hints, the
 * bundled font, SVG ids prefixed by the chart's name (never JFreeSVG's clock-based default), and
 * coordinates rounded to hundredths by integer arithmetic.
 */
public final class ChartFiles {

  /** What SVG viewers use for the text: the bundled font if installed, else close relatives. */
  static final String SVG_FONTS = ChartStyle.FAMILY + ", Verdana, Arial, sans-serif";

  private ChartFiles() {}

  /** Writes {@code NAME.png} and {@code NAME.svg} into {@code folder}; returns the inline SVG. */
  public static String write(Chart chart, Path folder) {
    Svg svg = svg(chart);
    try {
      Files.write(folder.resolve(chart.name() + ".png"), png(chart));
      Files.writeString(
          folder.resolve(chart.name() + ".svg"), svg.document(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the chart " + chart.name() + ": " + e.getMessage(), e);
    }
    return svg.inline();
  }

  /** The SVG of a chart: a standalone document and an element to inline in HTML. */
  record Svg(String document, String inline) {}

  /** Renders the chart to SVG. */
  static Svg svg(Chart chart) {
    SVGGraphics2D g = new SVGGraphics2D(chart.width(), chart.height());
    g.setDefsKeyPrefix(chart.name() + "-");
    g.setGeomDoubleConverter(ChartFiles::hundredths);
    g.setTransformDoubleConverter(ChartFiles::hundredths);
    g.setFontFunction(family -> SVG_FONTS);
    hints(g);
    chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
    ViewBox box = new ViewBox(0, 0, chart.width(), chart.height());
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + g.getSVGElement(null, true, box, PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET)
            + "\n";
    String inline =
        g.getSVGElement(chart.name(), false, box, PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    return new Svg(document, inline);
  }

  /** Renders the chart to PNG at {@link ChartStyle#PNG_SCALE} pixels per chart unit. */
  static byte[] png(Chart chart) {
    int width = (int) Math.round(chart.width() * ChartStyle.PNG_SCALE);
    int height = (int) Math.round(chart.height() * ChartStyle.PNG_SCALE);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.scale(ChartStyle.PNG_SCALE, ChartStyle.PNG_SCALE);
      chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this JDK");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The hints every target gets, set explicitly rather than left to platform defaults. */
  public static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(
        RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    g.setRenderingHint(
        RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
  }

  /** A coordinate to two decimals by integer arithmetic: the same text on every JDK. */
  static String hundredths(double value) {
    long h = Math.round(value * 100.0);
    if (h == 0) {
      return "0";
    }
    StringBuilder text = new StringBuilder();
    if (h < 0) {
      text.append('-');
      h = -h;
    }
    text.append(h / 100);
    long cents = h % 100;
    if (cents != 0) {
      text.append('.').append((char) ('0' + cents / 10));
      if (cents % 10 != 0) {
        text.append((char) ('0' + cents % 10));
      }
    }
    return text.toString();
  }
}
