package salesim.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The side file of a calibration ({@code NAME.calibration.json}), the provenance in full: every
 * estimate with its 95 % interval, sample, method, columns, status, the base's value and the
 * benchmark range; the data's problems; the starting state; the curves the report draws; and the
 * back-test when one ran. Numbers are rounded to 12 significant digits from their exact value, so
 * the bytes are the same on every JDK; an undefined number is null.
 *
 * <p>Stateless; thread-safe.
 */
public final class CalibrationJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

  private CalibrationJson() {}

  /** The side file's text, with a back-test or without (null). */
  public static String of(Calibration c, String scenario, BackTest.Result backTest) {
    ObjectNode root = NODES.objectNode();
    root.put("kind", "calibration");
    root.put("scenario", scenario);
    root.put("format", c.format());
    root.put("as_of", c.asOf().toString());
    root.put("min_sample", c.minSample());
    root.put("currency", c.currency());
    root.put("structure", c.structure().name());
    ArrayNode sources = root.putArray("outbound_sources");
    c.outboundSources().forEach(sources::add);
    ArrayNode estimates = root.putArray("estimates");
    for (Estimate e : c.estimates()) {
      ObjectNode n = estimates.addObject();
      n.put("key", e.key());
      if (e.path() == null) {
        n.putNull("path");
      } else {
        n.put("path", e.path());
      }
      n.put("label", e.label());
      n.put("unit", e.unit());
      put(n, "value", e.value());
      put(n, "ci95_low", e.low());
      put(n, "ci95_high", e.high());
      n.put("n", e.n());
      n.put("sample_unit", e.sampleUnit());
      n.put("status", e.status().key());
      put(n, "reference", e.reference());
      n.put("method", e.method());
      ArrayNode cols = n.putArray("columns");
      e.columns().forEach(cols::add);
      if (e.benchmark() == null) {
        n.putNull("benchmark");
      } else {
        ObjectNode b = n.putObject("benchmark");
        put(b, "low", e.benchmark().low());
        put(b, "typical", e.benchmark().typical());
        put(b, "high", e.benchmark().high());
        b.put("source", e.benchmark().source());
      }
    }
    ArrayNode problems = root.putArray("problems");
    for (Problem p : c.problems()) {
      ObjectNode n = problems.addObject();
      n.put("kind", p.kind());
      n.put("description", p.description());
      n.put("count", p.count());
      n.put("effect", p.effect());
    }
    root.set("start", start(c.start()));
    root.set("curves", curves(c.curves()));
    if (backTest == null) {
      root.putNull("backtest");
    } else {
      root.set("backtest", backTest(backTest));
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static ObjectNode start(StartState s) {
    ObjectNode n = NODES.objectNode();
    ArrayNode reps = n.putArray("reps");
    for (StartState.Rep r : s.reps()) {
      ObjectNode o = reps.addObject();
      o.put("id", r.id());
      o.put("role", r.role().name());
      put(o, "tenure_months", r.tenureMonths());
      put(o, "ramped_share", r.rampedShare());
    }
    ArrayNode deals = n.putArray("deals");
    for (StartState.Deal d : s.deals()) {
      ObjectNode o = deals.addObject();
      o.put("source", d.source().name());
      o.put("segment", d.segment());
      o.put("stage", d.stage());
      put(o, "days_in_stage", d.daysInStage());
      put(o, "value", d.value());
      if (d.owner() == null) {
        o.putNull("owner");
      } else {
        o.put("owner", d.owner());
      }
    }
    ArrayNode accounts = n.putArray("accounts");
    for (StartState.Accounts a : s.accounts()) {
      ObjectNode o = accounts.addObject();
      o.put("segment", a.segment());
      o.put("customers", a.customers());
      o.put("resting", a.resting());
    }
    ArrayNode arr = n.putArray("arr");
    for (StartState.Arr a : s.arr()) {
      ObjectNode o = arr.addObject();
      o.put("segment", a.segment());
      put(o, "arr", a.arr());
      o.put("customers", a.customers());
    }
    return n;
  }

  private static ObjectNode curves(Curves c) {
    ObjectNode n = NODES.objectNode();
    ArrayNode values = n.putArray("values");
    for (Curves.ValueSample v : c.values()) {
      ObjectNode o = values.addObject();
      o.put("segment", v.segment());
      put(o, "mu", v.mu());
      put(o, "sigma", v.sigma());
      numbers(o.putArray("amounts"), v.amounts());
    }
    ArrayNode stages = n.putArray("stages");
    for (Curves.StageCurve s : c.stages()) {
      ObjectNode o = stages.addObject();
      o.put("source", s.source());
      o.put("stage", s.stage());
      put(o, "mean", s.mean());
      put(o, "cv", s.cv());
      numbers(o.putArray("times"), s.times());
      numbers(o.putArray("survival"), s.survival());
    }
    ObjectNode leads = n.putObject("leads");
    ArrayNode months = leads.putArray("months");
    c.leads().months().forEach(months::add);
    ArrayNode counts = leads.putArray("counts");
    c.leads().counts().forEach(counts::add);
    numbers(leads.putArray("fitted"), c.leads().fitted());
    return n;
  }

  private static ObjectNode backTest(BackTest.Result b) {
    ObjectNode n = NODES.objectNode();
    n.put("fitted_as_of", b.fittedAsOf().toString());
    n.put("holdout_months", b.months().size());
    n.put("runs", b.runs());
    n.put("seed", b.seed());
    n.put("warmup_months", b.warmupMonths());
    n.put("from_start_state", b.fromStartState());
    ArrayNode months = n.putArray("months");
    b.months().forEach(months::add);
    ArrayNode series = n.putArray("series");
    for (BackTest.Series s : b.series()) {
      ObjectNode o = series.addObject();
      o.put("metric", s.metric());
      o.put("label", s.label());
      o.put("unit", s.unit());
      numbers(o.putArray("actual"), s.actual());
      numbers(o.putArray("p5"), s.p5());
      numbers(o.putArray("p25"), s.p25());
      numbers(o.putArray("p50"), s.p50());
      numbers(o.putArray("p75"), s.p75());
      numbers(o.putArray("p95"), s.p95());
      o.put("inside_50", s.inside50());
      o.put("inside_90", s.inside90());
      put(o, "median_error", s.medianError());
      put(o, "median_relative_error", s.medianRelativeError());
      o.put("statement", s.statement());
    }
    return n;
  }

  private static void numbers(ArrayNode array, List<? extends Number> values) {
    for (Number v : values) {
      if (Double.isNaN(v.doubleValue())) {
        array.addNull();
      } else {
        array.add(decimal(v.doubleValue()));
      }
    }
  }

  private static void put(ObjectNode n, String field, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      n.putNull(field);
    } else {
      n.put(field, decimal(v));
    }
  }

  private static BigDecimal decimal(double v) {
    if (v == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
