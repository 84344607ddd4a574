package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.EntityMention;

class ClaimSubjectsTest {

  private final ClaimSubjects subjects = ClaimSubjects.fromResources();

  private static List<EntityMention> places(String text, String... names) {
    List<EntityMention> out = new ArrayList<>();
    for (String name : names) {
      int at = -1;
      while ((at = text.indexOf(name, at + 1)) >= 0) {
        out.add(new EntityMention("a.txt", name, name, EntityMention.PLACE, at, at + name.length()));
      }
    }
    return out;
  }

  private static Claim claimOn(String text, String figure) {
    int start = text.indexOf(figure);
    int sentenceStart = text.lastIndexOf('.', start) + 1;
    int sentenceEnd = text.indexOf('.', start) + 1;
    String sentence = text.substring(sentenceStart, sentenceEnd).strip();
    return ClaimBuilder.claim(figure).value(1).sentence(sentence).span(start, start + figure.length()).build();
  }

  private String subjectOf(String text, String figure, String... placeNames) {
    Article a = new Article("a.txt", "t", null, null, null, text);
    return subjects.assign(a, List.of(claimOn(text, figure)), places(text, placeNames)).get(0).entity();
  }

  @Test
  void aFigureLocatedInATownIsAboutThatTown() {
    String text = "Les inondations touchent la vallée de la Roya. Autour de la ville de Breil, 40 maisons sont détruites. "
        + "La vallée de la Roya reste coupée.";
    assertEquals("Breil", subjectOf(text, "40 maisons", "Breil", "Roya"));
  }

  @Test
  void aFigureWithoutALocalPlaceIsAboutTheArticlesMainPlace() {
    String text = "Les secours sont à pied d'œuvre dans la région de Valence. Dans la région de Valence, les pluies "
        + "continuent. Selon Madrid, 200 personnes ont été évacuées.";
    assertEquals("Valence", subjectOf(text, "200 personnes", "Valence", "Madrid"));
  }

  @Test
  void anActorCountryIsNotTheSubjectWhenTheArticleHasALocalPlace() {
    String text = "Les combats continuent à Bakhmout. L'armée affirme avoir repris 60 % de la ville prise par la Russie. "
        + "À Bakhmout, les civils sont partis.";
    assertEquals("Bakhmout", subjectOf(text, "60 %", "Bakhmout", "Russie"));
  }

  @Test
  void aCountryIsTheSubjectWhenTheArticleNamesNoLocalPlace() {
    String text = "La France compte 3 millions de chômeurs. En France, le chiffre baisse.";
    assertEquals("France", subjectOf(text, "3 millions", "France"));
  }

  @Test
  void locativeCuesKeepTheirAccents() {
    String text = "Lyon a battu Nice. Le maire a Lyon dans le cœur.";
    assertTrue(subjects.locative(text, text.indexOf("Lyon", 20) ) == false);
    String located = "Il vit à Lyon.";
    assertTrue(subjects.locative(located, located.indexOf("Lyon")));
  }

  @Test
  void capitalsUsedForGovernmentsAreBroad() {
    assertTrue(subjects.isBroad("Kyiv"));
    assertTrue(subjects.isBroad("pékin"));
    assertFalse(subjects.isBroad("Marioupol"));
  }

  @Test
  void aDefiniteArticleBetweenTheCueAndThePlaceIsSkipped() {
    String text = "Les combats se poursuivent dans la Soudja et à l'Ouest, dans les Carpates.";
    assertTrue(subjects.locative(text, text.indexOf("Soudja")));
    assertTrue(subjects.locative(text, text.indexOf("Ouest")));
    assertTrue(subjects.locative(text, text.indexOf("Carpates")));
    String notLocated = "Les combats opposent la Russie et l'Ukraine.";
    assertFalse(subjects.locative(notLocated, notLocated.indexOf("Ukraine")));
  }
}
