package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;

/**
 * Dates read by the event they date, durations by what lasts, and durations counted from the day
 * of writing (TimeEvents, TimeOffsets, ElapsedTimes), on sentences written for these tests.
 */
class EventTimesTest {

  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();

  private static Claim day(String article, String text, String sentence) {
    return ClaimBuilder.claim(text).article(article).unit("date").entity("place:lyon").sentence(sentence).build();
  }

  private static ClaimBuilder lasting(String article, String text, double value, String unit, String sentence) {
    return ClaimBuilder.claim(text).article(article).value(value).unit(unit).entity("place:lyon").sentence(sentence);
  }

  private List<Finding> compared(Claim... claims) {
    return judge.judge("story:s-1", "Visite", List.of(claims)).stream()
        .filter(f -> f.claims().stream().map(Finding.Evidence::article).distinct().count() > 1).toList();
  }

  private static String verdicts(List<Finding> findings) {
    return findings.stream().map(f -> f.property() + "=" + f.verdict()).collect(Collectors.joining(", "));
  }

  @Test
  void twoDaysWithoutAYearDatingTheSameEventInOtherWordsConflict() {
    List<Finding> f = compared(
        day("a.txt", "11 août", "Arrivé discrètement le 11 août, le moine a été reçu au Sénat."),
        day("b.txt", "12 août", "La visite du moine, débutée le 12 août, s'achève samedi."));
    assertEquals("event:start:date=conflict", verdicts(f));
  }

  @Test
  void aDateOpeningItsSentenceDatesTheEventOfTheClauseAfterIt() {
    List<Finding> f = compared(
        day("a.txt", "24 septembre", "Le 24 septembre, après trois ans de silence, le coureur a annoncé son retour."),
        day("b.txt", "10 septembre", "Depuis l'annonce de son retour le 10 septembre, le coureur se tait."));
    assertEquals("event:return:date=conflict", verdicts(f));
  }

  @Test
  void aClauseOpenedByApresAfterAFrontedDateNamesAnotherEvent() {
    List<Finding> f = compared(
        day("a.txt", "24 septembre", "Le 24 septembre, après une retraite de trois ans, le coureur a annoncé son retour."),
        day("b.txt", "10 septembre", "Depuis l'annonce de son retour le 10 septembre, le coureur se tait."));
    assertEquals("event:return:date=conflict", verdicts(f));
  }

  @Test
  void aDayAfterAPartirDeIsAStart() {
    List<Finding> f = compared(
        day("a.txt", "15 septembre", "Selon l'enquête, « à partir du 15 septembre », le courtier a pris des risques."),
        day("b.txt", "15 septembre", "Le courtier a commencé à prendre ses positions le 15 septembre."));
    assertEquals("event:start:date=agree", verdicts(f));
  }

  @Test
  void aRetirementEndsACareer() {
    List<Finding> f = compared(
        year("a.txt", "2005", "Le coureur, qui avait pris sa retraite en 2005, revient au peloton."),
        year("b.txt", "2005", "Le coureur avait mis fin à sa carrière en 2005, après sept victoires."));
    assertEquals("event:end:date=agree", verdicts(f));
  }

  @Test
  void daysOfOneKindOfEventMoreThanHalfAMonthApartAreTwoEvents() {
    List<Finding> f = compared(
        day("a.txt", "15 septembre", "Le courtier a commencé à acheter le 15 septembre."),
        day("b.txt", "15 octobre", "La revente des titres débute le 15 octobre."));
    assertEquals("", verdicts(f));
  }

  @Test
  void aWeekdayWithoutAYearIsNotJudgedWhenNoDateIsKnownButItsDayIsCompared() {
    List<Finding> f = compared(
        day("a.txt", "5 juillet", "Le départ de la course sera donné le 5 juillet à Monaco."),
        day("b.txt", "Samedi 4 juillet", "Samedi 4 juillet, les coureurs s'élanceront de Monaco."));
    // no publication date: «samedi» is not checked against a guessed year (no internal inconsistency);
    // the two days of the start are compared by month and day
    assertEquals("event:start:date=conflict", verdicts(f));
  }

  @Test
  void aDurationIsComparedByWhatLastsReadBeforeASpanCue() {
    List<Finding> f = compared(
        lasting("a.txt", "13 jours", 13, "day", "La voisine lui a menti pendant 13 jours.").build(),
        lasting("b.txt", "12 jours", 12, "day", "Selon son frère, la voisine lui aurait menti pendant 12 jours.").build());
    assertEquals("menti:duration=conflict", verdicts(f));
  }

  @Test
  void aDurationIsComparedByTheHeadOfTheNounPhraseBeforeIt() {
    List<Finding> f = compared(
        lasting("a.txt", "trois heures", 3, "hour", "La fête a offert un spectacle de trois heures.").what("spectacle").build(),
        lasting("b.txt", "près de quatre heures", 4, "hour", "Après un spectacle éblouissant de près de quatre heures, la fête s'est close.")
            .low(3.6).high(4.0).qualifier("about").what("éblouissant").build());
    assertEquals("spectacl:duration=conflict", verdicts(f));
  }

  @Test
  void aDurationAfterTheVerbDurerIsComparedByTheVerbsSubject() {
    List<Finding> f = compared(
        lasting("a.txt", "deux heures", 2, "hour", "La conférence qui s'est ouverte à midi a duré deux heures.").build(),
        lasting("b.txt", "trois heures", 3, "hour", "La conférence, très attendue par les élus, a duré trois heures.").build());
    assertEquals("conferenc:duration=conflict", verdicts(f));
  }

  @Test
  void anAdjectiveBeforeTheSubjectOfDurerIsNotWhatLasts() {
    List<Finding> f = compared(
        lasting("a.txt", "deux heures", 2, "hour", "Le grand défilé, très attendu, a duré deux heures.").build(),
        lasting("b.txt", "trois heures", 3, "hour", "Le défilé militaire qui a suivi a duré trois heures.").build());
    assertEquals("defil:duration=conflict", verdicts(f));
  }

  @Test
  void whatLastsNamedByAClassWinsOverTheFrameOfTheSentence() {
    List<Finding> f = compared(
        lasting("a.txt", "trois jours", 3, "day", "Le vieil homme a agonisé pendant trois jours.").build(),
        lasting("b.txt", "quatre jours", 4, "day", "Le vieil homme est décédé après une agonie de quatre jours.")
            .what("agonie").frame("casualties").build());
    assertEquals("agony:duration=conflict", verdicts(f));
  }

  private static Claim year(String article, String text, String sentence) {
    return ClaimBuilder.claim(text).article(article).unit("date").date(text.replaceAll("\\D", ""))
        .entity("place:lyon").sentence(sentence).build();
  }

  @Test
  void yearRangesOfOneStayComparedAcrossOutletsGiveItsStartAndItsEnd() {
    String a = "La chanteuse a vécu au Sénégal de 1992 à 1996, avant de rentrer en France.";
    String b = "Elle a habité près de quatre ans au Sénégal, entre 1991 et 1995.";
    List<Finding> f = compared(year("a.txt", "de 1992", a), year("a.txt", "à 1996", a),
        year("b.txt", "entre 1991", b), year("b.txt", "et 1995", b));
    assertEquals("event:end:date=conflict, event:start:date=conflict", verdicts(f));
  }

  @Test
  void yearsOfOneEventsStartGivenAlikeAgreeAndYearsFarApartAreTwoEvents() {
    List<Finding> same = compared(
        year("a.txt", "de 1992", "La chanteuse a vécu au Sénégal de 1992 à 1996."),
        year("b.txt", "à partir de 1992", "La chanteuse s'installe au Sénégal à partir de 1992."));
    assertEquals("event:start:date=agree", verdicts(same));
    List<Finding> apart = compared(
        year("a.txt", "de 1972", "La chanteuse a vécu au Sénégal de 1972 à 1976."),
        year("b.txt", "à partir de 1992", "La chanteuse s'installe au Sénégal à partir de 1992."));
    assertEquals("", verdicts(apart));
  }

  @Test
  void aRankAfterAVerbOfEndingIsAPlacingNotTheEndOfAnything() {
    List<Finding> f = compared(
        year("a.txt", "2002", "Le grimpeur avait terminé 14e du Giro en 2002, loin des meilleurs."),
        year("b.txt", "2004", "Le grimpeur avait terminé sa carrière en 2004, loin des meilleurs."));
    assertEquals("", verdicts(f));
  }

  @Test
  void durationsOfHoursAreExplainedInHoursAndOfYearsInYears() {
    List<Finding> hours = compared(
        lasting("a.txt", "trois heures", 3, "hour", "La fête a offert un spectacle de trois heures.").what("spectacle").build(),
        lasting("b.txt", "près de quatre heures", 4, "hour", "Après un spectacle éblouissant de près de quatre heures, la fête s'est close.")
            .low(3.6).high(4.0).qualifier("about").what("éblouissant").build());
    String text = hours.get(0).explanation();
    org.junit.jupiter.api.Assertions.assertTrue(text.contains("(2.8–3.3 hours)") && text.contains("(3.6–4 hours)"), text);
    assertEquals("45–45 minutes", FindingText.durationRange(new Interval(45.0 / 1440, 45.0 / 1440)));
    assertEquals("6.5–6.5 years", FindingText.durationRange(new Interval(6.5 * 365.25, 6.5 * 365.25)));
    assertEquals("12–∞ days", FindingText.durationRange(new Interval(12, Double.POSITIVE_INFINITY)));
  }

  @Test
  void aTimeSinceAnEventCountedFromUndatedArticlesIsAChangeNotAConflict() {
    List<Finding> f = compared(
        lasting("a.txt", "onze jours", 11, "day", "On l'a découvert voici onze jours.").build(),
        lasting("b.txt", "15 jours", 15, "day", "L'enfant trouvé il y a 15 jours a été confié à sa tante.").build());
    assertEquals("offset:ago:find:duration~elapsed=changed_over_time", verdicts(f));
  }

  @Test
  void aTimeSinceAnEventCountedFromPublicationDatesNamesTheSameDay() {
    List<Finding> same = compared(
        lasting("a.txt", "onze jours", 11, "day", "On l'a découvert voici onze jours.").published("2008-08-16").build(),
        lasting("b.txt", "15 jours", 15, "day", "L'enfant trouvé il y a 15 jours a été confié à sa tante.")
            .published("2008-08-20").build());
    assertEquals("offset:ago:find:duration~elapsed=compatible", verdicts(same));
    List<Finding> other = compared(
        lasting("a.txt", "onze jours", 11, "day", "On l'a découvert voici onze jours.").published("2008-08-20").build(),
        lasting("b.txt", "15 jours", 15, "day", "L'enfant trouvé il y a 15 jours a été confié à sa tante.")
            .published("2008-08-20").build());
    assertEquals("offset:ago:find:duration~elapsed=conflict", verdicts(other));
  }

  @Test
  void aCountdownToAnEventIsNotComparedWithATimeSinceAnother() {
    List<Finding> f = compared(
        lasting("a.txt", "Cinq mois", 5, "month", "Cinq mois après les émeutes, le moine entame une visite en France.").build(),
        lasting("b.txt", "moins de cinq mois", 5, "month", "Dans moins de cinq mois, la ville accueillera les Jeux.")
            .low(null).high(5.0).qualifier("less_than").build(),
        lasting("c.txt", "100 jours", 100, "day", "A 100 jours des Jeux, la ville organise des festivités.").build());
    assertEquals("", verdicts(f.stream().filter(x -> !x.verdict().equals(Finding.AGREE) && !x.verdict().equals(Finding.COMPATIBLE)).toList()));
  }
}
