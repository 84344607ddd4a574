package org.newsclaims.stories;

import org.newsclaims.model.Article;

/** Short French articles written for the story tests: two stories that share general words. */
final class StoryTexts {

  private StoryTexts() {}

  static Article article(String id, String published, String outlet, String title, String text) {
    return new Article(id, title, published, published == null ? null : "header", outlet, text);
  }

  static final String QUAKE_1_TITLE = "Séisme en Turquie : les secouristes fouillent les décombres à Antakya";
  static final String QUAKE_1 = "Les secouristes turcs et syriens fouillaient mardi les décombres des immeubles effondrés "
      + "à Antakya et Gaziantep, au lendemain du séisme de magnitude 7,8 qui a frappé le sud de la Turquie. "
      + "Le gouvernement turc a décrété l'état d'urgence dans dix provinces. Le président Recep Tayyip Erdogan "
      + "a promis des tentes et des vivres aux sinistrés, qui passent la nuit dans le froid. "
      + "Les répliques se poursuivent et les hôpitaux d'Antakya sont débordés par l'afflux de blessés.";

  static final String QUAKE_2_TITLE = "Turquie : à Gaziantep, les sinistrés du séisme dorment dans le froid";
  static final String QUAKE_2 = "A Gaziantep, des milliers de sinistrés ont passé la nuit de mardi dans des voitures ou "
      + "autour de feux de camp, de peur des répliques du séisme. Les secouristes tentent de dégager des "
      + "survivants des décombres. Le président Erdogan a annoncé l'état d'urgence pour trois mois dans les "
      + "provinces touchées, et le gouvernement promet de reconstruire les immeubles effondrés. A Antakya, "
      + "la ville historique est en ruines.";

  static final String STRIKE_1_TITLE = "Retraites : grève massive dans les transports, la SNCF très perturbée";
  static final String STRIKE_1 = "La grève contre la réforme des retraites a fortement perturbé mardi les trains de la "
      + "SNCF et le métro de la RATP. Les syndicats, CGT et CFDT en tête, réclament le retrait du report de "
      + "l'âge légal à 64 ans. Le gouvernement d'Elisabeth Borne refuse de céder, et le président Emmanuel "
      + "Macron juge la réforme indispensable. Les cortèges ont défilé à Paris, Marseille et Lyon, et les "
      + "syndicats appellent à une nouvelle journée de mobilisation.";

  static final String STRIKE_2_TITLE = "Réforme des retraites : les syndicats maintiennent la pression sur Borne";
  static final String STRIKE_2 = "Au lendemain d'une journée de grève suivie dans les transports, les syndicats ont "
      + "annoncé mardi de nouvelles mobilisations contre la réforme des retraites. La CGT évoque une grève "
      + "reconductible à la SNCF et à la RATP. Elisabeth Borne répète que le report de l'âge de départ à 64 "
      + "ans n'est pas négociable. Le gouvernement compte sur le vote des députés, et le président Macron "
      + "reste en retrait.";

  /** A quake article with an unrelated strike brief appended at the end of the page. */
  static final String QUAKE_3_TITLE = "Séisme : l'aide internationale arrive à Antakya";
  static final String QUAKE_3 = "Les premières équipes de secouristes étrangers sont arrivées mardi à Antakya, dans le sud "
      + "de la Turquie dévasté par le séisme. Des chiens renifleurs aident à chercher des survivants sous les "
      + "décombres des immeubles effondrés. Le président Erdogan a visité Gaziantep et promis que l'Etat "
      + "reconstruirait les logements des sinistrés en un an.\n"
      + "Par ailleurs, en France, la grève contre la réforme des retraites a perturbé la SNCF et la RATP, "
      + "et les syndicats de la CGT appellent Elisabeth Borne à retirer le report de l'âge à 64 ans.";

  /** The quake a month later: same places and names, a revised toll. */
  static final String QUAKE_4_TITLE = "Un mois après le séisme, Antakya compte ses morts";
  static final String QUAKE_4 = "Un mois après le séisme qui a ravagé le sud de la Turquie, le bilan officiel dépasse "
      + "désormais 45 000 morts. A Antakya, les pelleteuses déblaient les décombres des immeubles effondrés. "
      + "Le président Erdogan promet de reconstruire 200 000 logements. A Gaziantep, les sinistrés vivent "
      + "toujours sous des tentes, et les secouristes sont repartis.";

  /** Another outlet's account of the first day, close to QUAKE_1 in its words. */
  static final String QUAKE_1B_TITLE = "Turquie : à Antakya, les secouristes fouillent les décombres après le séisme";
  static final String QUAKE_1B = "Au lendemain du séisme de magnitude 7,8 qui a frappé le sud de la Turquie, les "
      + "secouristes fouillaient mardi les décombres des immeubles effondrés à Antakya et à Gaziantep. Recep Tayyip "
      + "Erdogan a décrété l'état d'urgence dans dix provinces et promis des tentes aux sinistrés. Les hôpitaux "
      + "d'Antakya sont débordés par les blessés, et les répliques se poursuivent.";

  /** An agency dispatch opening with a dateline that gives no year. */
  static final String QUAKE_DATELINE = "ANTAKYA, 8 février (AFP) - Les secouristes ont sorti vivant des décombres "
      + "un enfant de sept ans, plus de 50 heures après le séisme qui a dévasté le sud de la Turquie. A Antakya "
      + "comme à Gaziantep, les immeubles effondrés sont fouillés jour et nuit, et Erdogan a promis de "
      + "reconstruire les logements des sinistrés.";

  /** Two events in one country a few weeks apart: they share the country and its capital, not their actors. */
  static final String FLOOD_1_TITLE = "Chine : des inondations meurtrières dans le Guangxi, Pékin envoie l'armée";
  static final String FLOOD_1 = "Des pluies torrentielles ont provoqué des inondations dans la province chinoise du "
      + "Guangxi, où des villages entiers sont sous les eaux. Pékin a envoyé des soldats pour évacuer les "
      + "habitants, et la Chine a débloqué une aide d'urgence. Les digues de la rivière Xijiang ont cédé, selon "
      + "l'agence Chine nouvelle. A Pékin, le gouvernement chinois promet de reloger les sinistrés du Guangxi.";
  static final String FLOOD_2_TITLE = "Inondations en Chine : le Guangxi sous les eaux, Pékin mobilise ses soldats";
  static final String FLOOD_2 = "Dans le Guangxi, les inondations ont chassé des milliers d'habitants de leurs villages. "
      + "La Chine mobilise l'armée : Pékin a dépêché des soldats et des bateaux pour évacuer les sinistrés. La "
      + "rivière Xijiang a rompu ses digues. Les autorités de Pékin annoncent une aide d'urgence pour la Chine du "
      + "Sud, où les pluies doivent continuer.";
  static final String PARADE_1_TITLE = "Chine : l'armée défile à Pékin, des milliers de soldats sur la place Tiananmen";
  static final String PARADE_1 = "Des milliers de soldats de l'armée chinoise ont défilé à Pékin sur la place Tiananmen, "
      + "devant les chars et les missiles. La Chine montre sa puissance : Pékin a mobilisé l'armée pour cette parade. "
      + "Les soldats ont marché au pas devant la tribune, et des avions ont survolé Pékin. La Chine promet la "
      + "paix, selon l'agence Chine nouvelle.";
  static final String PARADE_2_TITLE = "A Pékin, la Chine fait défiler son armée sur Tiananmen";
  static final String PARADE_2 = "La Chine a fait défiler son armée à Pékin : des milliers de soldats, des chars et des "
      + "missiles ont traversé la place Tiananmen. Pékin a mobilisé des avions pour survoler la parade. Les soldats "
      + "ont défilé devant la tribune, et la Chine dit vouloir la paix.";
}
