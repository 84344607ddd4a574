package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pathological inputs must not make the scanners quadratic (generous limit: shared machines). */
class LargeInputTest {

  static Stream<String> pathologicalInputs() {
    return Stream.of(
        "<a".repeat(100_000),
        "<p>x".repeat(50_000),
        "<nav>".repeat(50_000) + "texte",
        "<script>" + "x".repeat(200_000),
        "a. ".repeat(100_000),
        "(".repeat(200_000) + ")",
        "Ã©".repeat(100_000),
        "é\u00A0»".repeat(100_000),
        " date 2025-04 " + "Le chef. ".repeat(50_000),
        "PARIS (AFP) - " + "(".repeat(200_000),
        "x ".repeat(100_000) + "(Photo AFP)",
        "Titre\n" + "Ligne de texte.\n".repeat(50_000));
  }

  @ParameterizedTest
  @MethodSource("pathologicalInputs")
  void decodesAndParsesLargeInputsQuickly(String input) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      ArticleDecoder.Decoded d = ArticleDecoder.decode("x", input.getBytes(StandardCharsets.UTF_8));
      if (d.ok()) {
        ArticleParser.parse("x", d.text());
      }
      ArticleParser.parse("x", input);
    });
  }
}
