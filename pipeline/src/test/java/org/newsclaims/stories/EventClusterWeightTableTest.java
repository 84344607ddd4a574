package org.newsclaims.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive weight table of an event holds exactly what a map of its entries holds. */
class EventClusterWeightTableTest {

  @Test
  void agreesWithAMapThroughPutsRemovalsAndGrowth() {
    EventCluster.WeightTable table = new EventCluster.WeightTable();
    Map<Integer, Double> expected = new HashMap<>();
    Random random = new Random(11);
    for (int step = 0; step < 200_000; step++) {
      int key = random.nextInt(step < 100_000 ? 5_000 : 300); // grow, then churn few keys
      if (random.nextInt(3) == 0) {
        table.remove(key);
        expected.remove(key);
      } else {
        double value = random.nextDouble();
        table.put(key, value);
        expected.put(key, value);
      }
    }
    for (int key = 0; key < 5_000; key++) {
      int slot = table.slot(key);
      Double want = expected.get(key);
      assertEquals(want != null, slot >= 0, "key " + key);
      if (want != null) {
        assertEquals(want, table.value(slot), "key " + key);
      }
    }
  }
}
