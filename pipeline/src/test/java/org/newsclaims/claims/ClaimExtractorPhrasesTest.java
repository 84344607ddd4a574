package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;

/**
 * Table-driven checks of the claim grammar on sentences written for the tests, grouped by
 * phenomenon. Each row: sentence | value | low | high | unit | qualifier (empty = null).
 */
class ClaimExtractorPhrasesTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.fromResources();

  static List<Claim> claims(String sentence, String published) {
    Article a = new Article("t.txt", "", published, null, null, sentence);
    return EXTRACTOR.extract(a, List.of(), List.of());
  }

  static List<Claim> numeric(String sentence) {
    // dates and times of day are claims of their own (ClockTimesTest), not amounts
    return claims(sentence, null).stream().filter(c -> !"date".equals(c.unit()) && !"time".equals(c.unit())).toList();
  }

  static void check(String sentence, Double value, Double low, Double high, String unit,
      String qualifier) {
    List<Claim> found = numeric(sentence);
    assertFalse(found.isEmpty(), () -> "no claim in: " + sentence);
    Claim c = found.get(0);
    String where = sentence + " -> " + c;
    assertEquals(unit, c.unit(), where);
    assertEquals(qualifier, c.qualifier(), where);
    assertNear(value, c.value(), where);
    assertNear(low, c.low(), where);
    assertNear(high, c.high(), where);
  }

  private static void assertNear(Double expected, Double actual, String where) {
    if (expected == null) {
      assertNull(actual, where);
    } else {
      assertTrue(actual != null && Math.abs(expected - actual) < 0.01,
          () -> "expected " + expected + " got " + actual + " in " + where);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "L'armée a capturé 430 soldats.|430|430|430|count|exact",
      "Ils ont repris 1.100 km2 de territoire.|1100|1100|1100|km2|exact",
      "Ils ont repris 1 000 km2 de territoire.|1000|1000|1000|km2|exact",
      "La ville compte 12 500 habitants.|12500|12500|12500|count|exact",
      "Le pays compte 2.000.000 habitants.|2000000|2000000|2000000|count|exact",
      "Le taux atteint 1,5 % cette année.|1.5|1.5|1.5|percent|exact",
      "Le chantier a coûté 1 100,25 euros.|1100.25|1100.25|1100.25|currency:EUR|exact",
      "La région compte 2,3 millions d'habitants.|2300000|2300000|2300000|count|exact",
      "Le projet coûte 1,5 Md€ à l'Etat.|1500000000|1500000000|1500000000|currency:EUR|exact",
      "Le budget est de 3 millions d'euros.|3000000|3000000|3000000|currency:EUR|exact",
      "L'aide atteint 2 milliards de dollars.|2000000000|2000000000|2000000000|currency:USD|exact",
      "La facture s'élève à 250 €.|250|250|250|currency:EUR|exact",
      "Il a versé 40 dollars.|40|40|40|currency:USD|exact",
      "Le village a accueilli 35 réfugiés.|35|35|35|count|exact",
      "Les pompiers ont secouru 7 randonneurs.|7|7|7|count|exact",
      "Le fonds dispose de 10 000 €.|10000|10000|10000|currency:EUR|exact",
      "Ils ont parcouru 12,5 km à pied.|12.5|12.5|12.5|km|exact",
      "On a compté 3 000 manifestants.|3000|3000|3000|count|exact",
      "La mairie a planté 150 arbres.|150|150|150|count|exact",
      "Le prix a baissé de 0,5 %.|0.5|0.5|0.5|percent|exact",
      "La production varie de -3 % sur un an.|-3|-3|-3|percent|exact",
      "Le solde atteint +12 % en un an.|12|12|12|percent|exact",
      "Il a relevé une erreur qui porte sur 24 bulletins.|24|24|24|count|exact",
  })
  void readsDigitsInFrenchTypography(String s, Double v, Double lo, Double hi, String u,
      String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont libéré vingt-quatre localités.|24|24|24|count|exact",
      "Elle a reçu quatre-vingt-six lettres.|86|86|86|count|exact",
      "Il a visité soixante et onze communes.|71|71|71|count|exact",
      "Le club compte deux cents membres.|200|200|200|count|exact",
      "La foule réunissait mille personnes.|1000|1000|1000|count|exact",
      "La région compte trois millions d'habitants.|3000000|3000000|3000000|count|exact",
      "Il a vendu septante voitures.|70|70|70|count|exact",
      "Elle a écrit nonante poèmes.|90|90|90|count|exact",
      "Ils ont arrêté dix-sept suspects.|17|17|17|count|exact",
      "Le groupe compte quatre-vingts membres.|80|80|80|count|exact",
      "L'école accueille quatre-vingt-dix-neuf élèves.|99|99|99|count|exact",
      "Le camp abrite deux mille cinq cents réfugiés.|2500|2500|2500|count|exact",
      "Ils ont détruit trente-deux chars.|32|32|32|count|exact",
      "Il a passé vingt et un jours en mer.|21|21|21|day|exact",
      "La ville a perdu cinq habitants.|5|5|5|count|exact",
      "Le tribunal a condamné trois prévenus.|3|3|3|count|exact",
      "Il a gagné cent euros.|100|100|100|currency:EUR|exact",
      "Elle a couru huit kilomètres.|8|8|8|km|exact",
      "Le stade compte quarante mille places.|40000|40000|40000|count|exact",
      "Le pays a envoyé soixante-quinze avions.|75|75|75|count|exact",
  })
  void readsNumbersInWords(String s, Double v, Double lo, Double hi, String u, String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Une dizaine de soldats ont été blessés.|10|8|12|count|about",
      "Une trentaine de maisons ont brûlé.|30|24|36|count|about",
      "Une centaine de manifestants étaient présents.|100|80|120|count|about",
      "Un millier de personnes ont fui.|1000|800|1200|count|about",
      "Deux centaines de camions attendent.|200|160|240|count|about",
      "Des centaines de civils ont fui.||200|900|count|vague",
      "Des dizaines de milliers de soldats sont morts.||20000|90000|count|vague",
      "Plusieurs centaines de kilomètres carrés sont occupés.||200|900|km2|vague",
      "Quelques milliers de soldats sont engagés.||2000|9000|count|vague",
      "Des milliers de personnes ont manifesté.||2000|9000|count|vague",
      "Des dizaines de maisons sont détruites.||20|90|count|vague",
      "Plusieurs milliers de réfugiés arrivent.||2000|9000|count|vague",
      "Une vingtaine de blessés ont été soignés.|20|16|24|count|about",
      "Une quinzaine de jours ont passé.|15|12|18|day|about",
      "Des millions de personnes ont regardé.||2000000|9000000|count|vague",
      "Il a causé la mort de dizaines de milliers de civils.||20000|90000|count|vague",
      "Une cinquantaine d'élus ont signé.|50|40|60|count|about",
      "Quelques centaines de mètres les séparent.||200|900|m|vague",
  })
  void readsApproximateNouns(String s, Double v, Double lo, Double hi, String u, String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "La moitié du territoire est occupée.|50|50|50|percent|exact",
      "Un tiers des électeurs s'est abstenu.|33.33|33.33|33.33|percent|exact",
      "Trois quarts des habitants ont voté.|75|75|75|percent|exact",
      "Deux tiers des députés ont approuvé.|66.67|66.67|66.67|percent|exact",
      "Un habitant sur deux a voté.|50|50|50|percent|exact",
      "Un sur deux est parti.|50|50|50|percent|exact",
      "Plus de la moitié des maisons sont détruites.|50|50|100|percent|more_than",
      "Un quart des écoles sont fermées.|25|25|25|percent|exact",
      "Trois élèves sur dix ont échoué.|30|30|30|percent|exact",
      "Près de la moitié des lits sont occupés.|50|45|50|percent|about",
  })
  void readsFractions(String s, Double v, Double lo, Double hi, String u, String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le parti a obtenu 86% des voix.|86|86|86|percent|exact",
      "Le parti a obtenu 86 % des voix.|86|86|86|percent|exact",
      "Le parti a obtenu 86 pour cent des voix.|86|86|86|percent|exact",
      "L'incendie a ravagé 40 km² de forêt.|40|40|40|km2|exact",
      "L'incendie a ravagé 40 kilomètres carrés de forêt.|40|40|40|km2|exact",
      "Le feu a détruit 300 hectares de pins.|300|300|300|hectare|exact",
      "La colonne s'étend sur 20 km le long de la route.|20|20|20|km|exact",
      "Le mur mesure 300 mètres de long.|300|300|300|m|exact",
      "La trêve durera 30 jours selon l'accord.|30|30|30|day|exact",
      "Le siège a duré 3 semaines entières.|3|3|3|week|exact",
      "Les travaux dureront 18 mois au total.|18|18|18|month|exact",
      "Le conflit a duré 10 ans sans répit.|10|10|10|year|exact",
      "La grève a duré 48 heures pleines.|48|48|48|hour|exact",
      "Le contrat vaut 5 millions d'euros.|5000000|5000000|5000000|currency:EUR|exact",
      "L'Etat a débloqué 2 M€ pour l'école.|2000000|2000000|2000000|currency:EUR|exact",
      "Le navire transporte 40 000 tonnes de blé.|40000|40000|40000|tonne|exact",
      "La saisie porte sur 12 kg de cocaïne.|12|12|12|kg|exact",
      "Le prêt atteint 300 francs suisses.|300|300|300|currency:CHF|exact",
      "Le billet coûte 20 livres sterling.|20|20|20|currency:GBP|exact",
      "Le chômage a reculé de 2 points de pourcentage.|2|2|2|percent|exact",
      "La zone couvre 2 ha de friches.|2|2|2|hectare|exact",
      "Le pont mesure 1,2 kilomètre de long.|1.2|1.2|1.2|km|exact",
      "Le trajet prend trois quarts d'heure en bus.|0.75|0.75|0.75|hour|exact",
      "Le chemin fait 1/2 kilomètre jusqu'au lac.|0.5|0.5|0.5|km|exact",
      "La société a levé $ 40 millions auprès des banques.|40000000|40000000|40000000|currency:USD|exact",
      "Le crédit atteint EUR 1000 par ménage.|1000|1000|1000|currency:EUR|exact",
      "Au guichet, le ticket coûte 15 euros 50.|15.5|15.5|15.5|currency:EUR|exact",
      "Le café coûte 2 dollars et 30 cents ici.|2.3|2.3|2.3|currency:USD|exact",
  })
  void readsUnits(String s, Double v, Double lo, Double hi, String u, String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ingrid Betancourt, 46 ans, est rentrée en France.|46|Ingrid Betancourt",
      "Le trader Jérôme Kerviel (31 ans) a été mis en examen.|31|Jérôme Kerviel",
      "Le dalaï-lama, qui est âgé de 73 ans, a été reçu au Sénat.|73|dalaï-lama",
      "Dans la vidéo, cette femme de 46 ans était apparue amaigrie.|46|femme",
  })
  void readsAPersonsAgeWithWhoseAgeItIs(String s, double age, String who) {
    assertOneClaim(s, "age", age, who);
  }

  /** The sentence gives exactly one numeric claim, of this unit, value and counted noun. */
  static void assertOneClaim(String s, String unit, double value, String what) {
    List<Claim> found = numeric(s);
    assertEquals(1, found.size(), () -> s + " -> " + found);
    assertEquals(unit, found.get(0).unit(), found::toString);
    assertEquals(value, found.get(0).value(), 1e-9);
    assertEquals(what, found.get(0).what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Agé de 37 ans, le coureur a annoncé son retour.|37|coureur",
      "Âgée de 34 ans et mère de famille, la jeune femme a témoigné.|34|jeune femme",
      "Agée de 52 ans, Marie Dupont réclame le droit de mourir.|52|Marie Dupont",
  })
  void readsAFrontedAgeWithTheSubjectAfterIt(String s, double age, String who) {
    readsAPersonsAgeWithWhoseAgeItIs(s, age, who);
  }

  @Test
  void readsTheAgeOfANounOfSeveralWords() {
    readsAPersonsAgeWithWhoseAgeItIs("Le vieux pêcheur, 81 ans, a regagné le port.", 81, "vieux pêcheur");
  }

  @Test
  void aCoordinatedPredicateGivesTheAgeOfTheNameBeforeEt() {
    readsAPersonsAgeWithWhoseAgeItIs("Le comptable mis en cause se prénomme Marc et est âgé de 41 ans.", 41, "Marc");
  }

  @Test
  void aPlaceBeforeACoordinatedAgeIsNoPerson() {
    List<Claim> found = numeric("Le comptable vit à Lyon et est âgé de 41 ans.");
    assertTrue(found.stream().noneMatch(c -> "age".equals(c.unit())), found::toString);
  }

  @Test
  void theAgeOfSomeoneUnnamedIsNoClaim() {
    assertTrue(numeric("Elle a 46 ans depuis mardi.").stream().noneMatch(c -> "age".equals(c.unit())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Elle a été otage pendant six ans et demi.|6.5|6.5|6.5|year",
      "Elle a passé six ans et quatre mois dans la jungle.|6.3333|6.3333|6.3333|year",
      "La réunion a duré deux heures et demie.|2.5|2.5|2.5|hour",
      "Le spectacle a duré 50 minutes.|50|50|50|minute",
      "Ils disposent de deux mois et un jour pour faire appel.|2.0329|2.0329|2.0329|month",
  })
  void readsATwoPartDurationAsOneDuration(String s, Double v, Double lo, Double hi, String u) {
    List<Claim> found = numeric(s);
    assertEquals(1, found.size(), () -> s + " -> " + found);
    check(s, v, lo, hi, u, "exact");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont repris plus de 86% de la zone.|86|86|100|percent|more_than",
      "Ils ont repris plus de 1.100 km2 de territoire.|1100|1100||km2|more_than",
      "Moins de 20 % des électeurs ont voté.|20|0|20|percent|less_than",
      "Au moins 12 personnes ont été tuées.|12|12||count|at_least",
      "Au plus 30 soldats ont survécu.|30|0|30|count|at_most",
      "Jusqu'à 500 personnes peuvent entrer.|500|0|500|count|at_most",
      "Près de 200 personnes ont fui.|200|180|200|count|about",
      "Environ 300 soldats sont morts.|300|270|330|count|about",
      "Quelque 300 soldats sont morts.|300|270|330|count|about",
      "Presque 90 % des maisons sont détruites.|90|81|90|percent|about",
      "La zone occupée dépasse les 1 000 km².|1000|1000||km2|more_than",
      "Plus d'un million de personnes ont fui.|1000000|1000000||count|more_than",
      "Pas moins de 40 navires ont coulé.|40|40||count|at_least",
      "Ils ont tué 300 soldats environ.|300|270|330|count|about",
      "Un peu plus de 50 % des votants ont dit oui.|50|50|100|percent|more_than",
      "Autour de 70 blessés ont été recensés.|70|63|77|count|about",
      "Quasiment 100 % des écoles sont fermées.|100|90|100|percent|about",
      "Au-delà de 60 ans la retraite commence.|60|60||year|more_than",
      "Au maximum 15 jours de congé sont accordés.|15|0|15|day|at_most",
      "Moins d'un tiers des élus a voté.|33.33|0|33.33|percent|less_than",
      "Exactement 42 candidats se présentent.|42|42|42|count|exact",
      "Les pertes dépassent 2 000 hommes.|2000|2000||count|more_than",
      "Plus de 3 000 foyers sont privés d'électricité.|3000|3000||count|more_than",
      "Moins de 500 électeurs se sont déplacés.|500|0|500|count|less_than",
      "Environ 40 % des routes sont coupées.|40|36|44|percent|about",
      "Au moins 7 civils ont été blessés dans l'attaque.|7|7||count|at_least",
      "Le fichier recense les mineurs dès 13 ans.|13|13||year|at_least",
      "Le fichier recense les jeunes à partir de 13 ans.|13|13||year|at_least",
      "Le fichier vise les jeunes de 13 ans et plus.|13|13||year|at_least",
  })
  void readsQualifiersAndBounds(String s, Double v, Double lo, Double hi, String u, String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mais plus d'une semaine de combats n'a rien changé.|1|1||week|more_than",
      "Le convoi s'est arrêté à moins d'un kilomètre du pont.|1|0|1|km|less_than",
      "Les négociations ont duré près d'un an.|1|0.9|1|year|about",
      "La panne a duré plus d'une heure dans le quartier.|1|1||hour|more_than",
      "Il reste moins d'un mois avant le scrutin.|1|0|1|month|less_than",
      "Le chantier a pris au moins un an de retard.|1|1||year|at_least",
      "La file s'étire sur environ un kilomètre.|1|0.9|1.1|km|about",
      "Le chômage a reculé de plus d'un point de pourcentage.|1|1|100|percent|more_than",
  })
  void readsBoundedAmountsOfOneUnit(String s, Double v, Double lo, Double hi, String u,
      String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le film du festival dure une heure.|1|1|1|hour|exact",
      "Ils ont publié un enregistrement d'une heure.|1|1|1|hour|exact",
      "Le discours du préfet a duré une minute.|1|1|1|minute|exact",
  })
  void readsOneHourOrMinuteAsAShortDuration(String s, Double v, Double lo, Double hi, String u,
      String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "L'entrevue au palais a duré une demi-heure.|0.5|0.5|0.5|hour|exact",
      "L'entretien a duré environ une demi-heure, selon l'Elysée.|0.5|0.45|0.55|hour|about",
      "Le match a été interrompu pendant deux demi-heures.|1|1|1|hour|exact",
  })
  void readsHalfAnHourAsHalfOfAnHour(String s, Double v, Double lo, Double hi, String u,
      String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Un article est une unité de texte.",
      "Ils ont observé une minute de silence.",
      "Le train part à une heure précise.",
      "Il a pris un jour de congé pour la fête.",
      "La réunion a duré une heure de trop selon lui.",
      "Il reste une demi-heure de cours avant la sortie.",
      "La demi-finale de la coupe aura lieu samedi.",
      "Une semaine plus tard, le maire a démissionné.",
      "Le député entame une troisième semaine de grève.",
      "Il brigue un cinquième mandat à la mairie.",
  })
  void keepsUnAloneAsAnArticle(String s) {
    assertTrue(numeric(s).isEmpty(), () -> s + " -> " + numeric(s));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Le garçon de 2 ans et demi a été retrouvé seul dans un immeuble.",
      "Ses proches militaient depuis six ans et demi pour sa libération.",
      "La fillette de trois ans et demi jouait dans la cour.",
  })
  void aHalfClosingAQuantityIsNoShareOfItsOwn(String s) {
    assertTrue(numeric(s).stream().noneMatch(c -> "percent".equals(c.unit())),
        () -> s + " -> " + numeric(s));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Entre 10 et 20 soldats ont été tués.||10|20|count|range",
      "La hausse sera de 5 à 7 % cette année.||5|7|percent|range",
      "Ils avancent d'un à deux kilomètres par jour.||1|2|km|range",
      "Les travaux dureront 2 ou 3 jours.||2|3|day|range",
      "Entre 300 et 400 personnes sont venues.||300|400|count|range",
      "Il faut de 2 à 3 heures en voiture.||2|3|hour|range",
      "La baisse est de 5 % à 7 % selon les régions.||5|7|percent|range",
      "Le billet coûte entre 20 et 30 euros.||20|30|currency:EUR|range",
      "Entre deux et trois semaines seront nécessaires.||2|3|week|range",
      "La crue couvre de 100 à 200 hectares.||100|200|hectare|range",
      "Entre 1 000 et 1 500 manifestants ont défilé.||1000|1500|count|range",
      "Le loyer varie de 600 à 800 euros par mois.||600|800|currency:EUR|range",
      "Il faudra entre 3 et 5 ans pour reconstruire.||3|5|year|range",
  })
  void readsRanges(String s, Double v, Double lo, Double hi, String u, String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "L'armée a repris entièrement le contrôle de la région.|100|100|100|percent|total",
      "Les troupes ont complètement libéré la ville.|100|100|100|percent|total",
      "Les rebelles contrôlent totalement la province.|100|100|100|percent|total",
      "L'armée a repris la totalité du territoire.|100|100|100|percent|total",
      "Les forces occupent tout le territoire de la province.|100|100|100|percent|total",
      "L'armée contrôle toute la région désormais.|100|100|100|percent|total",
      "Ils ont repris l'ensemble de la zone frontalière.|100|100|100|percent|total",
      "Le ministre a salué la reprise totale de la région.|100|100|100|percent|total",
      "La dernière localité de la région a été libérée hier.|100|100|100|percent|total",
      "La ville a été presque entièrement détruite.||90|100|percent|about",
      "La ville a été presque complètement détruite.||90|100|percent|about",
      "L'ennemi occupe la quasi-totalité de la région.||90|100|percent|about",
      "Ils occupent encore quelques poches dans la zone.||0|10|percent|vague",
      "Ils occupent une petite partie de la région.||0|20|percent|vague",
      "Les rebelles contrôlent la majeure partie du pays.||50|100|percent|vague",
      "Le quartier a été entièrement rasé par les bombes.|100|100|100|percent|total",
  })
  void readsTotality(String s, Double v, Double lo, Double hi, String u, String q) {
    check(s, v, lo, hi, u, q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ses espoirs se sont complètement effondrés.",
      "Il étudie complètement la proposition.",
      "Il a exprimé son espoir que la région soit complètement libérée.",
      "Les forces n'étaient pas entièrement chassées de la région.",
      "C'est une première pour le président.",
      "Le premier ministre est arrivé.",
      "Lire aussi : le Top 10 des pays producteurs de maïs.",
      "La guerre a commencé en 2022 dans le pays.",
      "Appelez le 01 23 45 67 89 pour réserver.",
      "Le rendez-vous est fixé à 14h30 devant la mairie.",
      "La réunion commence à 10 heures au siège.",
      "Le 2e régiment a quitté la ville.",
      "Il est arrivé 3ème de la course.",
      "Le vol Apollo 11 a marqué l'histoire.",
      "L'article 49 de la Constitution a été utilisé.",
      "Le dossier 2025031245 a été classé.",
      "Un homme âgé de 45 ans a été interpellé.",
      "Il a regardé la série Les Deux Frères.",
      "Le document est daté du 12/03/2025 dans le registre.",
      "Il est né en 1975 à Lyon.",
      "Le numéro 7 a marqué le but.",
      "Une femme a été blessée.",
      "Le Paris 2024 a été un succès.",
      "Le n° 5 de la liste a été élu.",
      "Le bureau ouvre de 19h-20h chaque soir.",
  })
  void ignoresWhatIsNoClaim(String s) {
    assertTrue(numeric(s).isEmpty(), () -> s + " -> " + numeric(s));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Il est venu le 12 mars 2025 à Paris.||12 mars 2025|2025-03-12|",
      "Il est venu le 26 avril 2025 à Paris.||26 avril 2025|2025-04-26|",
      "L'offensive a commencé en août 2024.||août 2024|2024-08|",
      "L'offensive a commencé début août 2024.||début août 2024|2024-08|",
      "Le défilé aura lieu le 1er mai.|2025-04-20|1er mai|2025-05-01|",
      "Il est venu mardi 12 mars.|2025-03-14|mardi 12 mars|2025-03-12|mardi",
      "Il a parlé mercredi devant la presse.|2025-03-14|mercredi|2025-03-12|mercredi",
      "Il a parlé mercredi devant la presse.||mercredi||mercredi",
      "Il est venu l'année dernière.|2025-03-14|l'année dernière|2024|",
      "Il est venu la semaine dernière.|2025-03-14|la semaine dernière|2025-W10|",
      "Ils occupent la zone depuis août.|2025-03-14|août|2024-08|",
      "Le sommet s'est tenu le 28 décembre.|2025-01-05|28 décembre|2024-12-28|",
      "Il est venu le 12 mars.|2025-06-01|12 mars|2025-03-12|",
      "Il est venu jeudi 13 mars 2025.||jeudi 13 mars 2025|2025-03-13|jeudi",
      "La loi a été votée en 2022.||2022|2022|",
      "Il a démissionné mi-août.|2024-09-10|mi-août|2024-08|",
      "Il est rentré hier soir.|2025-03-14|hier|2025-03-13|",
      "Le traité date du 14 juillet 1789.||14 juillet 1789|1789-07-14|",
      "Il est reparti le mois dernier.|2025-03-14|le mois dernier|2025-02|",
      "Elle a voté le premier mars.|2025-03-14|premier mars|2025-03-01|",
  })
  void readsDates(String s, String published, String text, String date, String weekday) {
    List<Claim> d = claims(s, published).stream().filter(c -> "date".equals(c.unit())).toList();
    assertEquals(1, d.size(), () -> s + " -> " + d);
    assertEquals(text, d.get(0).text(), s);
    assertEquals(date, d.get(0).date(), s);
    assertEquals(weekday, d.get(0).weekday(), s);
  }

  @org.junit.jupiter.api.Test
  void keepsEveryDecimalOfAStatedFigure() {
    Claim c = numeric("Le taux atteint 9,2321312 % cette année.").get(0);
    assertEquals(9.2321312, c.value());
    assertEquals(9.2321312, c.low());
    assertEquals(9.2321312, c.high());
  }

  @org.junit.jupiter.api.Test
  void roundsAwayFloatingPointNoiseOnly() {
    // 1,1 x 1 000 is 1100.0000000000002 in binary floating point
    assertEquals(1100.0, numeric("Ils ont vendu 1,1 millier de billets.").get(0).value());
  }
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "La banque a licencié trois de ses courtiers en octobre.|3|courtiers",
      "Deux de ces marins ont été retrouvés vivants.|2|marins",
      "Quatre des otages ont été libérés samedi.|4|otages",
  })
  void aPartOfANamedSetIsCountedWithItsNoun(String s, double value, String what) {
    assertOneClaim(s, "count", value, what);
  }

  @Test
  void aPartOfAnotherNumberIsNoCount() {
    List<Claim> found = numeric("Deux des cinq accusés ont fait appel.");
    assertTrue(found.stream().noneMatch(c -> c.value() != null && c.value() == 2.0), found::toString);
  }

  @Test
  void theOthersBesidesThoseNamedAreCountedWithTheirNoun() {
    List<Claim> claims = numeric("L'armée a libéré Ingrid Betancourt et 14 autres otages mercredi.");
    assertEquals(1, claims.size(), () -> claims.toString());
    assertEquals("autres otages", claims.get(0).what());
    assertEquals(14.0, claims.get(0).value());
  }

  /**
   * Bare amounts after amounts in a currency: once an article gives its figures in euros, a
   * «2 milliards» with no «de» and noun after it is in euros too; a count with its noun is not.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "La région a reçu 3 milliards d'euros. Le département du Nord, lui, touchera 1,2 milliard.|1200000000|currency:EUR",
      "Le groupe a perdu 640 millions d'euros en juin et 120 millions en juillet.|120000000|currency:EUR",
      "Le fonds a levé 300 millions de dollars. Un milliard sera investi d'ici 2030.|1000000000|currency:USD",
      "Le club a dépensé 80 millions d'euros. Deux millions de supporters l'ont suivi.|2000000|count",
  })
  void bareAmountAfterAmountsInACurrencyTakesThatCurrency(String text, double value, String unit) {
    Claim c = numeric(text).get(1);
    assertEquals(unit, c.unit(), text + " -> " + c);
    assertNear(value, c.value(), text);
  }

  @Test
  void bareAmountFarFromAnyCurrencyIsNoAmount() {
    String text = "Le budget atteint 12 millions d'euros. La ville a grandi. Les routes sont neuves. "
        + "Le parc a rouvert. Le maire est content. Quatre milliards regardaient.";
    assertTrue(numeric(text).stream().noneMatch(c -> c.unit() != null && c.unit().startsWith("currency:")
        && c.value() != null && c.value() == 4e9), () -> numeric(text).toString());
  }

  /** «0,75 point» of a rate is a percentage point; a whole number of points is a score, and an index's level is no share. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "La banque centrale a relevé son taux de 0,25 point.|0.25|0.25|0.25|percent|exact",
      "Le chômage a reculé de 1,5 point en un an.|1.5|1.5|1.5|percent|exact",
  })
  void decimalPointsOfARateArePercentagePoints(String sentence, Double value, Double low, Double high, String unit,
      String qualifier) {
    check(sentence, value, low, high, unit, qualifier);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "L'équipe compte trois points d'avance sur son rival.",
      "L'indice a clôturé à 3.245,67 points.",
  })
  void wholePointsAndIndexLevelsAreNoPercentagePoints(String sentence) {
    assertTrue(numeric(sentence).stream().noneMatch(c -> "percent".equals(c.unit())), () -> numeric(sentence).toString());
  }
}
