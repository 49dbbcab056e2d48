package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MeetingBookTest {

  /** Every meeting starts on the hour, none overlaps another of the same rep, days are capped. */
  @Test
  void meetings_takeHourAlignedSlots_withoutOverlap_andAtMostTheDailyCap() {
    SalesParameters p =
        Scenarios.file("split-weighted.yaml", "calendar.months=12", "outbound.maxMeetingsPerDay=2",
            "outbound.meetingRateGivenNeed=1");
    Map<Integer, List<Double>> starts = new HashMap<>();
    History history =
        new History() {
          @Override
          public void meeting(int person, double time, int segment, boolean held, boolean opp) {
            starts.computeIfAbsent(person, k -> new ArrayList<>()).add(time);
          }
        };
    SalesModel model = new SalesModel(p, 5, 0);
    model.setHistory(history);
    model.run();
    double dayHours = p.calendar().sellingHoursPerDay();
    double length = p.outbound().meetingHours() / dayHours;
    int meetings = 0;
    for (List<Double> times : starts.values()) {
      times.sort(null);
      Map<Long, Integer> perDay = new HashMap<>();
      for (int i = 0; i < times.size(); i++) {
        double t = times.get(i);
        double hourOfDay = (t - Math.floor(t)) * dayHours;
        assertThat(Math.abs(hourOfDay - Math.rint(hourOfDay))).as("on the hour").isLessThan(1e-6);
        if (i > 0) {
          assertThat(t - times.get(i - 1)).as("no overlap").isGreaterThanOrEqualTo(length - 1e-9);
        }
        perDay.merge((long) Math.floor(t), 1, Integer::sum);
        meetings++;
      }
      assertThat(perDay.values()).allMatch(n -> n <= 2);
    }
    assertThat(meetings).as("not vacuous").isGreaterThan(200);
  }
}
