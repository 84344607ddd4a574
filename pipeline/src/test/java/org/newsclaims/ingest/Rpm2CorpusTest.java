package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;

/** Robustness on 400 real French articles (skipped when the shared corpus is absent). */
class Rpm2CorpusTest {

  private static final Path DOCUMENTS = Path.of("../shared/corpora/rpm2/documents");

  @Test
  void decodesAndParsesEveryDocumentCleanly() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DOCUMENTS), "rpm2 corpus absent");
    List<Path> files;
    try (Stream<Path> s = Files.list(DOCUMENTS)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    Map<String, Integer> charsets = new TreeMap<>();
    Map<String, Integer> outlets = new TreeMap<>();
    long chars = 0;
    int lines = 0;
    for (Path p : files) {
      String name = p.getFileName().toString();
      ArticleDecoder.Decoded d = ArticleDecoder.decode(name, Files.readAllBytes(p));
      assertTrue(d.ok(), name + ": " + d.rejectReason());
      Article a = ArticleParser.parse(name, d.text());
      assertNotNull(a, name);
      assertFalse(a.title().isBlank(), name);
      for (String field : new String[] {a.title(), a.text()}) {
        assertFalse(field.indexOf('\uFEFF') >= 0, name + " keeps a BOM");
        assertFalse(field.indexOf('\r') >= 0, name + " keeps a CR");
      }
      assertFalse(a.text().isBlank(), name);
      charsets.merge(d.charset(), 1, Integer::sum);
      outlets.merge(String.valueOf(a.outlet()), 1, Integer::sum);
      chars += a.text().length();
      lines += (int) a.text().lines().count();
    }
    assertEquals(files.size(), charsets.values().stream().mapToInt(Integer::intValue).sum());
    System.out.printf("rpm2: %d documents, charsets %s, outlets %s, %d body lines, %d body chars%n",
        files.size(), charsets, outlets, lines, chars);
  }
}
