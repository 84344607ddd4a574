package org.newsclaims.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.stories.StoryTexts.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Story;

class WireCopiesTest {

  /** One agency dispatch, printed by two outlets. */
  private static final String DISPATCH = "Au moins 22 personnes ont été tuées et une centaine blessées jeudi "
      + "dans l'effondrement d'un immeuble de six étages à Casablanca, a-t-on appris auprès de la protection "
      + "civile. Les secours ont travaillé toute la nuit pour dégager les victimes coincées sous les gravats. "
      + "Selon les premiers éléments de l'enquête, des travaux non autorisés au rez-de-chaussée auraient "
      + "fragilisé la structure du bâtiment, construit dans les années 1970.";

  private static final Article WIRE_A = article("a", "2024-05-16", "lematin.ma", "Casablanca : un immeuble s'effondre",
      DISPATCH);
  /** The same dispatch with a paragraph the outlet added. */
  private static final Article WIRE_B = article("b", "2024-05-16", "le360.ma", "Effondrement meurtrier à Casablanca",
      "Drame à Casablanca. " + DISPATCH + "\nLe ministre de l'Habitat s'est rendu sur place dans la matinée et "
          + "a promis des sanctions contre les responsables des travaux.");
  /** The same event, told in the outlet's own words. */
  private static final Article OWN_WORDS = article("c", "2024-05-16", "hespress.com", "Casablanca : le bilan s'alourdit",
      "Le bilan de l'effondrement d'un immeuble de six étages jeudi à Casablanca s'est alourdi à 22 morts, "
          + "selon la protection civile, qui compte aussi une centaine de blessés. Des habitants du quartier "
          + "accusent des travaux menés sans permis au rez-de-chaussée. Les gravats ont été déblayés pendant "
          + "la nuit par les secouristes.");

  private static ArticleSignature sign(Article a) {
    return StorySignatures.fromResources().of(a);
  }

  @Test
  void twoOutletsPrintingTheSameDispatchAreCopies() {
    assertTrue(WireCopies.copies(sign(WIRE_A), sign(WIRE_B)));
  }

  @Test
  void anArticleTellingTheSameEventInItsOwnWordsIsNotACopy() {
    assertFalse(WireCopies.copies(sign(WIRE_A), sign(OWN_WORDS)));
    assertFalse(WireCopies.copies(sign(WIRE_B), sign(OWN_WORDS)));
  }

  @Test
  void threeOutletsWithTwoOfThemCopyingOneDispatchAreTwoIndependentSources() {
    StoryClusterer.Result r = StoryClusterer.withDefaults().cluster(List.of(sign(WIRE_A), sign(WIRE_B), sign(OWN_WORDS)));
    assertEquals(1, r.stories().size(), r.stories().toString());
    Story s = r.stories().get(0);
    assertEquals(3, s.outlets());
    assertEquals(2, s.independentSources());
    assertEquals(List.of(new Story.Origin("a", List.of("a", "b"), List.of("le360.ma", "lematin.ma")),
        new Story.Origin("c", List.of("c"), List.of("hespress.com"))), s.origins());
    assertEquals("a", r.assignments().get("b").origin());
    assertEquals("c", r.assignments().get("c").origin());
  }
}
