package org.newsclaims.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.entities.EntityRecogniser;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.text.TextNormaliser;

/**
 * Speaker forms beyond the plain speech verb: infinitive openers, impersonal "a-t-on", cues in
 * the previous line or paragraph, "X : « … »", unclosed straight quotes, places and
 * organisations that are not speakers, and roles resolved through the entities gazetteer.
 */
class SpeakerFormsTest {

  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.fromResources();

  private static List<Quote> extract(String text, List<EntityMention> mentions) {
    String t = TextNormaliser.normalise(text);
    return EXTRACTOR.extract(new Article("test.txt", null, null, null, null, t), mentions);
  }

  private static List<Quote> extract(String text) {
    return extract(text, List.of());
  }

  private static Quote find(List<Quote> qs, String start) {
    return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + qs));
  }

  private static EntityMention mention(String text, String word, String name, String type) {
    int at = text.indexOf(word);
    return new EntityMention("test.txt", word, name, type, at, at + word.length());
  }

  @Test
  void infinitiveOpenerTakesTheLastSpeaker() {
    List<Quote> qs = extract("« Nous resterons », a déclaré Marie Lenoir. "
        + "Et d'ajouter : « Rien ne nous fera reculer ».");
    Quote q = find(qs, "Rien ne nous");
    assertEquals("Marie Lenoir", q.speaker());
    assertEquals("d'ajouter", q.cue());
    assertEquals("pronoun", q.method());
    assertFalse(q.partial());
  }

  @Test
  void infinitiveOpenerWithoutAnyNamedPersonHasNoSpeaker() {
    Quote q = find(extract("Et de préciser : « Le calendrier tiendra »."), "Le calendrier");
    assertNull(q.speaker());
  }

  @Test
  void impersonalOnCueTakesNoSpeakerUnlessTheSentenceNamesOne() {
    Quote anonymous = find(extract("Jean Dupont est arrivé lundi. "
        + "« Rien n'est décidé », a-t-on précisé au ministère."), "Rien n'est");
    assertNull(anonymous.speaker());
    assertEquals("a-t-on précisé", anonymous.cue());
    assertEquals("none", anonymous.method());
  }

  @Test
  void cueOnThePreviousLineAttributesAQuoteOpeningTheNextParagraph() {
    List<Quote> qs = extract("Le ministre Paul Girard a ajouté\n\n"
        + "« Les négociations reprendront lundi ».");
    Quote q = find(qs, "Les négociations");
    assertEquals("Paul Girard", q.speaker());
    assertEquals("a ajouté", q.cue());
  }

  @Test
  void cueAtTheEndOfTheParagraphBeforeAttributesAFragmentOfTheNextOne() {
    List<Quote> qs = extract("Paul Girard a ajouté\n\n"
        + "que les grévistes étaient des « irresponsables ». La séance a été levée.");
    assertEquals("Paul Girard", find(qs, "irresponsables").speaker());
  }

  @Test
  void cueEndingAParagraphWithAColonAttributesTheNextParagraph() {
    List<Quote> qs = extract("Sophie Marchand a déclaré :\n« Nous ne céderons pas ».");
    assertEquals("Sophie Marchand", find(qs, "Nous ne céderons").speaker());
  }

  @Test
  void aParagraphEndingInAFullSentenceDoesNotLendItsSpeaker() {
    List<Quote> qs = extract("Paul Girard a ajouté que la séance était levée.\n\n"
        + "« Nous verrons », lit-on sur une banderole.");
    assertNull(find(qs, "Nous verrons").speaker());
  }

  @Test
  void nameBeforeAColonIsTheSpeaker() {
    List<Quote> qs = extract("Claire Fontaine : « Le budget sera voté en juin ».");
    Quote q = find(qs, "Le budget");
    assertEquals("Claire Fontaine", q.speaker());
    assertEquals(":", q.cue());
    assertEquals("explicit", q.method());
  }

  @Test
  void surnameBeforeAColonTakesTheFullNameGivenEarlier() {
    List<Quote> qs = extract("Le maire, Claire Fontaine, a reçu les habitants.\n"
        + "Fontaine : « Le budget sera voté en juin ».");
    assertEquals("Claire Fontaine", find(qs, "Le budget").speaker());
  }

  @Test
  void placeBeforeAColonIsNotASpeaker() {
    String text = "Bruxelles : « Le budget sera voté en juin ».";
    List<Quote> qs = extract(text, List.of(mention(text, "Bruxelles", "Bruxelles",
        EntityMention.PLACE)));
    assertNull(find(qs, "Le budget").speaker());
  }

  @Test
  void unclosedStraightQuoteRunsToTheParagraphEndAndKeepsItsSpeaker() {
    List<Quote> qs = extract("Marc Aubry a affirmé que les travaux \"seront finis avant l'été.\n"
        + "La mairie n'a pas répondu.");
    Quote q = find(qs, "seront finis");
    assertEquals("seront finis avant l'été.", q.text());
    assertTrue(q.unclosed());
    assertEquals("Marc Aubry", q.speaker());
  }

  @Test
  void straightQuoteOpeningAfterAColonInTheTextIsUnclosedUpToTheLineEnd() {
    List<Quote> qs = extract("Marc Aubry a déclaré : \"Nous irons jusqu'au bout\n"
        + "Le vote a lieu demain.");
    Quote q = find(qs, "Nous irons");
    assertTrue(q.unclosed());
    assertEquals("Marc Aubry", q.speaker());
  }

  @Test
  void organisationNamedAsSubjectIsTypedOrganisationNotPerson() {
    String text = "« Les prix vont baisser », a annoncé Électricité Nationale.";
    List<Quote> qs = extract(text, List.of(mention(text, "Électricité Nationale",
        "Électricité Nationale", EntityMention.ORGANISATION)));
    Quote q = find(qs, "Les prix");
    assertEquals("Électricité Nationale", q.speaker());
    assertEquals("organisation", q.speakerType());
  }

  @Test
  void capitalAfterSelonSpeaksForItsGovernmentWithModestConfidence() {
    String text = "La zone occupée, selon Kiev, dépasse « mille kilomètres carrés ».";
    List<Quote> qs = extract(text, List.of(mention(text, "Kiev", "Kiev", EntityMention.PLACE)));
    Quote q = find(qs, "mille");
    assertEquals("Kiev", q.speaker());
    assertEquals("organisation", q.speakerType());
    assertEquals(0.6, q.confidence());
  }

  @Test
  void roleMentionResolvedByTheEntitiesGazetteerGivesTheHolder() {
    // the article never writes the role next to a name: the holder comes from the gazetteer
    String text = "La réunion a duré deux heures. « Nous ne reculerons pas », a déclaré "
        + "le président russe devant les journalistes.";
    Article a = new Article("test.txt", null, "2025-03-12", "meta", null,
        TextNormaliser.normalise(text));
    List<EntityMention> mentions = EntityRecogniser.fromResources().find(a);
    Quote q = find(EXTRACTOR.extract(a, mentions), "Nous ne reculerons");
    assertEquals("Vladimir Poutine", q.speaker());
    assertEquals("role", q.method());
    assertEquals("Vladimir Poutine", q.speakerMention());
  }

  @Test
  void roleWrittenNextToANameInTheArticleWinsOverTheGazetteer() {
    String text = "Le ministre de l'Intérieur, Hugo Bernier, était présent. « Tout est prêt », "
        + "a assuré le ministre de l'Intérieur.";
    List<Quote> qs = extract(text);
    assertEquals("Hugo Bernier", find(qs, "Tout est prêt").speaker());
  }

  @Test
  void roleGivenToNoOneIsTheSpeakerWithALowerConfidence() {
    List<Quote> qs = extract("« Tout est prêt », a assuré le directeur de l'usine.");
    Quote q = find(qs, "Tout est prêt");
    assertEquals("directeur de l'usine", q.speaker());
    assertTrue(q.confidence() < 0.6, "a role is less than a name: " + q.confidence());
    assertEquals("role", q.method());
    assertEquals("le directeur de l'usine", q.speakerMention());
  }

  @Test
  void roleMentionsFromTheRecogniserResolveAPronounLater() {
    String text = "« Nous ne reculerons pas », a déclaré le président russe. "
        + "« Jamais », a-t-il ajouté.";
    Article a = new Article("test.txt", null, "2025-03-12", "meta", null,
        TextNormaliser.normalise(text));
    List<EntityMention> mentions = new ArrayList<>(EntityRecogniser.fromResources().find(a));
    Quote q = find(EXTRACTOR.extract(a, mentions), "Jamais");
    assertEquals("Vladimir Poutine", q.speaker());
  }

  @Test
  void subjectBeforeALongCircumstantialInciseSpeaks() {
    List<Quote> qs = extract("Anne Royer, lors d'une visite très attendue dans la ville de "
        + "Nantes, a exprimé mardi son espoir que le chantier soit « terminé avant l'hiver ».");
    Quote q = find(qs, "terminé");
    assertEquals("Anne Royer", q.speaker());
    assertEquals("a exprimé", q.cue());
    assertTrue(q.partial());
  }

  @Test
  void madeKnownIsASpeechCue() {
    List<Quote> qs = extract("Le maire Louis Perrin avait par le passé fait comprendre qu'il ne "
        + "signerait rien tant que les locataires ne seraient pas « relogés ».");
    Quote q = find(qs, "relogés");
    assertEquals("Louis Perrin", q.speaker());
    assertEquals("avait par le passé fait comprendre", q.cue());
  }

  @Test
  void aLongIncisOpenedByANameIsNotSkipped() {
    // ", Paul Girard et ses proches conseillers," is not a circumstance: nobody is guessed
    List<Quote> qs = extract("Le texte, que Paul Girard et ses proches conseillers ont relu "
        + "hier soir dans la nuit, est jugé « solide ».");
    assertNull(find(qs, "solide").speaker());
  }

  @Test
  void infinitiveNotIntroducingSpeechIsNoCue() {
    List<Quote> qs = extract("Marie Lenoir a présenté le journal avant de lancer en 2001 "
        + "l'émission « Grand angle ».");
    Quote q = find(qs, "Grand angle");
    assertNull(q.speaker());
    assertNull(q.cue());
  }

  @Test
  void infinitiveAfterAShortInciseStillIntroducesTheQuote() {
    List<Quote> qs = extract("« Rien n'est fait », a prévenu Marie Lenoir. "
        + "Et de conclure, le sourire aux lèvres : « La suite au prochain épisode ».");
    assertEquals("Marie Lenoir", find(qs, "La suite").speaker());
  }

  @Test
  void nameAfterAPrepositionBeforeAColonIsNotTheSpeaker() {
    List<Quote> qs = extract("Réplique de Jeanne Morel à Claire Fontaine : « Vous avez voté "
        + "contre ».");
    assertNull(find(qs, "Vous avez").speaker());
  }

  @Test
  void organisationMentionIsNotAnAntecedentForAnInfinitiveOpener() {
    String text = "Paul Girard est arrivé en mai. Radio Horizon Bleue diffuse ses programmes. "
        + "Et de marteler qu'il y a « une grande ambition ».";
    List<EntityMention> mentions = List.of(
        mention(text, "Paul Girard", "Paul Girard", EntityMention.PERSON),
        mention(text, "Radio Horizon Bleue", "Radio Horizon Bleue", EntityMention.ORGANISATION));
    Quote q = find(extract(text, mentions), "une grande ambition");
    assertEquals("Paul Girard", q.speaker());
  }

  @Test
  void infinitiveOpenerGoesOnWithThePreviousQuotesSpeaker() {
    List<Quote> qs = extract("« Le plan est prêt », a déclaré Marie Lenoir, venue avec Paul "
        + "Girard.\nEt d'ajouter : « Il sera voté en juin ».");
    assertEquals("Marie Lenoir", find(qs, "Il sera voté").speaker());
  }

  @Test
  void infinitiveOpenerAfterAnUnnamedSpeakerGoesOnWithTheRoleNotThePersonNamed() {
    List<Quote> qs = extract("Paul Girard a visité l'usine. « Le plan est prêt », a assuré "
        + "le directeur du site. Et d'ajouter : « Il sera voté en juin ».");
    assertEquals("directeur du site", find(qs, "Il sera voté").speaker());
  }

  @Test
  void quoteOpeningAHeadlineFollowedByTheAuthorsWordsIsPartial() {
    List<Quote> qs = extract("« Près de 80 % » des logements rénovés avant juin\n"
        + "« Nous tiendrons » affirme Jean Dupont.");
    assertTrue(find(qs, "Près de 80").partial());
    assertFalse(find(qs, "Nous tiendrons").partial());
    assertFalse(find(extract("« Nous battrons l'armée » du voisin, a-t-il poursuivi."),
        "Nous battrons").partial());
  }
}
