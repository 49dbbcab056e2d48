package salesim.model.market;

import java.util.Locale;
import salesim.model.base.Check;

/**
 * How the chance that an inbound lead qualifies falls with the delay before a rep responds:
 * {@code q(t) = floor + (1 - floor) * exp(-t / tau)}, relative to an instant response.
 *
 * <p>Two published calibrations are available by name (PARAMETERS.md, table F):
 *
 * <ul>
 *   <li>{@code hbr-2011}: tau = 29 min, floor = 0.6 %, fitted to Oldroyd, McElheran and Elkington,
 *       "The Short Life of Online Sales Leads", HBR 2011 (q(≤1 h)/q(1–2 h) ≈ 7, q(≤1 h)/q(≥24 h) ≈ 60);
 *   <li>{@code mit-2007}: tau = 8 min, floor = 0.2 %, fitted to the MIT/InsideSales Lead Response
 *       Management study (5 vs 30 min: about 20× the qualification odds);
 *   <li>{@code none}: no decay; {@code custom}: give {@code floor} and {@code tauHours}.
 * </ul>
 *
 * @param curve one of hbr-2011, mit-2007, none, custom
 * @param floor the share of the instant-response chance left after a very long delay (custom only)
 * @param tauHours the decay time constant in hours (custom only)
 */
public record ResponseDecay(String curve, Double floor, Double tauHours) {

  public ResponseDecay {
    Check.present("curve", curve);
    curve = curve.toLowerCase(Locale.ROOT);
    switch (curve) {
      case "hbr-2011":
      case "mit-2007":
      case "none":
        if (floor != null || tauHours != null) {
          throw new IllegalArgumentException(
              (floor != null ? "floor" : "tauHours")
                  + ": applies only to curve: custom (curve is "
                  + curve
                  + ")");
        }
        break;
      case "custom":
        Check.present("floor", floor);
        Check.present("tauHours", tauHours);
        Check.probability("floor", floor);
        Check.positive("tauHours", tauHours);
        break;
      default:
        throw new IllegalArgumentException(
            "curve: must be one of hbr-2011, mit-2007, none, custom (got " + curve + ")");
    }
  }

  /** The curve's floor. */
  public double effectiveFloor() {
    switch (curve) {
      case "hbr-2011":
        return 0.006;
      case "mit-2007":
        return 0.002;
      case "none":
        return 1.0;
      default:
        return floor;
    }
  }

  /** The curve's time constant in hours. */
  public double effectiveTauHours() {
    switch (curve) {
      case "hbr-2011":
        return 29.0 / 60.0;
      case "mit-2007":
        return 8.0 / 60.0;
      case "none":
        return 1.0;
      default:
        return tauHours;
    }
  }

  /** The qualification multiplier after {@code delayHours} (1 at zero delay). */
  public double multiplier(double delayHours) {
    return multiplier(effectiveFloor(), effectiveTauHours(), delayHours);
  }

  /** The curve for a given floor and time constant; hot callers resolve those once. */
  public static double multiplier(double floor, double tauHours, double delayHours) {
    return floor + (1.0 - floor) * StrictMath.exp(-delayHours / tauHours);
  }
}
