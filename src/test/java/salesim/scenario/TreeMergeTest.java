package salesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

final class TreeMergeTest {

  private static ObjectNode yaml(String text) {
    return (ObjectNode) Mappers.YAML.readTree(text);
  }

  @Test
  void merge_objects_mergeKeyByKey() {
    ObjectNode merged = TreeMerge.merge(yaml("a: {x: 1, y: 2}\nb: 3"), yaml("a: {y: 20, z: 30}"));

    assertThat(merged).isEqualTo(yaml("a: {x: 1, y: 20, z: 30}\nb: 3"));
  }

  @Test
  void merge_listsAndScalars_replace() {
    ObjectNode merged = TreeMerge.merge(yaml("a: [1, 2, 3]\nb: {c: [x]}"), yaml("a: [9]\nb: 4"));

    assertThat(merged).isEqualTo(yaml("a: [9]\nb: 4"));
  }

  @Test
  void merge_changedType_replacesTheObject() {
    ObjectNode merged =
        TreeMerge.merge(
            yaml("c: {type: weighted, rate: 0.1, outboundMultiplier: 3}"),
            yaml("c: {type: flat, rate: 0.2}"));

    assertThat(merged).isEqualTo(yaml("c: {type: flat, rate: 0.2}"));
  }

  @Test
  void merge_changedCurve_replacesTheObject() {
    ObjectNode merged =
        TreeMerge.merge(
            yaml("d: {curve: custom, floor: 0.1, tauHours: 2}"), yaml("d: {curve: none}"));

    assertThat(merged).isEqualTo(yaml("d: {curve: none}"));
  }

  @Test
  void merge_sameType_mergesKeyByKey() {
    ObjectNode merged =
        TreeMerge.merge(
            yaml("c: {type: weighted, rate: 0.1, outboundMultiplier: 3}"),
            yaml("c: {type: weighted, rate: 0.2}"));

    assertThat(merged).isEqualTo(yaml("c: {type: weighted, rate: 0.2, outboundMultiplier: 3}"));
  }

  @Test
  void merge_topLevelType_doesNotReplaceTheWholeTree() {
    ObjectNode merged = TreeMerge.merge(yaml("type: a\nkeep: 1"), yaml("type: b"));

    assertThat(merged).isEqualTo(yaml("type: b\nkeep: 1"));
  }

  @Test
  void merge_inputs_areNotModified() {
    ObjectNode base = yaml("a: {x: 1}");
    ObjectNode overlay = yaml("a: {y: 2}");

    ObjectNode merged = TreeMerge.merge(base, overlay);
    ((ObjectNode) merged.get("a")).put("z", 3);

    assertThat(base).isEqualTo(yaml("a: {x: 1}"));
    assertThat(overlay).isEqualTo(yaml("a: {y: 2}"));
  }
}
