package org.newsclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-input corpus through the whole pipeline, in one run: every input ends up either as an
 * article or as a line of rejects.jsonl with its reason, summary.json adds up, and no bad input
 * fails the run. Small files are test resources ({@code robustness/corpus/}); large ones, links
 * and directories are made here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

  /** The committed corpus (test resources), copied into the input directory. */
  static final List<String> RESOURCES = List.of(
      "empty.txt", "blank.txt", "scan.pdf", "photo.png", "archive.zip", "latin1.txt",
      "windows1252.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "crlf.txt",
      "lone-cr.txt", "mojibake.txt", "page.html", "english.txt", "german.txt", "twin-a.txt",
      "twin-b.txt", "unbalanced-quotes.txt", "control-chars.txt", "control-binary.txt",
      "random-bytes.txt", "crawl.jsonl");

  PipelineRun run;
  String missingPattern;

  @BeforeAll
  void runThePipelineOnTheCorpus(@TempDir Path root) throws IOException {
    Path in = Files.createDirectories(root.resolve("in"));
    for (String name : RESOURCES) {
      PipelineRun.copyResource("corpus/" + name, in);
    }
    // generated: too large to commit
    writeRepeated(in.resolve("huge-50mb.txt"), "Titre\n",
        "Le conseil a voté un budget de 12 millions d'euros pour la rénovation des écoles.\n", 50L << 20);
    writeRepeated(in.resolve("one-line-5mb.txt"), "",
        "La mairie a recensé 40 arbres abattus par la tempête. ", 5L << 20);
    writeRepeated(in.resolve("long-line.txt"), "Longue dépêche\n",
        "Selon la préfecture, 25 communes ont été inondées et 300 personnes évacuées. ", 120_000);
    Files.writeString(in.resolve("nested-quotes.txt"), "Citations imbriquées\nLe maire a déclaré : "
        + "« ".repeat(5000) + "Nous tiendrons" + " »".repeat(5000) + ", a-t-il dit.\n"
        + "\"".repeat(4000) + "\n" + "“‘«".repeat(3000) + "\n", StandardCharsets.UTF_8);
    writeRepeated(in.resolve("crawl-long.jsonl"), "{\"id\":\"long-record\",\"maintext\":\"",
        "Le texte continue. ", 2L << 20);
    Files.writeString(in.resolve("crawl-long.jsonl"), "\"}\n{\"id\":\"after-long\",\"title\":\"Vote\","
        + "\"maintext\":\"Le Sénat a adopté le texte par 200 voix contre 120.\"}\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Files.createDirectories(in.resolve("folder.txt"));
    Files.createSymbolicLink(in.resolve("broken-link.txt"), root.resolve("nowhere.txt"));

    missingPattern = root.resolve("absent").resolve("*.txt").toString();
    run = PipelineRun.of(root.resolve("out"), in.resolve("*").toString(), missingPattern);
  }

  private static void writeRepeated(Path file, String head, String unit, long bytes) throws IOException {
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < bytes; n += u.length) {
        out.write(u);
      }
    }
  }

  @Test
  void summaryAddsUp() {
    long inputs = run.summary.get("inputs").asLong();
    assertEquals(inputs, run.summary.get("articles").asLong() + run.summary.get("rejects").asLong());
    assertTrue(run.summary.get("inputsAccountedFor").asBoolean());
    assertEquals(run.articles.size(), run.summary.get("articles").asLong());
    // 22 resource files + 9 records of crawl.jsonl, 4 generated files + 2 records of
    // crawl-long.jsonl, the folder, the broken link and the pattern matching nothing
    assertEquals(22 + 9 + 4 + 2 + 2 + 1, inputs);
  }

  @Test
  void noStageFailedOnAnyInput() {
    assertEquals(0, run.summary.get("stageFailures").asLong());
    for (JsonNode r : run.rejectLines) {
      assertFalse(r.get("stage").asText().equals("extract"), r.toString());
    }
  }

  @ParameterizedTest(name = "{0} is rejected at {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      empty.txt             | decode    | empty file
      blank.txt             | decode    | whitespace-only file
      scan.pdf              | decode    | binary file (PDF)
      photo.png             | decode    | binary file (PNG)
      archive.zip           | decode    | binary file (ZIP)
      control-binary.txt    | decode    | binary file (control characters)
      random-bytes.txt      | decode    | undecodable text (neither UTF-8 nor plausible Windows-1252/Latin-1 French)
      english.txt           | language  | not French (looks like en)
      german.txt            | language  | not French (looks like de)
      twin-b.txt            | duplicate | duplicate of twin-a.txt
      huge-50mb.txt         | read      | file too large for one article (52428
      one-line-5mb.txt      | read      | file too large for one article (5242
      folder.txt            | match     | a directory, not a file
      broken-link.txt       | match     | not a readable regular file (broken link or special file)
      crawl.jsonl#2         | parse     | malformed JSON: Unexpected end-of-input
      crawl.jsonl#3         | parse     | not a JSON object
      crawl-notext          | parse     | no text (maintext, text, html and description missing or empty)
      crawl.jsonl#6         | parse     | field 'title' must be a string, got number
      crawl.jsonl#7         | parse     | field 'id' must be a string or an integer, got object
      crawl-bad-date        | parse     | field 'date_publish' is not a date: hier soir
      crawl-lang-field      | parse     | language 'en' is not French
      crawl-english         | language  | not French (looks like en)
      crawl-long.jsonl#1    | read      | JSON line too large for one article (over 1048576 characters)
      """)
  void rejectsWithTheReason(String input, String stage, String reason) {
    JsonNode r = run.rejectOf(input);
    assertEquals(stage, r.get("stage").asText());
    assertTrue(r.get("reason").asText().startsWith(reason), r.get("reason").asText());
    assertFalse(run.articles.containsKey(input));
  }

  @Test
  void aPatternMatchingNothingIsRejected() {
    assertEquals("match", run.rejectOf(missingPattern).get("stage").asText());
  }

  @ParameterizedTest(name = "{0} is read as \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      latin1.txt        | Grève des éboueurs à Rennes | Les éboueurs de la métropole ont cessé le travail lundi ; la collecte reprendra jeudi, a précisé la mairie.
      windows1252.txt   | Hausse des loyers à Nantes  | Les loyers ont augmenté de 4 % en un an, l'œuvre d'une pénurie de logements, selon l'observatoire ; le mètre carré atteint 14 €.
      utf8-bom.txt      | Orages dans le Var          | Les pompiers sont intervenus 150 fois dans la nuit de samedi à dimanche.
      utf16le-bom.txt   | Incendie près de Marseille  | Le feu a parcouru 300 hectares de garrigue mardi, selon les pompiers.
      utf16be-bom.txt   | Neige dans les Alpes        | Il est tombé 40 centimètres de neige en une nuit à Chamonix, selon Météo-France.
      mojibake.txt      | Fermeture d'une usine à Lille | Les salariés de l'usine ont appris la fermeture du site, qui emploie 250 personnes, a précisé la direction.
      twin-a.txt        | Fermeture du pont de Tancarville | Le pont sera fermé à la circulation pendant 12 jours à partir du 3 mars, a annoncé la préfecture.\\nLes travaux coûteront 8 millions d'euros.
      crlf.txt          | Crue de la Garonne          | Le fleuve est monté de deux mètres à Toulouse.\\nLa préfecture a fermé trois routes.
      lone-cr.txt       | Séisme dans les Pyrénées    | La secousse, de magnitude 4,1, a été ressentie à Pau.\\nAucun blessé n'est signalé.
      control-chars.txt | Coupure d'eau à Dijon       | La distribution d'eau a été coupée pendant 6 heures mardi dans le centre-ville.
      crawl-ok          | Grève à la SNCF             | Les cheminots ont cessé le travail jeudi, selon la CGT qui annonce 30 % de grévistes.
      after-long        | Vote                        | Le Sénat a adopté le texte par 200 voix contre 120.
      """)
  void readsTheArticle(String input, String title, String text) {
    JsonNode a = run.articleOf(input);
    assertEquals(title, a.get("title").asText());
    assertEquals(text.replace("\\n", "\n"), a.get("text").asText());
  }

  @Test
  void htmlPagesLoseTagsScriptsAndEntities() {
    JsonNode a = run.articleOf("page.html");
    assertEquals("Tempête sur la Bretagne", a.get("title").asText());
    assertEquals("Les rafales ont atteint 150 km/h à Brest, selon Météo-France.\n"
        + "Près de 20 000 foyers sont privés d'électricité & les écoles restent fermées.", a.get("text").asText());
    assertEquals("2025-02-11", a.get("published").asText());
  }

  @Test
  void quoteMarksInAnyNumberOrOrderGiveAnArticle() {
    assertTrue(run.articleOf("unbalanced-quotes.txt").get("text").asText().startsWith("Le maire a déclaré : « Nous"));
    assertTrue(run.articleOf("nested-quotes.txt").get("text").asText().contains("Nous tiendrons"));
    long quotes = run.quotes.stream().filter(q -> q.get("article").asText().equals("unbalanced-quotes.txt")).count();
    assertTrue(quotes >= 1, "the opening « of the mayor gives a quote");
  }

  @Test
  void aLongSingleLineUnderTheLimitIsAnArticleWithItsClaims() {
    assertTrue(run.articleOf("long-line.txt").get("text").asText().length() > 100_000);
    assertTrue(run.claims.stream().anyMatch(c -> c.get("article").asText().equals("long-line.txt")));
  }

  @Test
  void controlCharactersNeverReachTheOutputs() {
    for (JsonNode a : run.articles.values()) {
      String text = a.get("title").asText() + a.get("text").asText();
      for (char c : text.toCharArray()) {
        assertFalse(c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\uFEFF',
            a.get("article").asText() + " has U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void theDuplicateIsCountedOnce() {
    assertEquals(0, run.claims.stream().filter(c -> c.get("article").asText().equals("twin-b.txt")).count());
    assertTrue(run.claims.stream().anyMatch(c -> c.get("article").asText().equals("twin-a.txt")));
  }
}
