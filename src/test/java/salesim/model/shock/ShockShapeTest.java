package salesim.model.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class ShockShapeTest {

  @ParameterizedTest
  @EnumSource(ShockShape.class)
  void everyShape_isZeroBefore_withinUnitInterval_andEndsAtItsResidual(ShockShape shape) {
    assertThat(shape.severity(-0.1, 12, 1.0)).isZero();
    for (double t = 0; t < 12; t += 0.05) {
      assertThat(shape.severity(t, 12, 0.8)).isBetween(0.0, 1.0);
    }
    assertThat(shape.severity(12, 12, 0.8)).isCloseTo(0.2, within(1e-12));
    assertThat(shape.severity(30, 12, 1.0)).isZero();
  }

  @Test
  void shapes_haveTheirTroughsWhereTheNamesSay() {
    assertThat(ShockShape.V.severity(6, 12, 1)).isCloseTo(1.0, within(1e-12));
    assertThat(ShockShape.V.severity(3, 12, 1)).isCloseTo(0.5, within(1e-12));
    assertThat(ShockShape.U.severity(4, 12, 1)).isEqualTo(1.0);
    assertThat(ShockShape.U.severity(7.9, 12, 1)).isEqualTo(1.0);
    assertThat(ShockShape.L.severity(11.9, 12, 0.3)).isEqualTo(1.0);
    assertThat(ShockShape.DOUBLE_DIP.severity(0.2 * 12, 12, 1)).isCloseTo(1.0, within(1e-12));
    assertThat(ShockShape.DOUBLE_DIP.severity(0.5 * 12, 12, 1)).isCloseTo(0.3, within(1e-12));
    assertThat(ShockShape.DOUBLE_DIP.severity(0.75 * 12, 12, 1)).isCloseTo(1.0, within(1e-12));
  }
}
