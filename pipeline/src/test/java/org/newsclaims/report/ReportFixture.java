package org.newsclaims.report;

import java.util.List;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;
import org.newsclaims.model.QuoteBuilder;

/**
 * Two stories told by a few outlets, written for the report tests: an earthquake whose toll the
 * outlets dispute (a conflict, a rise over time, an agreement, a quote worded two ways, and
 * figures only one outlet gives), and a rail strike on which they agree.
 */
final class ReportFixture {

  static final String QUAKE = "s-0a1b2c3d";
  static final String STRIKE = "s-9f8e7d6c";
  static final String QUIET = "s-55555555";

  private ReportFixture() {}

  static List<StoryInfo> stories() {
    return List.of(
        new StoryInfo(STRIKE, "Grève à la SNCF : un train sur trois circule", "2024-05-02", "2024-05-02", 0, 2,
            List.of("Le Parisien", "Ouest-France"), 2, 2),
        new StoryInfo(QUAKE, "Séisme dans le Haut-Atlas : le bilan s'alourdit", "2024-05-01", "2024-05-03", 1, 4,
            List.of("La Dépêche", "Le Matin"), 3, 3),
        new StoryInfo(QUIET, "Fête de la fraise à Plougastel", "2024-06-08", "2024-06-08", 0, 1,
            List.of(), 1, 1));
  }

  /** The same stories in the opposite order. */
  static List<StoryInfo> storiesReversed() {
    List<StoryInfo> reversed = new java.util.ArrayList<>(stories());
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  static List<ArticleInfo> articles() {
    return List.of(
        new ArticleInfo("seisme-matin.txt", "Séisme : au moins 18 morts", "2024-05-01", "Le Matin", "header", QUAKE,
            "seisme-matin.txt"),
        new ArticleInfo("seisme-depeche.txt", "Le bilan du séisme", "2024-05-03", "La Dépêche", "header", QUAKE,
            "seisme-depeche.txt"),
        new ArticleInfo("seisme-copie.txt", "Séisme : le bilan", "2024-05-01", "Info Express", "story", QUAKE,
            "seisme-matin.txt"),
        new ArticleInfo("seisme-blog.txt", "Secousse", null, null, null, QUAKE, "seisme-blog.txt"),
        new ArticleInfo("greve-parisien.txt", "Grève SNCF", "2024-05-02", "Le Parisien", "header", STRIKE,
            "greve-parisien.txt"),
        new ArticleInfo("greve-ouest.txt", "Les trains à l'arrêt", "2024-05-02", "Ouest-France", "header", STRIKE,
            "greve-ouest.txt"),
        new ArticleInfo("fraise.txt", "La fraise à l'honneur", "2024-06-08", null, "header", QUIET, "fraise.txt"));
  }

  static Finding tollConflict() {
    return FindingBuilder.finding(Finding.CONFLICT).id("f-toll").story(QUAKE).entity("place:haut-atlas", "Haut-Atlas")
        .property("deaths:count", "people killed")
        .claim(ClaimBuilder.claim("12 morts").article("seisme-blog.txt").value(12)
            .sentence("Le séisme a fait 12 morts selon un habitant.").build())
        .claim(ClaimBuilder.claim("au moins 40 morts").article("seisme-depeche.txt").values(40.0, 40.0, null)
            .qualifier("at_least").speaker("protection civile").date("2024-05-03").published("2024-05-03")
            .sentence("La protection civile fait état d'au moins 40 morts.").build())
        .explanation("Sources disagree on the people killed: «12 morts» against «au moins 40 morts».").build();
  }

  static Finding tollRise() {
    return FindingBuilder.finding(Finding.CHANGED_OVER_TIME).id("f-rise").story(QUAKE)
        .entity("place:haut-atlas", "Haut-Atlas").property("injured:count", "people injured")
        .claim(ClaimBuilder.claim("au moins 18 blessés").article("seisme-matin.txt").values(18.0, 18.0, null)
            .qualifier("at_least").date("2024-05-01").published("2024-05-01")
            .sentence("On compte au moins 18 blessés, selon la préfecture.").speaker("préfecture").build())
        .claim(ClaimBuilder.claim("22 blessés").article("seisme-depeche.txt").value(22).date("2024-05-03")
            .published("2024-05-03").sentence("Le bilan s'est alourdi à 22 blessés.").build())
        .explanation("The figure rose from «au moins 18 blessés» to «22 blessés».").build();
  }

  static Finding mourningAgrees() {
    return FindingBuilder.finding(Finding.AGREE).id("f-deuil").story(QUAKE).entity("place:maroc", "Maroc")
        .property("mourning:duration", "length of the mourning")
        .claim(ClaimBuilder.claim("trois jours").article("seisme-matin.txt").value(3).unit("day")
            .date("2024-05-01").published("2024-05-01").sentence("Un deuil national de trois jours est décrété.").build())
        .claim(ClaimBuilder.claim("trois jours").article("seisme-copie.txt").value(3).unit("day")
            .published("2024-05-01").sentence("Un deuil national de trois jours est décrété.").build())
        .explanation("Both give three days.").build();
  }

  static Finding ambulancesSingle() {
    return FindingBuilder.finding(Finding.SINGLE_SOURCE).id("f-ambulances").story(QUAKE)
        .entity("place:haut-atlas", "Haut-Atlas").property("ambulance:count", "number of ambulances")
        .claim(ClaimBuilder.claim("quarante ambulances").article("seisme-matin.txt").value(40)
            .sentence("Quarante ambulances ont rejoint la vallée dans la nuit.").build())
        .explanation("Only seisme-matin.txt gives it.").build();
  }

  /** A quote finding: no story of its own; the articles it quotes are the quake's. */
  static Finding mayorQuote() {
    return FindingBuilder.finding(Finding.CONFLICT).id("f-maire").entity("person:ali-benali", "Ali Benali")
        .property("quote:1", "words quoted: «nous reconstruirons»")
        .quote(QuoteBuilder.quote("Nous reconstruirons tout").article("seisme-matin.txt").speaker("Ali Benali").build())
        .quote(QuoteBuilder.quote("Nous reconstruirons vite").article("seisme-depeche.txt").build())
        .explanation("Two outlets quote Ali Benali in different words.").build();
  }

  static Finding trainsAgree() {
    return FindingBuilder.finding(Finding.AGREE).id("f-trains").story(STRIKE).entity("org:sncf", "SNCF")
        .property("train:share", "share of trains running")
        .claim(ClaimBuilder.claim("un train sur trois").article("greve-parisien.txt").values(33.3, 33.3, 33.3)
            .unit("percent").published("2024-05-02").sentence("Un train sur trois circule ce jeudi.").build())
        .claim(ClaimBuilder.claim("33 %").article("greve-ouest.txt").value(33).unit("percent").published("2024-05-02")
            .speaker("SNCF").sentence("Selon la SNCF, 33 % des trains circulent.").build())
        .explanation("Both say a third of the trains.").build();
  }

  static Finding strawberriesSingle() {
    return FindingBuilder.finding(Finding.SINGLE_SOURCE).id("f-fraises").story(QUIET)
        .entity("place:plougastel", "Plougastel").property("tonne:mass", "mass of strawberries")
        .claim(ClaimBuilder.claim("deux tonnes").article("fraise.txt").value(2).unit("tonne")
            .sentence("Deux tonnes de fraises ont été vendues.").build())
        .explanation("Only fraise.txt gives it.").build();
  }

  static List<Finding> findings() {
    return List.of(trainsAgree(), strawberriesSingle(), mourningAgrees(), ambulancesSingle(), tollRise(),
        mayorQuote(), tollConflict());
  }
}
