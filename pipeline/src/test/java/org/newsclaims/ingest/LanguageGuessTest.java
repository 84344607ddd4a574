package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  private final LanguageGuess guess = LanguageGuess.fromResources();

  @Test
  void frenchNewsIsFrench() {
    assertNull(guess.notFrench("Les conducteurs de bus de Lyon ont cessé le travail mardi matin. Selon la "
        + "mairie, qui a été informée lundi, la grève pourrait durer plusieurs jours ; les syndicats "
        + "demandent une hausse des salaires et de meilleures conditions de travail pour les agents."));
  }

  @Test
  void aFrenchArticleQuotingEnglishStaysFrench() {
    assertNull(guess.notFrench("Le président américain a déclaré : « We will not accept this, and we will "
        + "respond to it. » Selon la Maison Blanche, la réponse sera annoncée dans les prochains jours, et "
        + "les alliés européens ont été prévenus par le secrétaire d'État, qui est arrivé à Paris lundi."));
  }

  @Test
  void namesEnglishGermanAndSpanishArticles() {
    assertEquals("en", guess.notFrench("The regional government said on Tuesday that the floods had killed "
        + "more than 200 people, and that the army would be sent to help with the clean-up. Officials said "
        + "that the water had reached two metres in some streets, and that it was the worst flood in the "
        + "history of the region."));
    assertEquals("de", guess.notFrench("Die Regierung hat am Dienstag mitgeteilt, dass das Hochwasser in der "
        + "Region mehr als 20 Menschen getötet hat und dass die Armee zur Hilfe geschickt wird. Der "
        + "Ministerpräsident sagte, dass der Staat für die Schäden aufkommen wird, und auch das Technische "
        + "Hilfswerk ist mit den Helfern vor Ort."));
    assertEquals("es", guess.notFrench("El gobierno regional dijo el martes que las inundaciones habían "
        + "causado más de 200 muertos y que el ejército sería enviado para ayudar con la limpieza. Los "
        + "funcionarios dijeron que el agua había llegado a dos metros en algunas calles, y que fue la peor "
        + "inundación de la historia de la región, por lo que el presidente visitó la zona con los alcaldes. "
        + "Según el alcalde, los daños son muy graves y la ciudad no tiene dinero para pagar las obras, pero "
        + "el gobierno ha prometido ayuda."));
  }

  @Test
  void aShortForeignTextCannotBeTold() {
    assertNull(guess.notFrench("The minister said that the army will help."));
    assertNull(guess.notFrench(""));
    assertNull(guess.notFrench(null));
  }

  @Test
  void theSeedsAndTheSharedCorpusAreFrench() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      seeds.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
    }
    Path rpm2 = Path.of("../shared/corpora/rpm2/documents");
    Assumptions.assumeTrue(Files.isDirectory(rpm2), "shared corpus absent");
    try (Stream<Path> docs = Files.list(rpm2)) {
      docs.forEach(files::add);
    }
    assertEquals(405, files.size());
    for (Path f : files) {
      assertNull(guess.notFrench(Files.readString(f, StandardCharsets.UTF_8)), f.toString());
    }
  }
}
