package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grouping and combining by hash bucket give what a GroupByKey and a Combine.perKey give; sorted files stay sorted. */
class BucketedTransformsTest {

  @TempDir Path dir;

  /** 60 keys, key k with values 0..k (k+1 values), in no order. */
  private static List<KV<String, Long>> keyedValues() {
    List<KV<String, Long>> out = new ArrayList<>();
    for (int k = 0; k < 60; k++) {
      for (long v = 0; v <= k; v++) {
        out.add(KV.of("key" + k, v));
      }
    }
    Collections.shuffle(out, new java.util.Random(7));
    return out;
  }

  private static PCollection<KV<String, Long>> input(TestPipeline p, String name) {
    return p.apply(name, Create.of(keyedValues()).withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
  }

  @Test
  void groupingByBucketGivesEachKeyAllItsValuesOnce() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<String> groups = input(p, "Values")
        .apply(BucketedGroupByKey.create())
        .apply(MapElements.into(TypeDescriptors.strings()).via((KV<String, Iterable<Long>> g) -> {
          List<Long> values = new ArrayList<>();
          g.getValue().forEach(values::add);
          Collections.sort(values);
          return g.getKey() + "=" + values;
        }));
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 60; k++) {
      List<Long> values = new ArrayList<>();
      for (long v = 0; v <= k; v++) {
        values.add(v);
      }
      expected.add("key" + k + "=" + values);
    }
    PAssert.that(groups).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  @Test
  void combiningByBucketGivesOneResultPerKey() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<KV<String, Long>> sums = input(p, "ToSum").apply("Sum", BucketedCombine.perKey(Sum.ofLongs()));
    PCollection<KV<String, Long>> maxima = input(p, "ToMax").apply("Max", BucketedCombine.<Long>perKey(values -> {
      long max = Long.MIN_VALUE;
      for (long v : values) {
        max = Math.max(max, v);
      }
      return max;
    }));
    List<KV<String, Long>> expectedSums = new ArrayList<>();
    List<KV<String, Long>> expectedMaxima = new ArrayList<>();
    for (long k = 0; k < 60; k++) {
      expectedSums.add(KV.of("key" + k, k * (k + 1) / 2));
      expectedMaxima.add(KV.of("key" + k, k));
    }
    PAssert.that(sums).containsInAnyOrder(expectedSums);
    PAssert.that(maxima).containsInAnyOrder(expectedMaxima);
    p.run().waitUntilFinish();
  }

  @Test
  void aSingleFileHoldsEveryLineSortedAndNoRunIsLeftBehind() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      lines.add("{\"n\":" + (i * 7919 % 3001) + ",\"t\":\"é" + (char) ('a' + i % 26) + "\"}");
    }
    lines.add("{\"n\":5}"); // a duplicate line is kept
    lines.add("{\"n\":5}");
    lines.add("{\n  \"multi\" : \"line\"\n}");
    lines.add("Zèbre « 𝔘nicode »");
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    p.apply("Lines", Create.of(lines).withCoder(StringUtf8Coder.of()))
        .apply("WriteAll", WriteLines.to(dir.toString(), "all", ".jsonl", 1));
    p.apply("NoLines", Create.empty(StringUtf8Coder.of()))
        .apply("WriteNone", WriteLines.to(dir.toString(), "none", ".jsonl", 1));
    p.run().waitUntilFinish();

    List<String> sorted = new ArrayList<>(lines);
    Collections.sort(sorted);
    assertEquals(String.join("\n", sorted) + "\n", Files.readString(dir.resolve("all.jsonl"), StandardCharsets.UTF_8));
    assertEquals("", Files.readString(dir.resolve("none.jsonl")));
    Path temp = dir.resolve(".temp-beam");
    if (Files.exists(temp)) {
      try (Stream<Path> left = Files.list(temp)) {
        assertFalse(left.findAny().isPresent(), "sorted runs left in " + temp);
      }
    }
    assertTrue(Buckets.count(p.getOptions()) > 1, "the test spreads lines over several runs");
  }
}
