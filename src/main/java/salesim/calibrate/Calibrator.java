package salesim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import salesim.crm.CrmHistory;
import salesim.model.SalesParameters;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;

/**
 * Calibrates a base scenario to a company's CRM history (issue 17): cuts the history at the
 * as-of date, lists its problems, then estimates each value the data supports — the lead rate,
 * conversion and response, the stage paths, deal values, the cold funnel, the team — and builds
 * the starting state. Values below the sample floor keep the base's and say so.
 *
 * <p>Stateless; thread-safe.
 */
public final class Calibrator {

  private Calibrator() {}

  /** Calibrates {@code base} to {@code history} as of {@code options.asOf()}. */
  public static Calibration calibrate(CrmHistory history, SalesParameters base,
      CalibrationOptions options) {
    Data d = new Data(HistoryCut.at(history, options.asOf()), base, options);
    List<Problem> problems = new ArrayList<>(DataQuality.check(d));
    List<Estimate> estimates = new ArrayList<>();
    TeamFit.Team team = TeamFit.fit(d, estimates);
    Curves.LeadSeries leads = LeadFit.rate(d, estimates);
    LeadFit.conversion(d, estimates);
    PipelineFit.Result pipeline = PipelineFit.fit(d, estimates);
    List<Curves.ValueSample> values = new ArrayList<>();
    List<Segment> segments = ValueFit.fit(d, estimates, values);
    OutboundFit.fit(d, estimates, segments);
    double rampIn = value(estimates, Parameter.RAMP_INBOUND.path(),
        base.team().rampMonths().inbound());
    double rampOut = value(estimates, Parameter.RAMP_OUTBOUND.path(),
        base.team().rampMonths().outbound());
    List<Stage> inbound = pipeline.inbound();
    List<Stage> outbound = pipeline.outbound();
    StartState start = StartStates.of(d, team, segments, inbound, outbound,
        Map.of("inbound", rampIn, "outbound", rampOut));
    LeadFit.openToLeads(estimates, start, segments);
    problems.addAll(d.extraProblems);
    List<Estimate> named = new ArrayList<>();
    for (Estimate e : estimates) {
      List<String> columns = new ArrayList<>();
      boolean fromFiles = !d.h.log().columns().isEmpty();
      for (String c : e.columns()) {
        // From files, only the columns the export had; built in code, the fields themselves.
        if (fromFiles && !d.h.log().columns().containsKey(c)) {
          continue;
        }
        String read = d.h.log().column(c);
        if (!columns.contains(read)) {
          columns.add(read);
        }
      }
      named.add(new Estimate(e.key(), e.path(), e.label(), e.unit(), e.value(), e.low(), e.high(),
          e.n(), e.sampleUnit(), e.method(), columns, e.status(), e.reference(), e.benchmark()));
    }
    String currency = d.currency == null ? base.finance().currency() : d.currency;
    return new Calibration(options.asOf(), history.format(), options.minSample(),
        options.outboundSources(), named, problems, segments, inbound, outbound,
        List.of(pipeline.inboundFromData(), pipeline.outboundFromData()), team.structure(),
        currency, start, new Curves(values, pipeline.curves(), leads), base);
  }

  private static double value(List<Estimate> estimates, String key, double otherwise) {
    for (Estimate e : estimates) {
      if (e.key().equals(key) && e.sets()) {
        return e.value();
      }
    }
    return otherwise;
  }
}
