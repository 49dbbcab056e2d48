package salesim.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;

/**
 * The calibrated scenario as YAML: only what the data supports is set, each value with its
 * provenance in a comment above it (estimate, 95 % interval, sample, method, columns); values kept
 * from the base are listed with their reasons in the header. Lists (segments, stage paths) are
 * written whole, because a list replaces the base's. The {@code start:} block is the company at
 * the as-of date in the shape the model's starting state binds.
 *
 * <p>Stateless; thread-safe.
 */
public final class ScenarioText {

  /** The first line of every file calibrate writes: a later calibrate may replace such a file. */
  public static final String SIGNATURE = "# Written by salesim calibrate.";

  private static final int WIDTH = 100;
  private static final MathContext FIVE = new MathContext(5, RoundingMode.HALF_EVEN);
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private ScenarioText() {}

  /**
   * The scenario's text.
   *
   * @param name the scenario's name
   * @param extendsPath the base file as the written file should name it, or null for the
   *     built-in reference
   * @param withStart whether to write the {@code start:} block
   */
  public static String of(Calibration c, String name, String extendsPath, boolean withStart) {
    StringBuilder out = new StringBuilder();
    out.append(SIGNATURE).append('\n');
    comment(out, "", "Calibrated from a " + c.format() + " export as of " + c.asOf()
        + ": the company's own numbers where its data supports them (each with its provenance"
        + " above it), the base's elsewhere. Sample floor " + c.minSample() + "; lead sources"
        + " counted as outbound: " + String.join(", ", c.outboundSources()) + ".");
    List<Estimate> kept = c.estimates().stream()
        .filter(e -> e.path() != null && e.status() == Status.INSUFFICIENT_HISTORY).toList();
    if (!kept.isEmpty()) {
      out.append("#\n");
      comment(out, "", "Kept from the base (insufficient_history):");
      for (Estimate e : kept) {
        comment(out, "", "  " + e.path() + " = " + number(e.value()) + ": " + e.method());
      }
    }
    out.append("#\n");
    out.append("name: ").append(scalar(name)).append('\n');
    out.append("description: ").append(scalar("Calibrated from a " + c.format() + " export as of "
        + c.asOf() + " (salesim calibrate).")).append('\n');
    if (extendsPath != null) {
      out.append("extends: ").append(scalar(extendsPath)).append('\n');
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    Map<String, Estimate> byPath = new LinkedHashMap<>();
    for (Estimate e : c.estimates()) {
      if (e.sets()) {
        byPath.put(e.path(), e);
      }
    }
    for (Estimate e : byPath.values()) {
      if (e.path().startsWith("segments[") || e.path().startsWith("pipeline.")
          || e.path().startsWith("inbound.seasonality[")) {
        continue;
      }
      put(tree, e.path(), new Leaf(e.value(), provenance(e, c.currency()), integral(e.path())));
    }
    if (c.estimates().stream().anyMatch(e -> e.sets() && e.path().equals("team.reps"))) {
      put(tree, "management.structure", new Leaf(c.structure().name(),
          "from the reps' roles at the as-of date (see team.reps)", false));
    }
    List<String> season = new ArrayList<>();
    List<String> seasonNotes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Estimate e = byPath.get("inbound.seasonality[" + i + "]");
      if (e != null) {
        season.add(number(e.value()));
        seasonNotes.add(c.asOf().plusDays(1).plusMonths(i).getMonth().getDisplayName(
            java.time.format.TextStyle.SHORT, Locale.ROOT) + " " + number(e.value()) + " ("
            + number(e.low()) + " to " + number(e.high()) + ")");
      }
    }
    if (season.size() == 12) {
      Estimate first = byPath.get("inbound.seasonality[0]");
      put(tree, "inbound.seasonality", new Raw("[" + String.join(", ", season) + "]",
          "estimated, twelve factors from the simulation's first month on, with 95 % CIs: "
              + String.join("; ", seasonNotes) + ". " + capital(first.method()) + "; columns: "
              + String.join(", ", first.columns())));
    }
    boolean segments = byPath.keySet().stream().anyMatch(k -> k.startsWith("segments["));
    if (segments) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (int i = 0; i < c.segments().size(); i++) {
        list.add(segment(c.segments().get(i), i, byPath, c.currency()));
      }
      tree.put("segments", new Items(list,
          "the list replaces the base's, so every segment is written whole; fields without a"
              + " comment are the base's"));
    }
    String[] sources = {"inbound", "outbound"};
    for (int s = 0; s < 2; s++) {
      String key = sources[s];
      List<Stage> path = s == 0 ? c.inbound() : c.outbound();
      boolean any = byPath.keySet().stream().anyMatch(k -> k.startsWith("pipeline." + key + "["));
      if (!any) {
        continue;
      }
      List<Map<String, Object>> list = new ArrayList<>();
      double effort = 0;
      for (Stage st : c.base().pipeline().path(s == 0 ? salesim.model.base.Source.INBOUND
          : salesim.model.base.Source.OUTBOUND)) {
        effort += st.effortHours();
      }
      for (int i = 0; i < path.size(); i++) {
        list.add(stage(path.get(i), key, i, byPath, c.pathsFromData().get(s), effort));
      }
      put(tree, "pipeline." + key, new Items(list, c.pathsFromData().get(s)
          ? "the company's own open stages, in its stage definitions' order" : "the base's stages"));
    }
    if (c.currency() != null && !c.currency().equals(c.base().finance().currency())) {
      put(tree, "finance.currency", new Leaf(c.currency(), "the currency of the export's deals",
          false));
    }
    write(out, tree, "");
    if (withStart) {
      start(out, c);
    }
    return out.toString();
  }

  private static Map<String, Object> segment(Segment s, int i, Map<String, Estimate> byPath,
      String currency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", new Leaf(s.name(), null, false));
    m.put("accounts", new Leaf(s.accounts(), null, true));
    m.put("dealValueMean", field(byPath, "segments[" + i + "].dealValueMean", s.dealValueMean(),
        currency));
    m.put("dealValueCv", field(byPath, "segments[" + i + "].dealValueCv", s.dealValueCv(),
        currency));
    m.put("cycleFactor", new Leaf(s.cycleFactor(), null, false));
    m.put("latentNeedShare", new Leaf(s.latentNeedShare(), null, false));
    m.put("buyingGroupSize", new Leaf(s.buyingGroupSize(), null, false));
    m.put("inboundShare", field(byPath, "segments[" + i + "].inboundShare", s.inboundShare(),
        currency));
    m.put("outboundShare", field(byPath, "segments[" + i + "].outboundShare", s.outboundShare(),
        currency));
    m.put("grossChurnPerYear", new Leaf(s.grossChurnPerYear(), null, false));
    m.put("expansionPerYear", new Leaf(s.expansionPerYear(), null, false));
    m.put("billing", new Leaf(s.billing().name(), null, false));
    return m;
  }

  private static Map<String, Object> stage(Stage s, String source, int i,
      Map<String, Estimate> byPath, boolean own, double baseEffort) {
    String at = "pipeline." + source + "[" + i + "].";
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", new Leaf(s.name(), null, false));
    m.put("meanDays", field(byPath, at + "meanDays", s.meanDays(), null));
    m.put("cv", field(byPath, at + "cv", s.cv(), null));
    m.put("exitProbability", field(byPath, at + "exitProbability", s.exitProbability(), null));
    m.put("effortHours", new Leaf(s.effortHours(), own ? "not in a CRM export: the base path's "
        + number(baseEffort) + " h spread by time in stage" : null, false));
    m.put("consensus", new Leaf(s.consensus(), own ? "not in a CRM export: the measured exit"
        + " chance already averages the buying groups" : null, false));
    return m;
  }

  private static Leaf field(Map<String, Estimate> byPath, String path, double value,
      String currency) {
    Estimate e = byPath.get(path);
    return new Leaf(value, e == null ? null : provenance(e, currency), false);
  }

  private static boolean integral(String path) {
    return path.equals("team.reps") || path.equals("management.inboundReps");
  }

  /** The comment that carries an estimate's provenance. */
  static String provenance(Estimate e, String currency) {
    String unit = e.unit().equals("currency") ? currency : e.unit();
    return e.status().key() + " " + number(e.value()) + " " + unit + interval(e) + ", n = "
        + e.n() + " " + e.sampleUnit() + ". " + capital(e.method()) + "; columns: "
        + String.join(", ", e.columns());
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String interval(Estimate e) {
    if (Double.isNaN(e.low()) || Double.isNaN(e.high())) {
      return "";
    }
    return " (95 % CI " + number(e.low()) + " to " + number(e.high()) + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // A tiny YAML emitter: maps, lists of maps, scalars, each leaf with a comment above it.

  private record Leaf(Object value, String comment, boolean whole) {}

  private record Raw(String text, String comment) {}

  private record Items(List<Map<String, Object>> items, String comment) {}

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, String path, Object leaf) {
    String[] parts = path.split("\\.");
    Map<String, Object> at = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
    }
    at.put(parts[parts.length - 1], leaf);
  }

  @SuppressWarnings("unchecked")
  private static void write(StringBuilder out, Map<String, Object> tree, String indent) {
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Leaf leaf) {
        if (leaf.comment() != null) {
          comment(out, indent, e.getKey() + ": " + leaf.comment());
        }
        out.append(indent).append(e.getKey()).append(": ").append(render(leaf)).append('\n');
      } else if (v instanceof Raw raw) {
        comment(out, indent, e.getKey() + ": " + raw.comment());
        out.append(indent).append(e.getKey()).append(": ").append(raw.text()).append('\n');
      } else if (v instanceof Items items) {
        comment(out, indent, e.getKey() + ": " + items.comment());
        // The company's whole list replaces the base's: merged by name, the base's own stages
        // or segments would stay beside the company's.
        out.append(indent).append(e.getKey()).append(":\n");
        out.append(indent).append("  replace:\n");
        String inner = indent + "  ";
        for (Map<String, Object> item : items.items()) {
          boolean first = true;
          for (Map.Entry<String, Object> f : item.entrySet()) {
            Leaf leaf = (Leaf) f.getValue();
            String lead = inner + (first ? "  - " : "    ");
            if (leaf.comment() != null) {
              comment(out, inner + "    ", f.getKey() + ": " + leaf.comment());
              if (first) {
                lead = inner + "  - ";
              }
            }
            out.append(lead).append(f.getKey()).append(": ").append(render(leaf)).append('\n');
            first = false;
          }
        }
      } else {
        out.append(indent).append(e.getKey()).append(":\n");
        write(out, (Map<String, Object>) v, indent + "  ");
      }
    }
  }

  private static String render(Leaf leaf) {
    Object v = leaf.value();
    if (v instanceof Double d) {
      return leaf.whole() ? Long.toString(Math.round(d)) : number(d);
    }
    if (v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    return scalar(v.toString());
  }

  /** Comment lines, wrapped at the width. */
  private static void comment(StringBuilder out, String indent, String text) {
    String prefix = indent + "# ";
    StringBuilder line = new StringBuilder(prefix);
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > WIDTH && line.length() > prefix.length()) {
        out.append(line.toString().stripTrailing()).append('\n');
        line = new StringBuilder(prefix + "  ");
      }
      line.append(word).append(' ');
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** A number to five significant digits, plain, the same on every JDK. */
  public static String number(double v) {
    if (Double.isNaN(v)) {
      return "null";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(FIVE).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }

  /** Text as a YAML scalar: plain when unambiguous, else double-quoted. */
  static String scalar(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean keyword = List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n")
        .contains(lower);
    if (PLAIN.matcher(text).matches() && !keyword) {
      return text;
    }
    StringBuilder q = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        default -> {
          if (ch < 0x20) {
            q.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            q.append(ch);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  private static void start(StringBuilder out, Calibration c) {
    StartState s = c.start();
    comment(out, "", "start: the company at the end of " + c.asOf() + ": the team in seat order"
        + " (hire date; its length is team.reps), the open deals (stage = a stage of the path"
        + " above, days in working days), and where accounts have head counts, customers and ARR"
        + " under contract (won deals of the last twelve months, annual contracts assumed; the"
        + " export has no churn). Owner null: the owner has left the team.");
    out.append("start:\n");
    // No user table: no team to list, so the base's team.reps stay and the deals go unowned.
    out.append("  reps:").append(s.reps().isEmpty() ? " []\n" : "\n");
    for (StartState.Rep r : s.reps()) {
      out.append("    - {id: ").append(scalar(r.id())).append(", role: ").append(r.role().name())
          .append(", tenureMonths: ").append(oneDecimal(r.tenureMonths()))
          .append(", rampedShare: ").append(number(r.rampedShare())).append("}\n");
    }
    out.append("  deals:").append(s.deals().isEmpty() ? " []\n" : "\n");
    for (StartState.Deal d : s.deals()) {
      out.append("    - {source: ").append(d.source().name()).append(", segment: ")
          .append(scalar(d.segment())).append(", stage: ").append(scalar(d.stage()))
          .append(", daysInStage: ").append(oneDecimal(d.daysInStage())).append(", value: ")
          .append(number(d.value())).append(", owner: ")
          .append(d.owner() == null ? "null" : scalar(d.owner())).append("}\n");
    }
    if (!s.accounts().isEmpty()) {
      out.append("  accounts:\n");
      for (StartState.Accounts a : s.accounts()) {
        out.append("    - {segment: ").append(scalar(a.segment())).append(", customers: ")
            .append(a.customers()).append(", resting: ").append(a.resting()).append("}\n");
      }
      out.append("  arr:\n");
      for (StartState.Arr a : s.arr()) {
        out.append("    - {segment: ").append(scalar(a.segment())).append(", arr: ")
            .append(number(a.arr())).append(", customers: ").append(a.customers()).append("}\n");
      }
    }
  }

  private static String oneDecimal(double v) {
    return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
