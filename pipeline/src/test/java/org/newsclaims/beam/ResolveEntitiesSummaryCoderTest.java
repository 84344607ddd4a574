package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;
import org.newsclaims.entities.EntityClusterer;
import org.newsclaims.model.EntityMention;

class ResolveEntitiesSummaryCoderTest {

  private static EntityClusterer.Summary summary() {
    return new EntityClusterer.Summary()
        .add(new EntityMention("b.txt", "Koursk", "Koursk", EntityMention.PLACE, 3, 9))
        .add(new EntityMention("a.txt", "Kursk", "Kursk", EntityMention.PLACE, 0, 5))
        .add(new EntityMention("a.txt", "Koursk", "Koursk", EntityMention.PLACE, 20, 26));
  }

  @Test
  void summaryRoundTripsThroughItsCoder() throws Exception {
    EntityClusterer.Summary s = summary();
    byte[] bytes = CoderUtils.encodeToByteArray(ResolveEntities.SummaryCoder.INSTANCE, s);
    EntityClusterer.Summary back = CoderUtils.decodeFromByteArray(ResolveEntities.SummaryCoder.INSTANCE, bytes);

    assertEquals(List.of("Koursk", "Kursk"), List.copyOf(back.names()));
    assertEquals(2, back.count("Koursk"));
    assertEquals(List.of("a.txt", "b.txt"), List.copyOf(back.articles("Koursk")));
    assertEquals(EntityMention.PLACE, back.type());
    assertArrayEquals(bytes, CoderUtils.encodeToByteArray(ResolveEntities.SummaryCoder.INSTANCE, back));
  }

  @Test
  void combinerMergesPartialSummariesIntoTheWholeBlock() {
    ResolveEntities.SummariseFn fn = new ResolveEntities.SummariseFn();
    EntityClusterer.Summary part = fn.addInput(fn.createAccumulator(),
        new EntityMention("c.txt", "Kursk", "Kursk", EntityMention.PLACE, 0, 5));
    EntityClusterer.Summary all = fn.extractOutput(fn.mergeAccumulators(List.of(summary(), part)));

    assertEquals(2, all.count("Kursk"));
    assertEquals(List.of("a.txt", "c.txt"), List.copyOf(all.articles("Kursk")));
    assertEquals(List.of("Koursk", "Kursk"), List.copyOf(all.names()));
  }
}
