package salesim.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** A ring of fixed size around a data point: marks a peak without hiding the point. */
final class RingAnnotation extends AbstractXYAnnotation {

  private static final long serialVersionUID = 1L;
  private static final double RADIUS = 12;

  private final double x;
  private final double y;
  private final Color colour;

  RingAnnotation(double x, double y, Color colour) {
    this.x = x;
    this.y = y;
    this.colour = colour;
  }

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      int rendererIndex,
      PlotRenderingInfo info) {
    double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
    double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
    g2.setPaint(colour);
    g2.setStroke(ChartStyle.line(3f, 0));
    g2.draw(new Ellipse2D.Double(px - RADIUS, py - RADIUS, 2 * RADIUS, 2 * RADIUS));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RingAnnotation r && r.x == x && r.y == y && r.colour.equals(colour);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(x, y, colour);
  }
}
