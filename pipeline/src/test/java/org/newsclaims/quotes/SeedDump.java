package org.newsclaims.quotes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsclaims.model.Article;
import org.newsclaims.model.Quote;
import org.newsclaims.text.TextNormaliser;

/** Prints the quotes of the seed files (a debugging aid, run by hand). */
public final class SeedDump {
  public static void main(String[] args) throws Exception {
    QuoteExtractor x = QuoteExtractor.fromResources();
    try (Stream<Path> files = Files.list(Path.of(args.length > 0 ? args[0] : "seeds"))) {
      for (Path f : files.sorted().toList()) {
        String raw = Files.readString(f, StandardCharsets.UTF_8);
        int nl = raw.indexOf('\n');
        String body = TextNormaliser.normalise(nl < 0 ? raw : raw.substring(nl + 1));
        List<Quote> qs = x.extract(new Article(f.getFileName().toString(), null, null, null, null, body), List.of());
        System.out.println("=== " + f.getFileName());
        for (Quote q : qs) {
          System.out.printf("  [%s%s] %s | %s | %s | %s %.2f%n", q.partial() ? "P" : "F", q.unclosed() ? "U" : "",
              q.text().length() > 70 ? q.text().substring(0, 70) + "…" : q.text(), q.speaker(), q.speakerMention(), q.cue() + " / " + q.method(), q.confidence());
        }
      }
    }
  }
}
