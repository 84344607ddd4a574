package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Quote;
import org.newsclaims.model.QuoteBuilder;

class AliasTableTest {

  private static final AliasTable TABLE = new AliasTable(
      Map.of(EntityClusterer.aliasKey("Guérassimov"), "person:gerasimov",
          EntityClusterer.aliasKey("Koursk"), "place:kursk"),
      Map.of("person:gerasimov", "Valéri Guérassimov", "place:kursk", "Koursk"));

  @Test
  void readsProperNamesAsNames() {
    assertTrue(AliasTable.looksLikeName("Jean Dupont"));
    assertTrue(AliasTable.looksLikeName("Dupont"));
    assertTrue(AliasTable.looksLikeName("D'Alembert"));
    assertTrue(AliasTable.looksLikeName("Le"));
  }

  @Test
  void readsRolePhrasesOpenedByAnArticleAsNoName() {
    assertFalse(AliasTable.looksLikeName("Le procureur de Lyon"));
    assertFalse(AliasTable.looksLikeName("La ministre"));
    assertFalse(AliasTable.looksLikeName("Les syndicats"));
    assertFalse(AliasTable.looksLikeName("L'avocat de la famille"));
    assertFalse(AliasTable.looksLikeName("Un proche du dossier"));
    assertFalse(AliasTable.looksLikeName("Une source policière"));
    assertFalse(AliasTable.looksLikeName("le maire"));
    assertFalse(AliasTable.looksLikeName(""));
    assertFalse(AliasTable.looksLikeName(null));
  }

  @Test
  void findsTheEntityOfASpellingThroughItsAliasKey() {
    assertEquals("person:gerasimov", TABLE.idOf("Guérassimov"));
    assertNull(TABLE.idOf("Syrsky"));
    assertNull(TABLE.idOf(null));
  }

  private static Claim claim(String entity, String speaker, String speakerMention) {
    return ClaimBuilder.claim("430").value(430).what("prisonniers").entity(entity).speaker(speaker)
        .speakerMention(speakerMention).sentence("Plus de 430 prisonniers.").build();
  }

  @Test
  void keysAClaimByEntityIdAndGivesItsSpeakerTheCanonicalName() {
    Claim keyed = TABLE.key(claim("Koursk", null, "Guérassimov"));
    assertEquals("place:kursk", keyed.entity());
    assertEquals("Valéri Guérassimov", keyed.speaker());
  }

  @Test
  void anUnresolvedSpeakerStaysWhenANameAndIsDroppedWhenARolePhrase() {
    assertEquals("Jean Durand", TABLE.key(claim("Lyon", null, "Jean Durand")).speaker());
    assertEquals("Lyon", TABLE.key(claim("Lyon", null, "Jean Durand")).entity());
    assertNull(TABLE.key(claim("Lyon", null, "Le porte-parole de l'armée")).speaker());
  }

  @Test
  void keysAQuoteSpeakerWithNameAndIdAndLeavesAnUnknownSpeakerAsFound() {
    Quote q = QuoteBuilder.quote("Nous avançons").speaker("Guérassimov").cue("a déclaré")
        .sentence("« Nous avançons », a déclaré Guérassimov.").build();
    Quote keyed = TABLE.key(q);
    assertEquals("Valéri Guérassimov", keyed.speaker());
    assertEquals("person:gerasimov", keyed.speakerId());
    Quote role = QuoteBuilder.quote("Nous avançons").speakerMention("le porte-parole").cue("a déclaré")
        .method("role").sentence("« Nous avançons », a déclaré le porte-parole.").build();
    assertNull(TABLE.key(role).speaker());
    assertNull(TABLE.key(role).speakerId());
  }
}
