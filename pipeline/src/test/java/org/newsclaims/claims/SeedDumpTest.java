package org.newsclaims.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.text.TextNormaliser;

class SeedDumpTest {
  @Test
  void dump() throws Exception {
    ClaimExtractor x = ClaimExtractor.fromResources();
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.sorted().toList()) {
        String raw = Files.readString(p);
        String body = TextNormaliser.normalise(raw.substring(raw.indexOf('\n') + 1));
        Article a = new Article(p.getFileName().toString(), "", null, null, null, body);
        System.out.println("=== " + p + " inferred=" + x.inferPublicationDate(a));
        for (Claim c : x.extract(a, List.of(), List.of())) {
          System.out.printf("%-28s v=%s [%s,%s] %s %s what=%s frame=%s period=%s date=%s wd=%s%n",
              c.text(), c.value(), c.low(), c.high(), c.unit(), c.qualifier(), c.what(), c.frame(),
              c.period(), c.date(), c.weekday());
        }
      }
    }
  }
}
