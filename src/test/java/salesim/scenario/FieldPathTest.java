package salesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import salesim.scenario.FieldPath.Index;
import salesim.scenario.FieldPath.Key;

final class FieldPathTest {

  @Test
  void parse_keysAndIndices_givesTheSteps() {
    assertThat(FieldPath.parse("segments[1].accounts").steps())
        .containsExactly(new Key("segments"), new Index(1), new Key("accounts"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"calendar", "comp.commission.outboundMultiplier", "a[0][12].b_2"})
  void toString_ofParse_isTheText(String text) {
    assertThat(FieldPath.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".a", "a.", "a..b", "[0]", "a[x]", "a[1", "a b", "a[-1]", "a.1b"})
  void parse_malformed_throws(String text) {
    assertThatThrownBy(() -> FieldPath.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void find_andDepthIn_walkATree() {
    var tree = Mappers.YAML.readTree("a: [{b: 1}, {c: 2}]");
    FieldPath path = FieldPath.parse("a[1].c");

    assertThat(path.find(tree).intValue()).isEqualTo(2);
    assertThat(FieldPath.parse("a[1].b").find(tree)).isNull();
    assertThat(FieldPath.parse("a[1].b").depthIn(tree)).isEqualTo(2);
    assertThat(FieldPath.parse("a[5]").depthIn(tree)).isEqualTo(1);
  }

  @Test
  void commonPrefix_countsSharedLeadingSteps() {
    FieldPath path = FieldPath.parse("comp.commission.rate");

    assertThat(path.commonPrefix(FieldPath.parse("comp.commission.type"))).isEqualTo(2);
    assertThat(path.commonPrefix(FieldPath.parse("calendar"))).isZero();
    assertThat(path.commonPrefix(new FieldPath(List.of()))).isZero();
  }
}
