package salesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Explanation.Attributed;
import salesim.report.Explanation.Channel;
import salesim.report.Explanation.Lever;
import salesim.report.chart.AxisFormats;
import salesim.report.chart.Chart;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.ComparisonChart;
import salesim.report.chart.Interval;
import salesim.report.chart.Line;
import salesim.report.chart.WaterfallChart;

/**
 * The charts of an attribution (issue 16): per metric, a waterfall from BASE to OTHER with one bar
 * per lever's share, and the channel chart of what each lever does to the reps' hours. Apart from
 * the page because both turn estimates into intervals on a scaled axis (percentage points for
 * shares), which is chart work, not layout.
 */
final class AttributionCharts {

  /** The channel metrics the chart draws: both shares of selling hours, so they share an axis. */
  static final List<Metric> CHANNEL_CHART =
      List.of(Metric.OUTBOUND_HOURS_SHARE, Metric.IDLE_HOURS_SHARE);

  private AttributionCharts() {}

  /** How one metric's difference builds up from BASE to OTHER, lever by lever. */
  static Chart waterfall(Attributed a, Explanation x, String span) {
    String base = x.base();
    String other = x.other();
    String currency = x.currency();
    PlanBlock[] pair = {x.baseBlock(), x.otherBlock()};
    Metric m = a.metric();
    boolean share = Unit.of(m).isShare();
    double scale = share ? 100 : 1;
    List<WaterfallChart.Step> steps = new ArrayList<>();
    Map<String, String> labels = x.labels();
    for (String name : a.bySize()) {
      Estimate e = a.shares().get(name);
      steps.add(
          new WaterfallChart.Step(
              Explanation.title(labels.get(name))
                  + "\n"
                  + Formats.Interval.of(e.mean(), e.ci95Low(), e.ci95High(), m, currency).mean(),
              new Interval(scale * e.mean(), scale * e.ci95Low(), scale * e.ci95High())));
    }
    Estimate t = a.total();
    String unit =
        share ? "percentage points" : Unit.of(m) == Unit.CURRENCY ? currency : Unit.of(m).word();
    String name = PageParts.inSentence(m);
    return WaterfallChart.of(
        "waterfall-" + m.key().replace('_', '-'),
        "From " + base + " to " + other + ": " + name + ", lever by lever",
        String.format(
            Locale.ROOT,
            "%s %s, %s %s over %s; each bar a lever's share, whiskers 95 %% CIs.",
            base,
            Formats.metric(pair[0].stats(m).mean(), m, currency),
            other,
            Formats.metric(pair[1].stats(m).mean(), m, currency),
            span),
        steps,
        "Total\n" + Formats.Interval.of(t.mean(), t.ci95Low(), t.ci95High(), m, currency).mean(),
        new Interval(scale * t.mean(), scale * t.ci95Low(), scale * t.ci95High()),
        "Change in " + name + " from " + base + " (" + unit + ")",
        share ? AxisFormats.percent() : AxisFormats.compact());
  }

  /** Through what each lever acts: its share of the change in the shares of selling hours. */
  static Chart channel(Explanation x, Channel channel) {
    List<Line> lines = new ArrayList<>();
    List<Map<String, Interval>> values = new ArrayList<>();
    int colour = 2;
    for (Metric m : CHANNEL_CHART) {
      // Not the plans' colours (blue, vermillion): these bars are measures, not plans.
      lines.add(new Line(m.key(), PageParts.name(m), ChartStyle.scenario(colour)));
      colour += 2;
      Map<String, Interval> byLever = new LinkedHashMap<>();
      for (Lever l : x.levers()) {
        Estimate e =
            AuditSection.estimate(
                Summary.object(channel.levers(), l.name(), "channel.levers"),
                m.key(),
                "channel.levers." + l.name(),
                0);
        byLever.put(
            Explanation.title(l.label()),
            new Interval(100 * e.mean(), 100 * e.ci95Low(), 100 * e.ci95High()));
      }
      Estimate total =
          AuditSection.estimate(
              Summary.object(channel.node(), "total", "channel"), m.key(), "channel.total", 0);
      byLever.put(
          "Total", new Interval(100 * total.mean(), 100 * total.ci95Low(), 100 * total.ci95High()));
      values.add(byLever);
    }
    return ComparisonChart.of(
        "channel",
        "Through what each lever acts: the reps' hours",
        lines,
        values,
        "Change in share of selling hours (percentage points)");
  }
}
