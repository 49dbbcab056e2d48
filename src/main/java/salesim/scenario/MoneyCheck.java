package salesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.model.SalesParameters;

/**
 * Warns of an amount whose size does not fit the scenario's currency (issue 12, item 4): every
 * amount is in {@code finance.currency}, and a file switched to SEK or JPY that keeps a USD
 * amount is off by a factor of ten or a hundred without failing any range. Each money field has a
 * wide plausible range in US dollars for a B2B sales team; the amount is converted at a rough rate
 * (to the nearest few per cent: enough to see an order of magnitude, never used for any result)
 * and a warning is given when it falls outside. A currency not in the table is not checked.
 * Warnings, not errors: a company may truly pay little or sell large.
 *
 * <p>Stateless; thread-safe.
 */
public final class MoneyCheck {

  /** Units of each currency per US dollar, rounded (2026); for magnitudes only. */
  private static final Map<String, Double> PER_USD =
      Map.ofEntries(
          Map.entry("USD", 1.0), Map.entry("EUR", 0.9), Map.entry("GBP", 0.78),
          Map.entry("CHF", 0.85), Map.entry("SEK", 10.0), Map.entry("NOK", 10.5),
          Map.entry("DKK", 6.8), Map.entry("ISK", 135.0), Map.entry("PLN", 3.9),
          Map.entry("CZK", 23.0), Map.entry("HUF", 360.0), Map.entry("JPY", 150.0),
          Map.entry("CNY", 7.2), Map.entry("KRW", 1400.0), Map.entry("INR", 85.0),
          Map.entry("SGD", 1.3), Map.entry("HKD", 7.8), Map.entry("AUD", 1.5),
          Map.entry("NZD", 1.7), Map.entry("CAD", 1.4), Map.entry("MXN", 18.0),
          Map.entry("BRL", 5.5), Map.entry("ZAR", 18.0), Map.entry("AED", 3.67),
          Map.entry("ILS", 3.6), Map.entry("TRY", 40.0));

  /** A money field, what it is, and its plausible range in US dollars. */
  private record Field(String path, String what, double lowUsd, double highUsd) {}

  private MoneyCheck() {}

  /** The warnings for a scenario, each naming the file, the field and the amount in USD. */
  public static List<String> warnings(Scenario scenario, String display) {
    SalesParameters p = scenario.parameters();
    String currency = p.finance().currency().toUpperCase(Locale.ROOT);
    Double rate = PER_USD.get(currency);
    List<String> out = new ArrayList<>();
    if (rate == null) {
      return out;
    }
    List<Field> fields = new ArrayList<>();
    List<Double> amounts = new ArrayList<>();
    add(fields, amounts, new Field(ParameterPaths.BASE_MONTHLY, "a rep's monthly base pay",
        1_000, 25_000), p.comp().baseMonthly());
    // A quota per period: 100,000 to 10 million USD a year, for the period the plan counts in.
    int period = p.comp().quota().periodMonths();
    add(fields, amounts, new Field("comp.quota.bookingsPerPeriod",
        "a rep's quota for " + period + " months", 100_000.0 * period / 12,
        10_000_000.0 * period / 12), p.comp().quota().bookingsPerPeriod());
    add(fields, amounts, new Field("comp.meetingBonus", "a bonus per held meeting", 10, 2_000),
        p.comp().meetingBonus());
    add(fields, amounts, new Field("finance.managerCostMonthly",
        "a sales manager's monthly cost", 2_000, 60_000), p.finance().managerCostMonthly());
    add(fields, amounts, new Field("finance.toolsPerSeatMonthly",
        "tools per rep a month", 10, 3_000), p.finance().toolsPerSeatMonthly());
    add(fields, amounts, new Field("finance.marketingOverheadMonthly",
        "marketing's monthly cost beyond its leads", 1_000, 5_000_000),
        p.finance().marketingOverheadMonthly());
    add(fields, amounts, new Field("inbound.costPerLead", "the cost of a lead", 5, 5_000),
        p.inbound().costPerLead());
    add(fields, amounts, new Field("team.hiringCost", "the cost of a hire", 500, 100_000),
        p.team().hiringCost());
    for (int i = 0; i < p.segments().size(); i++) {
      add(fields, amounts, new Field("segments[" + i + "].dealValueMean",
          "a deal's annual contract value", 300, 5_000_000),
          p.segments().get(i).dealValueMean());
    }
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      double amount = amounts.get(i);
      if (amount <= 0) {
        continue; // zero switches a cost off
      }
      double usd = amount / rate;
      if (usd >= f.lowUsd() && usd <= f.highUsd()) {
        continue;
      }
      out.add(String.format(Locale.ROOT,
          "warning: %s: %s: %s %s is about %s USD, %s the %s-%s USD %s usually is; every amount"
              + " is in finance.currency (%s): was it written in another currency?",
          display, f.path(), grouped(amount), currency, grouped(usd),
          usd < f.lowUsd() ? "below" : "above", grouped(f.lowUsd()), grouped(f.highUsd()),
          f.what(), currency));
    }
    return out;
  }

  private static void add(List<Field> fields, List<Double> amounts, Field f, double amount) {
    fields.add(f);
    amounts.add(amount);
  }

  private static String grouped(double v) {
    double rounded = v >= 100 ? Math.round(v / 10.0) * 10.0 : Math.round(v);
    return String.format(Locale.ROOT, "%,.0f", rounded);
  }
}
