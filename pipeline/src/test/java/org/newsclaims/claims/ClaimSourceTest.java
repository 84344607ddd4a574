package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.text.TextNormaliser;

/**
 * Who gives a figure: the source of each claim, found by the attributor quotes use and
 * normalised so that two outlets' sources compare ("police" against "organisateurs").
 */
class ClaimSourceTest {

  private static final ClaimExtractor X = ClaimExtractor.fromResources();

  private static Claim claim(String text, String figure) {
    String t = TextNormaliser.normalise(text);
    return X.extract(new Article("t", "", null, null, null, t), List.of(), List.of())
        .stream().filter(c -> bare(c.text()).contains(bare(figure))).findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + figure));
  }

  /** Without spaces of any width ("40 000" is written with a narrow no-break space). */
  private static String bare(String s) {
    return s.replaceAll("[\\s\u00a0\u202f]", "");
  }

  private static void assertSource(String name, String mention, String type, Claim c) {
    assertEquals(name, c.speaker());
    assertEquals(mention, c.speakerMention());
    assertEquals(type, c.speakerType());
  }

  @Test
  void policeAndOrganisersAfterSelonAreTwoComparableSources() {
    assertSource("police", "la police", "organisation",
        claim("Selon la police, 5 000 personnes ont défilé.", "5 000"));
    assertSource("organisateurs", "les organisateurs", "collective",
        claim("Quelque 40 000 manifestants ont défilé, selon les organisateurs.", "40 000"));
  }

  @Test
  void aGovernmentAfterDapresIsAnOrganisation() {
    assertSource("ministère de l'Intérieur", "le ministère de l'Intérieur", "organisation",
        claim("D'après le ministère de l'Intérieur, 300 policiers ont été mobilisés.", "300"));
  }

  @Test
  void chineseAuthoritiesSpeakAsOne() {
    assertSource("autorités chinoises", "les autorités chinoises", "organisation",
        claim("Les autorités chinoises ont affirmé que 19 personnes sont mortes.", "19"));
  }

  @Test
  void deSourceOfficielleIsAnUnnamedOfficialSource() {
    assertSource("source officielle", "de source officielle", "anonymous",
        claim("On comptait 35 blessés, de source officielle.", "35"));
  }

  @Test
  void aProvisionalCountIsItsOwnSource() {
    assertSource("bilan provisoire", "un bilan provisoire", "anonymous",
        claim("Selon un bilan provisoire, 14 personnes ont péri.", "14"));
  }

  @Test
  void anOfficialCountAsSubjectIsAnOfficialSource() {
    assertSource("source officielle", "le bilan officiel", "anonymous",
        claim("Le bilan officiel fait état de 22 morts.", "22"));
  }

  @Test
  void aPlaceCompletingAnUnnamedSpeakersNounIsNotTheSpeaker() {
    assertSource("une habitante de Toulon", "une habitante de Toulon", "anonymous",
        claim("Dimanche, une habitante de Toulon a reconnu que 12 voitures avaient brûlé.", "12"));
    assertSource("un voisin de Paul Mercier", "un voisin de Paul Mercier", "anonymous",
        claim("Un voisin de Paul Mercier a affirmé que 3 hommes étaient entrés.", "3"));
    // a definite role keeps its holder's place: "le maire de Toulon" is the mayor
    assertSource("maire de Toulon", "le maire de Toulon", "person",
        claim("Le maire de Toulon a reconnu que 12 voitures avaient brûlé.", "12"));
  }

  @Test
  void theCountOfAUnionIsTheUnions() {
    assertSource("CGT", "la CGT", "organisation",
        claim("Le décompte de la CGT donne 1,2 million de grévistes.", "1,2 million"));
  }

  @Test
  void aprendAupresDeNamesTheBody() {
    assertSource("préfecture", "la préfecture", "organisation",
        claim("Quelque 800 gendarmes sont déployés, a-t-on appris auprès de la préfecture.",
            "800"));
  }

  @Test
  void faitEtatDeIsReportedSpeech() {
    assertSource("Croix-Rouge", "la Croix-Rouge", "organisation",
        claim("La Croix-Rouge a fait état de 60 disparus.", "60"));
  }

  @Test
  void aVerbTheClaimsListNeverKnewGivesASpeakerNow() {
    // "a rétorqué" was a quotes-only verb: one lexicon for both
    assertSource("Paul Girard", "Paul Girard", "person",
        claim("Paul Girard a rétorqué que 70 emplois seraient supprimés.", "70"));
  }

  @Test
  void aFigureTheOutletStatesHasNoSource() {
    Claim c = claim("Le pont mesure 400 mètres.", "400");
    assertNull(c.speaker());
    assertNull(c.speakerType());
  }
}
