package salesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.awt.Stroke;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart shares: the bundled DejaVu Sans (so pixels do not depend on the fonts a
 * machine has), sizes readable on a projector, one colour per scenario, and a quiet white plot.
 * Sizes are in chart units: charts are laid out at {@link #WIDTH} × {@link #HEIGHT} and scaled.
 */
public final class ChartStyle {

  /** Logical chart width; SVG and PDF scale it, PNG draws it at {@link #PNG_SCALE}. */
  public static final int WIDTH = 1200;

  /** Logical height of a standard (16:9) chart. */
  public static final int HEIGHT = 675;

  /** PNG pixels per chart unit: 1800 × 1013 pixels, sharp on a 1080p projector. */
  public static final double PNG_SCALE = 1.5;

  /** The family name of the bundled font, as AWT and SVG know it. */
  public static final String FAMILY = "DejaVu Sans";

  private static final byte[] REGULAR_BYTES = read("DejaVuSans.ttf");
  private static final byte[] BOLD_BYTES = read("DejaVuSans-Bold.ttf");
  private static final Font REGULAR = create(REGULAR_BYTES);
  // The bold face carries the BOLD style too, so SVG and PDF know it is bold; Java2D draws the
  // face as it is (no synthetic emboldening on a face that is already bold).
  private static final Font BOLD = create(BOLD_BYTES).deriveFont(Font.BOLD);

  /** Text colour: near-black reads better than black on a projector. */
  public static final Color INK = new Color(0x22, 0x22, 0x22);

  /** Axis lines, ticks and secondary text. */
  public static final Color MUTED = new Color(0x55, 0x55, 0x55);

  /** Gridlines. */
  public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  /** Shading for shock windows. */
  public static final Color SHOCK = new Color(0xEE, 0xE4, 0xDA);

  /**
   * Scenario colours (Okabe and Ito's colour-blind-safe palette, yellow left out as unreadable on
   * white): scenario i of a report is always colour i, in every chart.
   */
  private static final Color[] SCENARIO = {
    new Color(0x00, 0x72, 0xB2), // blue
    new Color(0xD5, 0x5E, 0x00), // vermillion
    new Color(0x00, 0x9E, 0x73), // bluish green
    new Color(0xCC, 0x79, 0xA7), // reddish purple
    new Color(0xE6, 0x9F, 0x00), // orange
    new Color(0x56, 0xB4, 0xE9), // sky blue
    new Color(0x66, 0x66, 0x66), // grey
    new Color(0x8C, 0x51, 0x0A), // brown (not black: whiskers are black)
  };

  private ChartStyle() {}

  /** The colour of the scenario at this position in the report (cycling past eight). */
  public static Color scenario(int index) {
    return SCENARIO[Math.floorMod(index, SCENARIO.length)];
  }

  /** A colour mixed with white: {@code amount} 0 keeps it, 1 gives white. */
  public static Color tint(Color color, double amount) {
    return new Color(
        mix(color.getRed(), amount), mix(color.getGreen(), amount), mix(color.getBlue(), amount));
  }

  private static int mix(int channel, double amount) {
    return (int) Math.round(channel + (255 - channel) * amount);
  }

  /** The bundled regular font at a size in chart units. */
  public static Font font(float size) {
    return REGULAR.deriveFont(size);
  }

  /** The bundled bold font at a size in chart units. */
  public static Font bold(float size) {
    return BOLD.deriveFont(size);
  }

  /** The TrueType bytes of the regular or bold face, for embedding in a PDF. */
  public static byte[] fontBytes(boolean bold) {
    return (bold ? BOLD_BYTES : REGULAR_BYTES).clone();
  }

  /** A big square legend swatch for bar series. */
  static java.awt.Shape swatch() {
    return new java.awt.geom.Rectangle2D.Double(-9, -9, 18, 18);
  }

  /** A line of the given width; {@code dash} 0 is solid. */
  public static Stroke line(float width, float dash) {
    return dash <= 0
        ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        : new BasicStroke(
            width,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            1f,
            new float[] {dash, dash * 0.6f},
            0f);
  }

  /**
   * Names a panel of a multi-panel chart: the scenario's label in its colour, bold, on white, in
   * the panel's top-left corner ({@code x} is how far in, as a share of the panel's width).
   */
  static void panelTitle(XYPlot panel, Line line, double x) {
    TextTitle label = new TextTitle(line.label(), bold(17f));
    label.setPaint(line.colour());
    label.setBackgroundPaint(Color.WHITE);
    label.setPadding(new RectangleInsets(2, 6, 2, 6));
    panel.addAnnotation(
        new org.jfree.chart.annotations.XYTitleAnnotation(
            x, 0.98, label, org.jfree.chart.ui.RectangleAnchor.TOP_LEFT));
  }

  /** Applies the house look to a finished chart, its legend and subtitles. */
  static void apply(JFreeChart chart) {
    keepSeriesStyles(chart.getPlot());
    theme().apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(12, 16, 10, 20));
    chart.setTextAntiAlias(true);
    chart.setAntiAlias(true);
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(bold(26f));
      title.setPaint(INK);
      title.setMargin(0, 0, 6, 0);
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof LegendTitle legend) {
        legend.setItemFont(font(17f));
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
      } else if (chart.getSubtitle(i) instanceof TextTitle text) {
        text.setFont(font(17f));
        text.setPaint(MUTED);
      }
    }
    if (chart.getPlot() instanceof XYPlot plot) {
      xy(plot);
    } else if (chart.getPlot() instanceof CategoryPlot plot) {
      category(plot);
    }
  }

  /**
   * Charts set every series' colour and line themselves. A theme clears styles a renderer would
   * otherwise auto-populate, and auto-population hands out colours in drawing order (last series
   * first), so it is switched off before the theme runs.
   */
  private static void keepSeriesStyles(org.jfree.chart.plot.Plot plot) {
    List<AbstractRenderer> renderers = new ArrayList<>();
    if (plot instanceof CombinedDomainXYPlot combined) {
      for (XYPlot sub : combined.getSubplots()) {
        keepSeriesStyles(sub);
      }
    } else if (plot instanceof org.jfree.chart.plot.CombinedRangeXYPlot combined) {
      for (XYPlot sub : combined.getSubplots()) {
        keepSeriesStyles(sub);
      }
    } else if (plot instanceof CombinedDomainCategoryPlot combined) {
      for (Object sub : combined.getSubplots()) {
        keepSeriesStyles((org.jfree.chart.plot.Plot) sub);
      }
    } else if (plot instanceof XYPlot xy) {
      for (int i = 0; i < xy.getRendererCount(); i++) {
        if (xy.getRenderer(i) instanceof AbstractRenderer r) {
          renderers.add(r);
        }
      }
    } else if (plot instanceof CategoryPlot category) {
      for (int i = 0; i < category.getRendererCount(); i++) {
        if (category.getRenderer(i) instanceof AbstractRenderer r) {
          renderers.add(r);
        }
      }
    }
    for (AbstractRenderer r : renderers) {
      r.setAutoPopulateSeriesPaint(false);
      r.setAutoPopulateSeriesFillPaint(false);
      r.setAutoPopulateSeriesOutlinePaint(false);
      r.setAutoPopulateSeriesStroke(false);
      r.setAutoPopulateSeriesOutlineStroke(false);
      r.setAutoPopulateSeriesShape(false);
    }
  }

  /** The house look of an XY plot (also applied to each subplot of a combined plot). */
  static void xy(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    for (int i = 0; i < plot.getDomainAxisCount(); i++) {
      axis(plot.getDomainAxis(i));
    }
    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
      axis(plot.getRangeAxis(i));
    }
  }

  /** The house look of a category plot. */
  static void category(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    axis(plot.getDomainAxis());
    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
      axis(plot.getRangeAxis(i));
    }
  }

  private static void axis(Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(font(18f));
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(font(16f));
    axis.setTickLabelPaint(INK);
    // Room around tick labels also spaces the ticks out: fewer, readable ones on a projector.
    axis.setTickLabelInsets(new RectangleInsets(5, 6, 5, 6));
    axis.setAxisLinePaint(MUTED);
    axis.setTickMarkPaint(MUTED);
  }

  /** A theme whose every font is the bundled one, so no text falls back to a system font. */
  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("salesim");
    theme.setExtraLargeFont(bold(26f));
    theme.setLargeFont(font(18f));
    theme.setRegularFont(font(16f));
    theme.setSmallFont(font(14f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setTitlePaint(INK);
    theme.setSubtitlePaint(MUTED);
    theme.setLegendItemPaint(INK);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setItemLabelPaint(INK);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    // The theme would otherwise repaint series; charts set their own colours afterwards.
    theme.setDrawingSupplier(
        new org.jfree.chart.plot.DefaultDrawingSupplier(
            new Paint[] {scenario(0), scenario(1), scenario(2), scenario(3)},
            new Paint[] {Color.WHITE},
            new Stroke[] {line(3f, 0)},
            new Stroke[] {new BasicStroke(1f)},
            org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return theme;
  }

  private static byte[] read(String file) {
    try (InputStream in = ChartStyle.class.getResourceAsStream("/salesim/report/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font " + file, e);
    }
  }

  private static Font create(byte[] bytes) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
    } catch (FontFormatException e) {
      throw new IllegalStateException("the bundled font is not a TrueType font", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
