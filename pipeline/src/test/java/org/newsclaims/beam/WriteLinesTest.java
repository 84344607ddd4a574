package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer for several named outputs gives each output the file (or shards) a writer of its own gives. */
class WriteLinesTest {

  @TempDir Path dir;

  /** 900 lines for "claims", 300 for "quotes", none for "rejects", interleaved. */
  private static List<KV<String, String>> namedLines() {
    List<KV<String, String>> out = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      out.add(KV.of(i % 4 == 3 ? "quotes" : "claims", "{\"n\":" + (i * 7919 % 1201) + ",\"t\":\"é\"}"));
    }
    Collections.shuffle(out, new java.util.Random(3));
    return out;
  }

  private static List<String> linesOf(List<KV<String, String>> named, String name) {
    List<String> lines = new ArrayList<>();
    named.stream().filter(kv -> kv.getKey().equals(name)).forEach(kv -> lines.add(kv.getValue()));
    Collections.sort(lines);
    return lines;
  }

  private void write(int shards) {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    p.apply(Create.of(namedLines()).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(WriteLines.each(dir.toString(), List.of("claims", "quotes", "rejects"), ".jsonl", shards));
    p.run().waitUntilFinish();
  }

  private List<String> files() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private void assertNoTemporaryFileLeft() throws IOException {
    Path temp = dir.resolve(".temp-beam");
    if (Files.exists(temp)) {
      try (Stream<Path> left = Files.list(temp)) {
        assertFalse(left.findAny().isPresent(), "temporary files left in " + temp);
      }
    }
  }

  @Test
  void eachNamedOutputIsOneSortedFileAndAnOutputWithoutLinesAnEmptyOne() throws IOException {
    write(1);
    assertEquals(List.of("claims.jsonl", "quotes.jsonl", "rejects.jsonl"), files());
    assertEquals(String.join("\n", linesOf(namedLines(), "claims")) + "\n",
        Files.readString(dir.resolve("claims.jsonl"), StandardCharsets.UTF_8));
    assertEquals(String.join("\n", linesOf(namedLines(), "quotes")) + "\n",
        Files.readString(dir.resolve("quotes.jsonl"), StandardCharsets.UTF_8));
    assertEquals("", Files.readString(dir.resolve("rejects.jsonl")));
    assertNoTemporaryFileLeft();
  }

  @Test
  void shardedOutputsHoldEveryLineOnceUnderBeamsShardNames() throws IOException {
    write(0);
    List<String> claims = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    List<String> names = files();
    for (String name : names) {
      List<String> lines = Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
      if (name.startsWith("claims-")) {
        claims.addAll(lines);
      } else if (name.startsWith("quotes-")) {
        quotes.addAll(lines);
      } else {
        assertEquals("rejects-00000-of-00001.jsonl", name);
        assertEquals(List.of(), lines);
      }
      assertEquals(true, name.matches("(claims|quotes|rejects)-\\d{5}-of-\\d{5}\\.jsonl"), name);
    }
    Collections.sort(claims);
    Collections.sort(quotes);
    assertEquals(linesOf(namedLines(), "claims"), claims);
    assertEquals(linesOf(namedLines(), "quotes"), quotes);
    assertNoTemporaryFileLeft();
  }

  @Test
  void outputNamesMustBeDistinct() {
    assertThrows(IllegalArgumentException.class,
        () -> WriteLines.each(dir.toString(), List.of("claims", "claims"), ".jsonl", 1));
  }
}
