package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;

/** Speaker, entity, date, frame and period of claims, on sentences written for the test. */
class ClaimAttributionTest {

  private static final ClaimExtractor X = ClaimExtractor.fromResources();

  private static EntityMention mention(String text, String surface, String name, String type) {
    int at = text.indexOf(surface);
    return new EntityMention("t", surface, name, type, at, at + surface.length());
  }

  private static Claim first(String text, String published, List<Quote> quotes,
      List<EntityMention> mentions) {
    return X.extract(new Article("t", "", published, null, null, text), quotes, mentions)
        .stream().filter(c -> !"date".equals(c.unit())).findFirst().orElseThrow();
  }

  @Test
  void takesTheSpeakerOfReportedSpeech() {
    String t = "Le général Ivan Petrov a affirmé que ses troupes ont capturé 300 soldats.";
    Claim c = first(t, null, List.of(),
        List.of(mention(t, "Ivan Petrov", "Ivan Petrov", EntityMention.PERSON)));
    assertEquals("Ivan Petrov", c.speakerMention());
    assertEquals("Ivan Petrov", c.speaker());
    assertEquals("person", c.speakerType());
    assertEquals("capture", c.frame());
  }

  @Test
  void resolvesCeDernierToTheLastPerson() {
    String t = "Anna Berg a rencontré le maire. Ce dernier a assuré que 40 maisons ont été détruites.";
    Claim c = first(t, null, List.of(),
        List.of(mention(t, "Anna Berg", "Anna Berg", EntityMention.PERSON)));
    assertEquals("Anna Berg", c.speakerMention());
    assertEquals("destroy", c.frame());
  }

  @Test
  void aVerbThatOnlyStartsASpeechPhraseIsNoSpeechVerb() {
    // "fait savoir" is a verb of saying, "fait prisonnier" is not: the speaker stays the subject
    // of "a affirmé", not the organisation spoken to
    String t = "Anna Berg a reçu le général. Ce dernier a affirmé au chef du Parlement que ses "
        + "hommes ont fait prisonnier 52 soldats.";
    Claim c = first(t, null, List.of(), List.of(
        mention(t, "Anna Berg", "Anna Berg", EntityMention.PERSON),
        mention(t, "Parlement", "Parlement", EntityMention.ORGANISATION)));
    assertEquals("Anna Berg", c.speakerMention());
  }

  @Test
  void takesTheSpeakerAfterSelon() {
    String t = "Selon Paul Durand, 25 villages ont été libérés.";
    Claim c = first(t, null, List.of(),
        List.of(mention(t, "Paul Durand", "Paul Durand", EntityMention.PERSON)));
    assertEquals("Paul Durand", c.speakerMention());
    assertEquals("retake", c.frame());
  }

  @Test
  void takesTheSpeakerOfTheQuoteHoldingTheClaim() {
    String t = "« Nous avons libéré 12 villages », a déclaré le ministre.";
    int s = t.indexOf("Nous");
    int e = t.indexOf(" »");
    Quote q = new Quote("t", t.substring(s, e), null, "Marc Lenoir", "a déclaré", "role", 0.8,
        false, false, t, s, e);
    assertEquals("Marc Lenoir", first(t, null, List.of(q), List.of()).speakerMention());
  }

  @Test
  void takesTheNearestPlaceOfTheSentenceElseTheMostMentioned() {
    String t = "Dans la région de Tarnov, 12 villages ont été repris. Ailleurs, 3 ponts sont tombés. Tarnov reste calme.";
    List<EntityMention> m = new ArrayList<>();
    m.add(mention(t, "Tarnov", "Tarnov", EntityMention.PLACE));
    int second = t.lastIndexOf("Tarnov");
    m.add(new EntityMention("t", "Tarnov", "Tarnov", EntityMention.PLACE, second, second + 6));
    List<Claim> cs = X.extract(new Article("t", "", null, null, null, t), List.of(), m);
    assertEquals("Tarnov", cs.get(0).entity());
    assertEquals("Tarnov", cs.get(1).entity());
    assertNull(X.extract(new Article("t", "", null, null, null, t), List.of(), List.of()).get(0).entity());
  }

  @Test
  void datesTheClaimWithTheSentenceDateElsePublication() {
    String t = "Le 3 mai, 20 blessés ont été soignés. Puis 4 morts ont été signalés.";
    List<Claim> cs = X.extract(new Article("t", "", "2025-05-10", null, null, t), List.of(), List.of())
        .stream().filter(c -> !"date".equals(c.unit())).toList();
    assertEquals("2025-05-03", cs.get(0).date());
    assertEquals("wounded", cs.get(0).frame());
    assertEquals("2025-05-10", cs.get(1).date());
    assertEquals("casualties", cs.get(1).frame());
  }

  @Test
  void readsPeriods() {
    assertEquals("last:24:hour",
        first("Au cours des 24 dernières heures, 15 drones ont été abattus.", null, List.of(), List.of()).period());
    assertEquals("total",
        first("Au total, 300 soldats ont été faits prisonniers.", null, List.of(), List.of()).period());
    assertEquals("total",
        first("Depuis le 1er mars, 40 villages ont été repris.", null, List.of(), List.of()).period());
    assertNull(first("Hier, 40 villages ont été repris.", null, List.of(), List.of()).period());
  }

  @Test
  void restatesThePreviousClaimAfterSoit() {
    String t = "Les troupes ont repris 500 km2, soit 40% de la zone occupée.";
    List<Claim> cs = X.extract(new Article("t", "", null, null, null, t), List.of(), List.of());
    assertEquals("40%", cs.get(1).text());
    assertEquals("retake", cs.get(1).frame());
  }

  @Test
  void staysLinearOnALongLineOfNumbers() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append("plus de ").append(i % 900 + 1).append(" soldats repris selon ");
    }
    String t = b.toString();
    List<Claim> cs = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(60),
        () -> X.extract(new Article("t", "", null, null, null, t), List.of(), List.of()));
    assertEquals(10_000, cs.size());
  }
}
