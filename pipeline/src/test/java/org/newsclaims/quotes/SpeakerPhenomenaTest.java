package org.newsclaims.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Quote;
import org.newsclaims.text.TextNormaliser;

/** The speaker phenomena of real news, each on French sentences written for the test. */
class SpeakerPhenomenaTest {

  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.fromResources();

  private static Quote quote(String text, String start) {
    String t = TextNormaliser.normalise(text);
    List<Quote> qs = EXTRACTOR.extract(new Article("t.txt", null, null, null, null, t), List.of());
    return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + start + " in " + qs));
  }

  @Test
  void roleDescriptionResolvesToThePersonNamedEarlier() {
    String t = "Le ministre de l'Intérieur, Paul Girard, a visité la caserne lundi. "
        + "« Nous renforcerons les effectifs », a ajouté le ministre.";
    Quote q = quote(t, "Nous renforcerons");
    assertEquals("Paul Girard", q.speaker());
    assertEquals("role", q.method());
  }

  @Test
  void roleAfterTheNameResolvesToo() {
    String t = "Anne Roux, garde des Sceaux, a présenté le texte. "
        + "« La réforme est prête », a déclaré la garde des Sceaux.";
    assertEquals("Anne Roux", quote(t, "La réforme").speaker());
  }

  @Test
  void continuationParagraphKeepsThePreviousSpeaker() {
    String t = "« Nous avons marché des jours », a raconté Claire Fabre.\n"
        + "« Ensuite, nous avons retrouvé la route »\n";
    Quote q = quote(t, "Ensuite");
    assertEquals("Claire Fabre", q.speaker());
    assertEquals("continuation", q.method());
  }

  @Test
  void continuationStopsWhenAnotherPersonIsNamed() {
    String t = "« Nous avons marché des jours », a raconté Claire Fabre.\n"
        + "Le colonel Marc Vidal est arrivé ensuite.\n"
        + "« La route était coupée »\n";
    assertNull(quote(t, "La route").speaker());
  }

  @Test
  void relativeClauseBetweenNameAndVerbIsSkipped() {
    String t = "Le Premier ministre britannique Gordon Brown, dont le pays est touché par la "
        + "crise, a estimé que « la relance doit être mondiale ».";
    assertEquals("Gordon Brown", quote(t, "la relance").speaker());
  }

  @Test
  void invertedClauseAfterTheQuoteNamesTheSpeaker() {
    assertEquals("Luc Morel", quote("« Rien n'est joué », estime Luc Morel.", "Rien").speaker());
    assertEquals("Yves Martin", quote("« Nous verrons », a réagi sur France Inter le "
        + "porte-parole du parti, Yves Martin.", "Nous verrons").speaker());
  }

  @Test
  void organisationsAreTypedOrganisation() {
    Quote elysee = quote("« Le calendrier est tenu », a fait savoir l'Élysée.", "Le calendrier");
    assertEquals("Élysée", elysee.speaker());
    assertEquals("organisation", elysee.speakerType());
    Quote government = quote("« Les otages sont libres », a affirmé le gouvernement colombien.",
        "Les otages");
    assertEquals("gouvernement colombien", government.speaker());
    assertEquals("organisation", government.speakerType());
    Quote union = quote("« Ce projet est inacceptable », a dénoncé le Snes-FSU.", "Ce projet");
    assertEquals("Snes-FSU", union.speaker());
    assertEquals("organisation", union.speakerType());
  }

  @Test
  void anonymousAndCollectiveSpeakersSaySo() {
    Quote adviser = quote("« Rien n'est tranché », confie un conseiller de l'Élysée.", "Rien");
    assertEquals("un conseiller de l'Élysée", adviser.speaker());
    assertEquals("anonymous", adviser.speakerType());
    Quote unions = quote("« Nous ne céderons pas », préviennent les syndicats.", "Nous ne");
    assertEquals("syndicats", unions.speaker());
    assertEquals("collective", unions.speakerType());
  }

  @Test
  void interviewAnswersAreTheIntervieweesWords() {
    String t = "Entretien avec Hélène Dubois, maire de Nantes. Hélène Dubois répond.\n"
        + "Que pensez-vous du projet ?\n"
        + "« Il arrive trop tard »\n";
    Quote q = quote(t, "Il arrive");
    assertEquals("Hélène Dubois", q.speaker());
    assertEquals("interview", q.method());
  }

  @Test
  void aNameInsideTheQuoteIsNotTheSpeaker() {
    Quote q = quote("Le débat a repris.\n« Pierre Lacombe nous a trahis »\n", "Pierre");
    assertNull(q.speaker());
  }

  @Test
  void theObjectOfThePreviousSentenceIsNotTheSpeaker() {
    String t = "M. Jean Perrin a nommé le médiateur Luc Besnard. "
        + "« Chacun devra rendre des comptes », a-t-il affirmé.";
    assertEquals("Jean Perrin", quote(t, "Chacun").speaker());
  }

  @Test
  void weakEvidenceLeavesTheSpeakerEmptyWithLowConfidence() {
    Quote q = quote("« Tout ira bien », a-t-on assuré.", "Tout");
    assertNull(q.speaker());
    assertTrue(q.confidence() < 0.5);
  }

  // roles named once, headings and paragraphs about one person

  @Test
  void roleGivenInNoAppositionIsThePersonJustQuoted() {
    String t = "« Nous avons marché des jours », a raconté Claire Fabre à son arrivée.\n"
        + "Le colonel Marc Vidal a pour sa part révélé que l'opération avait duré une heure.\n"
        + "« Je n'ai rien ressenti à ce moment », a ajouté l'ex-otage.\n";
    Quote q = quote(t, "Je n'ai rien");
    assertEquals("Claire Fabre", q.speaker());
    assertEquals("role", q.method());
  }

  @Test
  void roleUsedBeforeAnyoneSpokeIsNotThePersonJustQuoted() {
    String t = "Selon le procureur, la nourrice a menti pendant douze jours.\n"
        + "Selon Karine Roux, l'enfant a échappé à la « nounou » dans un jardin.\n"
        + "« Nous allons vérifier ses explications », a déclaré le procureur.\n";
    Quote q = quote(t, "Nous allons");
    assertEquals("procureur", q.speaker());
    assertEquals("le procureur", q.speakerMention());
  }

  @Test
  void roleOfAnotherKindIsNotThePersonJustQuoted() {
    String t = "Dans le weekend, Hervé Lebrun avait critiqué le fichier, parlant de "
        + "« curieux mélange des genres ».\n"
        + "« Est-il utile de tout centraliser ? », s'interrogeait le ministre de la Défense.\n"
        + "Lundi, le premier ministre a dû intervenir, expliquant qu'il avait eu "
        + "« l'occasion de dire » à son ministre ce qu'il en pensait.\n";
    assertEquals("Hervé Lebrun", quote(t, "Est-il utile").speaker());
    assertNotEquals("Hervé Lebrun", quote(t, "l'occasion").speaker());
  }

  @Test
  void documentSpeaksForItself() {
    String t = "« Le congé pourrait être payé », a proposé Jean Morel devant la mission.\n"
        + "« Cela peut éviter des hospitalisations coûteuses », note le rapport.\n";
    Quote q = quote(t, "Cela peut");
    assertEquals("rapport", q.speaker());
    assertEquals("organisation", q.speakerType());
  }

  @Test
  void crossheadTakesTheSpeakerOfTheQuoteSharingItsWords() {
    String t = "Le fichier inquiète les syndicats depuis un mois.\n"
        + "« Pas question de ficher les malades »\n"
        + "« Je ne vois pas l'utilité de ce fichier », a lancé Luc Berthier sur une radio.\n"
        + "« Il n'a jamais été question d'écrire sur une fiche que quelqu'un est malade », "
        + "assure Paul Roux.\n";
    Quote q = quote(t, "Pas question");
    assertEquals("Paul Roux", q.speaker());
    assertEquals("heading", q.method());
  }

  @Test
  void crossheadSharingNoWordsStaysUnattributed() {
    String t = "Le fichier inquiète les syndicats depuis un mois.\n"
        + "« Un mois de polémique »\n"
        + "« Je ne vois pas l'utilité de ce fichier », a lancé Luc Berthier sur une radio.\n";
    assertNull(quote(t, "Un mois").speaker());
  }

  @Test
  void paragraphAboutOnePersonGivesTheQuoteOpeningTheNext() {
    String t = "Les directeurs sportifs sont partagés sur ce retour.\n"
        + "Bernard Quilvec, en stage dans les Alpes avec son équipe, regrette que le Texan "
        + "attire toute l'attention.\n"
        + "« Pendant ce temps, on ne parle pas des jeunes. »\n";
    Quote q = quote(t, "Pendant ce temps");
    assertEquals("Bernard Quilvec", q.speaker());
    assertEquals("subject", q.method());
  }

  @Test
  void paragraphSayingNothingGivesNobody() {
    String t = "« Nous avons marché des jours », a raconté Claire Fabre.\n"
        + "Le colonel Marc Vidal est arrivé ensuite au camp.\n"
        + "« La route était coupée. »\n";
    assertNull(quote(t, "La route").speaker());
  }

  @Test
  void paragraphNamingTwoPersonsGivesNobody() {
    String t = "Les directeurs sportifs sont partagés sur ce retour.\n"
        + "Bernard Quilvec et Marc Lenoir regrettent que le Texan attire toute l'attention.\n"
        + "« Pendant ce temps, on ne parle pas des jeunes. »\n";
    assertNull(quote(t, "Pendant ce temps").speaker());
  }

  @Test
  void spokespersonInTheInciseSpeaksForTheBody() {
    String t = "Le ministère de l'Intérieur assure, par la voix de son porte-parole, Gérard "
        + "Garnier, qu'il « n'a jamais été question de ficher les malades ».";
    Quote q = quote(t, "n'a jamais");
    assertEquals("Gérard Garnier", q.speaker());
    assertEquals("person", q.speakerType());
  }

  // fragments in the author's sentence

  @Test
  void pronounSubjectOfAFragmentIsNotAFrontedAdjunct() {
    String t = "Daniel Morvan a parlé hier devant la presse.\n"
        + "Il a rejeté l'hypothèse d'avoir « déplacé des pertes d'un trou à l'autre ».\n"
        + "Il faut dire qu'il était attendu.";
    assertEquals("Daniel Morvan", quote(t, "déplacé").speaker());
  }

  @Test
  void bracketBetweenSubjectAndVerbIsSkipped() {
    String t = "Sophie Rival (PS) a jugé qu'il n'était « plus temps de tergiverser ».";
    assertEquals("Sophie Rival", quote(t, "plus temps").speaker());
  }

  @Test
  void roleBeforeTheNameInAppositionIsSkipped() {
    String t = "Prudent, le maire de Lyon, Paul Morand, espère faire « aussi bien en 2030 ».";
    assertEquals("Paul Morand", quote(t, "aussi bien").speaker());
  }

  @Test
  void relativeClauseQuoteIsItsAntecedents() {
    String t = "Le ministre Jean Castel, la ministre Anne Brunet et le gouverneur Marc Tissot "
        + "--qui avait exprimé plus tôt sa « confiance totale »-- ont quitté la salle.";
    Quote q = quote(t, "confiance totale");
    assertEquals("Marc Tissot", q.speaker());
    assertEquals("subject", q.method());
  }

  @Test
  void sentenceOpeningWithQuiGoesOnWithTheSpeakerBefore() {
    String t = "« Cette loi est mal connue », a souligné hier Jean Lenoir. Qui précise, tout de "
        + "même, que ce texte représente une « énorme avancée » pour les malades.";
    Quote q = quote(t, "énorme avancée");
    assertEquals("Jean Lenoir", q.speaker());
    assertEquals("pronoun", q.method());
  }

  @Test
  void inciseClosingItsSentenceInsideTheQuote() {
    String t = "« Avec le Tour, il y a des doutes, a déclaré Lance Armstrong. Tous connaissent "
        + "son importance. »";
    assertEquals("Lance Armstrong", quote(t, "Avec le Tour").speaker());
  }

  @Test
  void colonAfterAClauseWithALongApposition() {
    String t = "Sophie Richard, une des responsables pour l'Asie de l'organisation, tranche dans "
        + "le vif : « Ces Jeux enterrent l'idée qu'ils apporteraient le meilleur. »";
    Quote q = quote(t, "Ces Jeux");
    assertEquals("Sophie Richard", q.speaker());
    // «trancher» is a speech verb: the apposition skipped, it names its subject explicitly
    assertEquals("explicit", q.method());
  }

  @Test
  void nationalityAfterAnArticleIsARoleNotAName() {
    String t = "L'ancien champion belge Eddy Marchal se déclare « certain » de sa décision.\n"
        + "« La deuxième raison est morale », estime le Belge.";
    Quote q = quote(t, "La deuxième");
    assertEquals("Eddy Marchal", q.speaker());
    assertEquals("role", q.method());
  }

  @Test
  void nationalityNobodyHoldsStaysWithoutSpeaker() {
    Quote q = quote("« La deuxième raison est morale », estime le Belge.", "La deuxième");
    assertNull(q.speaker());
    assertEquals("le Belge", q.speakerMention());
  }

  @Test
  void accuseIsASpeechVerbForEveryFragmentBeforeIt() {
    String t = "Après les « caméras surpuissantes », le fichage est le dernier avatar du « plan "
        + "Orwell » du gouvernement, accuse la Ligue des droits de l'Homme.";
    assertEquals("Ligue des droits de l'Homme", quote(t, "caméras").speaker());
    assertEquals("Ligue des droits de l'Homme", quote(t, "plan").speaker());
  }

  @Test
  void theAccusedAsANounIsStillTheSpeakerPhrase() {
    Quote q = quote("« Je suis innocent », a déclaré l'accusé.", "Je suis");
    assertEquals("l'accusé", q.speakerMention());
  }

  // who a role or a pronoun stands for when the article names no one beside it: the role
  // itself, the subject of the clause before, never the person named nearest who did not speak

  @Test
  void roleTheArticleGivesNoOneIsTheSpeaker() {
    Quote q = quote("L'enquête avance. « Les analyses prendront du temps », a déclaré le "
        + "procureur.", "Les analyses");
    assertEquals("procureur", q.speaker());
    assertEquals("person", q.speakerType());
    assertEquals("role", q.method());
    assertTrue(q.confidence() >= 0.5 && q.confidence() < 0.9, "shown, below a name");
  }

  @Test
  void roleWithItsHolderNamedBesideItIsThatPerson() {
    Quote q = quote("Le procureur de Lyon, Marc Vidal, a ouvert une enquête. « Les analyses "
        + "prendront du temps », a déclaré le procureur.", "Les analyses");
    assertEquals("Marc Vidal", q.speaker());
  }

  @Test
  void objectPronounBeforeTheInvertedVerbIsSkipped() {
    Quote q = quote("Le ministre Paul Roux a reçu les maires lundi. « La France a besoin de "
        + "vous », leur a-t-il dit.", "La France");
    assertEquals("Paul Roux", q.speaker());
    assertEquals("a-t-il dit", q.cue());
  }

  @Test
  void pronounAfterASentenceWhoseSubjectIsATitleIsThatTitleNotThePersonMet() {
    Quote q = quote("Le maire a reçu M. Dupont mardi. « Nous devons agir vite », lui a-t-il "
        + "dit.", "Nous devons");
    assertEquals("maire", q.speaker());
    assertEquals("pronoun", q.method());
  }

  @Test
  void pronounInASentenceAboutATextIsTheText() {
    Quote q = quote("Le président Paul Roux a lu le communiqué. Le communiqué se termine sur une "
        + "note apaisée, puisqu'il appelle Paris à « corriger ses erreurs ».", "corriger");
    assertEquals("communiqué", q.speaker());
    assertEquals("organisation", q.speakerType());
  }

  @Test
  void quotationRunningOverParagraphsTakesTheSpeakerOfItsClosingCue() {
    String t = "Le président a parlé longtemps.\n« Il faut s'engager dans cette bataille.\n"
        + "Les mêmes qui me critiquaient hier me félicitent aujourd'hui.\n"
        + "Laissez-les parler, nous avons à agir », a conclu Marc Durand.\n";
    assertEquals("Marc Durand", quote(t, "Il faut").speaker());
    assertEquals("continuation", quote(t, "Les mêmes").method());
    assertEquals("Marc Durand", quote(t, "Les mêmes").speaker());
    assertEquals("explicit", quote(t, "Laissez-les").method());
  }

  @Test
  void selonABodyBeforeANamedSubjectIsTheBodyNotThePerson() {
    Quote q = quote("Selon la banque, Paul Roux « a menti à tous ses supérieurs ».", "a menti");
    assertEquals("banque", q.speaker());
    assertEquals("organisation", q.speakerType());
  }

  @Test
  void celuiQuiAfterTheVerbGoesOnWithTheSpeakerJustQuoted() {
    String t = "L'ancien champion Eddy Lenoir se dit « certain » que Marc Dumas ne courra pas. "
        + "« Il y a beaucoup de raisons à cela », explique celui qui est un ami du coureur.";
    assertEquals("Eddy Lenoir", quote(t, "Il y a beaucoup").speaker());
  }

  @Test
  void participleOfIntentBeforeTheSpeechVerbIsACue() {
    Quote before = quote("Toutefois, a tenu à prévenir Marc Durand, « nous ne pourrons pas "
        + "tout financer ».", "nous ne pourrons");
    assertEquals("Marc Durand", before.speaker());
    assertEquals("a tenu à prévenir", before.cue());
    Quote after = quote("L'Etat gardera la « minorité de blocage » a voulu rappeler le ministère.",
        "minorité");
    assertEquals("ministère", after.speaker());
  }

  @Test
  void narrativeInfinitiveTakesTheSubjectBetweenEtAndDe() {
    String t = "Le ministre de l'Intérieur, Paul Roux, a répondu aux critiques. Et le ministre "
        + "de conclure : « Nous tiendrons bon ».";
    assertEquals("Paul Roux", quote(t, "Nous tiendrons").speaker());
  }

  @Test
  void twoFrontedAdjunctsBeforeTheSubjectAreSkipped() {
    Quote q = quote("Le 9 mai, s'adressant aux élus, Jean Morel lançait un appel aux maires, "
        + "évoquant « une crise sans précédent ».", "une crise");
    assertEquals("Jean Morel", q.speaker());
    assertEquals("subject", q.method());
  }

  @Test
  void subjectThatIsNoSpeakerGivesTheFragmentNoOne() {
    Quote q = quote("Pour un jeune coureur comme Paul Lenoir, néo-pro chez Cofidis, la perspective "
        + "de croiser le vainqueur du Tour s'apparente à « une chance ».", "une chance");
    assertNull(q.speaker());
  }

  @Test
  void regnalNumberEndsTheNameOfAFragmentsSubject() {
    Quote q = quote("Le 1er juillet, Benoît XVI lançait un appel aux évêques, évoquant « la "
        + "violence que subissent tant de familles ».", "la violence");
    assertEquals("Benoît XVI", q.speaker());
    assertEquals("subject", q.method());
  }

  @Test
  void bodyNamedRightAfterTheOpeningArticleIsTheFragmentsSubject() {
    String t = "Le Syndicat de la magistrature appelle à la mobilisation contre un dispositif "
        + "« attentatoire aux libertés ». Le syndicat se réunira lundi.";
    Quote q = quote(t, "attentatoire");
    assertEquals("Syndicat de la magistrature", q.speaker());
    assertEquals("organisation", q.speakerType());
  }

  @Test
  void nationalityAfterTheOpeningArticleIsNoBodyForAFragment() {
    assertNull(quote("Le Jamaïcain a battu le record du monde du « sprint court ».",
        "sprint").speaker());
  }

  @Test
  void capitalisedQuoteAfterAnArticleIsANameNotTheSubjectsWords() {
    assertNull(quote("Jean Roux a visité lundi le chantier du « Grand Stade ».", "Grand")
        .speaker());
  }

  @Test
  void verbBetweenATitleAndANameMakesNoApposition() {
    String after = "Pour sa part, le dalaï lama a remercié M. Roux pour sa position.\n"
        + "« Les principes comptent », a-t-il déclaré.\n";
    // a heading's present tense, then a clause's auxiliary and participle: neither «le dalaï
    // lama» nor «Paul Roux» is the other's role
    assertNull(quote("Le dalaï lama félicite Paul Roux\n" + after, "Les principes").speaker());
    assertEquals("dalaï lama", quote("Le dalaï lama a félicité Paul Roux.\n" + after,
        "Les principes").speaker());
  }

  @Test
  void bareInstitutionNounIsTheSeatNamedBefore() {
    String t = "L'Élysée s'est contenté d'un bref communiqué. Le gouvernement annoncera « de "
        + "nouvelles dispositions » avant lundi, a ajouté la présidence.";
    Quote q = quote(t, "de nouvelles");
    assertEquals("Élysée", q.speaker());
    assertEquals("organisation", q.speakerType());
  }

  @Test
  void shorterFormOfARoleIsTheSameRole() {
    // «le président Leroy» is a shorter form of «le président de la République», not another
    // office: the pronoun whose antecedent is that title still means him
    String t = "Marc Leroy a défendu jeudi le « pacte » passé avec les élus. Le président de "
        + "la République s'exprimait devant deux cents maires.\nIl a appelé les élus à rester "
        + "« unis face à la crise ».\nLe président Leroy se rendra à Lille lundi.\n";
    assertEquals("Marc Leroy", quote(t, "unis face").speaker());
    // a role with another head word is still another office: «le ministre Girard» is not «le
    // premier ministre»
    String other = "Paul Girard a défendu jeudi le « pacte » passé avec les élus. Le premier "
        + "ministre s'exprimait devant deux cents maires.\nIl a appelé les élus à rester « unis "
        + "face à la crise ».\nLe ministre Girard se rendra à Lille lundi.\n";
    assertNotEquals("Paul Girard", quote(other, "unis face").speaker());
  }

  @Test
  void adjunctBetweenTheVerbAndAnInvertedSubjectIsSkipped() {
    assertEquals("Anne Roux", quote("« Le texte est prêt », notait d'ailleurs la ministre Anne "
        + "Roux.", "Le texte").speaker());
    assertEquals("Anne Roux", quote("« Le texte est prêt », notait lors de son audition la "
        + "ministre Anne Roux.", "Le texte").speaker());
  }

  @Test
  void longAppositionAfterTheNameIsSkipped() {
    String t = "Des économistes comme Marc Vidal, professeur de finance à l'université de "
        + "Lyon (Rhône), assurent que la reprise sera « lente et fragile ».";
    assertEquals("Marc Vidal", quote(t, "lente").speaker());
  }

  @Test
  void bodyNamedAfterItsChair() {
    String t = "La commission chargée de revoir la carte scolaire, présidée par le député Paul "
        + "Girard, refuse de « fermer des classes ».\nLa commission suggère aussi un « plan "
        + "de rattrapage ».";
    assertEquals("commission Girard", quote(t, "fermer").speaker());
    Quote later = quote(t, "plan de");
    assertEquals("commission Girard", later.speaker());
    assertEquals("organisation", later.speakerType());
  }

  @Test
  void shortAdjunctWithoutCommaBeforeTheSubject() {
    String t = "En outre le rapport veut simplifier les règles, soulignant qu'il s'agit d'un "
        + "« chantier prioritaire ».";
    assertEquals("rapport", quote(t, "chantier").speaker());
    // a comma closing the adjunct before a subject: that subject speaks, not the noun inside
    String c = "Dans le rapport publié mardi, la ministre Anne Roux juge la réforme « urgente ».";
    assertEquals("Anne Roux", quote(c, "urgente").speaker());
  }

  @Test
  void aSubjectFollowingTheFirstCommaOpensTheClause() {
    String t = "Le président de la Fédération nationale (FNT), Marc Vidal, a clôturé dimanche "
        + "les championnats, qualifiés de « vraiment réussis ».";
    assertEquals("Marc Vidal", quote(t, "vraiment").speaker());
  }

  @Test
  void bracketAndAppositionBetweenABodyAndItsVerb() {
    String t = "L'ordre des infirmiers (voir notre entretien), d'ordinaire discret sur ce sujet, "
        + "affirme être « prêt » à en discuter.";
    assertEquals("ordre des infirmiers", quote(t, "prêt").speaker());
  }

  @Test
  void secondFragmentOfAQuiPreciseSentence() {
    String t = "« Le plan est mal connu », a souligné hier Paul Girard. Qui précise que ce plan "
        + "reste une « vraie avancée » permettant d'aider « neuf familles sur dix ».";
    assertEquals("Paul Girard", quote(t, "vraie").speaker());
    assertEquals("Paul Girard", quote(t, "neuf familles").speaker());
  }
}
