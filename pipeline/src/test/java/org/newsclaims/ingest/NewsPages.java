package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web pages written for the tests: six regional news stories told by eight invented outlets, each
 * outlet with the page furniture of a real kind of news site (a modern newspaper site, a
 * WordPress site, an old table layout in ISO-8859-1, a site with a consent manager and inline
 * promotions), and the boilerplate such pages carry: menus, breadcrumbs, cookie banners, "À lire
 * aussi" blocks, share bars, newsletter boxes, comment threads and related-article teasers with
 * their own figures. Each outlet words a story its own way ({@code {a|b|c}} variants chosen by
 * the outlet) so that no two bodies are equal and some figures disagree.
 *
 * <p>{@link Page#body()} is the article text as the outlet wrote it (lead and paragraphs, one per
 * line): what an extractor must give back, and what the JSON Lines twin of the page holds.
 */
final class NewsPages {

  /** A layout: which furniture the page has and which metadata it declares. */
  enum Layout { MODERN, WORDPRESS, LEGACY, CONSENT }

  record Outlet(String name, String host, Layout layout) {
    /** The outlet the page's metadata gives: og:site_name, else the host. */
    String expectedOutlet() {
      return layout == Layout.LEGACY ? host : name;
    }
  }

  record Story(String slug, String date, String title, String lead, List<String> paragraphs) {}

  /** One page: where it is, what it says, and its HTML. */
  record Page(Outlet outlet, Story story, String url, String title, String body, String html) {
    /** The article id readers give it: the URL's host and path. */
    String id() {
      return CrawlerRecordParser.idFromUrl(url);
    }
  }

  static final List<Outlet> OUTLETS = List.of(
      new Outlet("Le Courrier du Sud", "courrier-du-sud.fr", Layout.MODERN),
      new Outlet("La Dépêche des Alpes", "depeche-alpes.fr", Layout.WORDPRESS),
      new Outlet("Nord Éclair Hebdo", "nordeclair-hebdo.fr", Layout.LEGACY),
      new Outlet("L'Écho de Bretagne", "echo-bretagne.fr", Layout.CONSENT),
      new Outlet("Le Journal de la Loire", "journal-loire.fr", Layout.MODERN),
      new Outlet("Midi Matin", "midi-matin.fr", Layout.WORDPRESS),
      new Outlet("Le Quotidien lorrain", "quotidien-lorrain.fr", Layout.LEGACY),
      new Outlet("Alsace Info", "alsace-info.fr", Layout.CONSENT));

  static final List<Story> STORIES = List.of(
      new Story("inondations-gard", "2024-10-17",
          "Inondations dans le Gard : {1 200|1 300} foyers toujours privés d'électricité",
          "Les pluies diluviennes tombées dans la nuit de mercredi à jeudi sur le Gard ont "
              + "provoqué d'importants dégâts{ dans les Cévennes| autour d'Alès|}.",
          List.of(
              "Selon la préfecture, {environ 1 200|près de 1 200|1 300} foyers étaient toujours "
                  + "privés d'électricité jeudi à la mi-journée, contre près de 4 000 au plus fort "
                  + "de l'épisode.",
              "« Nous avons enregistré jusqu'à {300|280} millimètres de pluie en douze heures, ce "
                  + "qui est exceptionnel », a déclaré le préfet du Gard lors d'un point presse.",
              "Une cinquantaine de personnes ont dû être évacuées à Anduze et à "
                  + "Saint-Jean-du-Gard{, où la rivière a débordé|, selon les pompiers|}.",
              "Les pompiers ont effectué plus de {250|240} interventions dans la nuit, "
                  + "principalement pour des mises en sécurité et des pompages.",
              "Le département reste placé en vigilance orange jusqu'à vendredi {6 heures|matin}, "
                  + "a indiqué Météo-France.")),
      new Story("greve-tram-grenoble", "2024-11-05",
          "Grève des tramways à Grenoble : {deux lignes sur cinq|trois lignes sur cinq} à l'arrêt",
          "Le mouvement social lancé lundi par les conducteurs du réseau grenoblois se "
              + "poursuit{ pour la deuxième journée| mardi|}.",
          List.of(
              "La direction du réseau indique que {deux|trois} lignes sur cinq ne circulent "
                  + "pas, et que les autres fonctionnent avec un tram sur deux.",
              "Les syndicats réclament une hausse des salaires de {5 %|6 %} et l'embauche de "
                  + "{40|45} conducteurs supplémentaires.",
              "« Nous ne reprendrons pas le travail sans une proposition écrite », a prévenu "
                  + "un délégué syndical devant le dépôt de Gières.",
              "La métropole a mis en place des bus de substitution sur {la ligne A|les lignes A "
                  + "et B}, toutes les vingt minutes.",
              "Une nouvelle réunion de négociation est prévue jeudi à 14 heures.")),
      new Story("incendie-entrepot-lille", "2024-09-12",
          "Incendie d'un entrepôt près de Lille : {80|90} pompiers mobilisés",
          "Un violent incendie s'est déclaré mercredi soir dans un entrepôt de la zone "
              + "d'activités de Lesquin{, au sud de Lille|}.",
          List.of(
              "Quelque {80|90} sapeurs-pompiers ont été mobilisés pour circonscrire les flammes, "
                  + "qui ont ravagé {6 000|7 000} mètres carrés de bâtiment.",
              "Aucun blessé n'est à déplorer, selon la préfecture du Nord, qui a demandé aux "
                  + "riverains de fermer leurs fenêtres.",
              "Le panache de fumée était visible à plus de {20|15} kilomètres, jusqu'à Roubaix.",
              "« Le feu est maîtrisé mais pas encore éteint », a précisé le commandant des "
                  + "opérations de secours jeudi matin.",
              "Une enquête a été ouverte pour déterminer l'origine du sinistre.")),
      new Story("budget-rennes", "2024-12-10",
          "Rennes adopte un budget de {512|515} millions d'euros pour 2025",
          "Le conseil municipal de Rennes a voté lundi soir le budget de la ville pour "
              + "l'année prochaine{, après cinq heures de débats|}.",
          List.of(
              "Le budget s'élève à {512|515} millions d'euros, dont {148|150} millions consacrés "
                  + "aux investissements.",
              "La majorité a adopté le texte par {39|38} voix contre 14, l'opposition dénonçant "
                  + "« une fuite en avant ».",
              "Les impôts locaux ne seront pas augmentés, a assuré l'adjoint aux finances.",
              "La ville prévoit notamment la rénovation de {12|douze} écoles et la création de "
                  + "{3|trois} kilomètres de pistes cyclables.",
              "La dette de la commune atteint {290|295} millions d'euros à la fin de l'année.")),
      new Story("vendanges-alsace", "2024-09-30",
          "Vendanges en Alsace : une récolte en baisse de {20 %|25 %}",
          "Les viticulteurs alsaciens achèvent des vendanges marquées par une météo "
              + "capricieuse{ tout au long de l'été|}.",
          List.of(
              "Selon l'interprofession, la récolte devrait baisser de {20 %|25 %} par rapport à "
                  + "l'an dernier, à environ {900 000|850 000} hectolitres.",
              "Le mildiou a touché près de {30 %|un tiers} des parcelles, en particulier dans le "
                  + "Haut-Rhin.",
              "« La qualité est là, mais les volumes manquent », a résumé le président du "
                  + "syndicat des vignerons.",
              "Les crémants, qui représentent un quart de la production, sont les moins "
                  + "touchés.",
              "Les prix du raisin devraient augmenter de {10 %|8 %} en moyenne.")),
      new Story("pont-nantes", "2024-10-02",
          "Nantes : le pont de Cheviré fermé {trois|quatre} nuits pour travaux",
          "Les automobilistes de l'agglomération nantaise devront s'organiser{ la semaine "
              + "prochaine|}.",
          List.of(
              "Le pont de Cheviré sera fermé à la circulation pendant {trois|quatre} nuits, de "
                  + "21 heures à 6 heures, à partir de lundi.",
              "Près de {95 000|100 000} véhicules empruntent chaque jour cet ouvrage du "
                  + "périphérique.",
              "Les travaux, d'un montant de {4,5|4,2} millions d'euros, portent sur le "
                  + "remplacement des joints de dilatation.",
              "Une déviation sera mise en place par le pont de Bellevue{, à l'est de la ville|}.",
              "« C'est le seul moyen de travailler en sécurité », a expliqué la direction "
                  + "interdépartementale des routes.")));

  /** The last sentence each outlet adds: no two outlets' bodies are equal. */
  private static final List<String> CLOSINGS = List.of(
      "Nos équipes suivent la situation sur place.",
      "Un nouveau point est attendu dans la soirée.",
      "Les autorités appellent à la prudence.",
      "Les élus locaux doivent se réunir prochainement.",
      "De nombreux habitants ont fait part de leur inquiétude.",
      "La préfecture suit la situation de près.",
      "Aucune date n'a encore été fixée pour la suite.",
      "Les riverains ont été informés par courrier.");

  private NewsPages() {}

  /** Every outlet's page for every story: 48 pages. */
  static List<Page> all() {
    List<Page> pages = new ArrayList<>();
    for (Story story : STORIES) {
      for (int o = 0; o < OUTLETS.size(); o++) {
        pages.add(page(OUTLETS.get(o), o, story));
      }
    }
    return pages;
  }

  static Page page(Outlet outlet, int variant, Story story) {
    String title = pick(story.title(), variant);
    List<String> body = new ArrayList<>();
    body.add(pick(story.lead(), variant));
    for (String p : story.paragraphs()) {
      body.add(pick(p, variant));
    }
    body.add(CLOSINGS.get(variant % CLOSINGS.size())); // each outlet ends its own way
    String path = switch (outlet.layout()) {
      case LEGACY -> "/" + story.date().replace('-', '/') + "/" + story.slug() + ".html";
      case WORDPRESS -> "/" + story.date().substring(0, 4) + "/" + story.date().substring(5, 7) + "/"
          + story.slug() + "/";
      default -> "/regions/" + story.slug() + "-" + Math.abs(story.slug().hashCode() % 100000);
    };
    String url = "https://www." + outlet.host() + path;
    String html = switch (outlet.layout()) {
      case MODERN -> modern(outlet, story, url, title, body);
      case WORDPRESS -> wordpress(outlet, story, url, title, body);
      case LEGACY -> legacy(outlet, story, url, title, body);
      case CONSENT -> consent(outlet, story, url, title, body);
    };
    return new Page(outlet, story, url, title, String.join("\n", body), html);
  }

  private static final Pattern VARIANT = Pattern.compile("\\{([^{}]*)\\}");

  /** Replaces each {a|b|c} by the variant-th choice (cycling). */
  static String pick(String template, int variant) {
    Matcher m = VARIANT.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String[] choices = m.group(1).split("\\|", -1);
      m.appendReplacement(b, Matcher.quoteReplacement(choices[variant % choices.length]));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Boilerplate sentences the pages carry around the article; none may reach an article. */
  static final List<String> BOILERPLATE = List.of(
      "Nous utilisons des cookies",
      "Accepter et fermer",
      "Hérault : 2 000 sinistrés après les orages de septembre",
      "15 millions d'euros par les assureurs",
      "Crues : le fonds de prévention abondé de 75 millions",
      "Sécheresse : 40 communes en alerte renforcée",
      "Encore une fois rien n'a été fait",
      "Courage à tous les habitants",
      "Inscrivez-vous à notre newsletter",
      "Partager sur Facebook",
      "Mentions légales",
      "Articles récents",
      "Le marché de Noël attire 300 000 visiteurs",
      "Laisser un commentaire",
      "Les plus lus",
      "Un accident fait 3 blessés sur l'A31",
      "Réagir à cet article",
      "Vos préférences de confidentialité",
      "12 partenaires",
      "Offre spéciale : 1 € le premier mois",
      "Recevez chaque matin l'essentiel",
      "Tour de France 2025 : 8 étapes dans la région",
      "Abonnez-vous",
      "Météo : jusqu'à 35 degrés attendus");

  private static String jsonLd(Outlet o, Story s, String url, String title) {
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"" + o.name().replace("\"", "") + "\",\"url\":\"https://www."
        + o.host() + "/\"},{\"@type\":\"NewsArticle\",\"headline\":\"" + title.replace("\"", "\\\"")
        + "\",\"datePublished\":\"" + s.date() + "T07:30:00+02:00\",\"dateModified\":\"" + s.date()
        + "T18:02:00+02:00\",\"mainEntityOfPage\":\"" + url + "\",\"author\":[{\"@type\":\"Person\","
        + "\"name\":\"Claire Dubois\"}]}]}</script>\n";
  }

  private static String paragraphs(List<String> body, int from, String between) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < body.size(); i++) {
      b.append("<p>").append(escape(body.get(i))).append("</p>\n");
      if (i == from + 1 && between != null) {
        b.append(between);
      }
    }
    return b.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String modern(Outlet o, Story s, String url, String title, List<String> body) {
    String t = escape(title);
    return "<!DOCTYPE html>\n<html lang=\"fr-FR\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + t + " - " + escape(o.name()) + "</title>\n"
        + "<meta property=\"og:title\" content=\"" + t.replace("\"", "&quot;") + "\">\n"
        + "<meta property=\"og:site_name\" content=\"" + escape(o.name()) + "\">\n"
        + "<meta property=\"og:type\" content=\"article\">\n"
        + "<meta property=\"article:published_time\" content=\"" + s.date() + "T07:30:00+02:00\">\n"
        + "<link rel=\"canonical\" href=\"" + url + "\">\n"
        + jsonLd(o, s, url, title)
        + "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        + "gtag('js',new Date());</script>\n<style>.menu{display:flex}.cookie{position:fixed}</style>\n"
        + "</head>\n<body class=\"article-page\">\n"
        + "<div id=\"cookie-banner\" class=\"cookie\"><p>Nous utilisons des cookies pour améliorer votre "
        + "expérience et mesurer l'audience. En poursuivant votre navigation, vous acceptez leur "
        + "utilisation.</p><button>Accepter et fermer</button><a href=\"/cookies\">Paramétrer</a></div>\n"
        + "<header class=\"site-header\"><a class=\"logo\" href=\"/\">" + escape(o.name()) + "</a>\n"
        + "<nav class=\"main-menu\"><ul><li><a href=\"/\">Accueil</a></li><li><a href=\"/regions\">Régions"
        + "</a></li><li><a href=\"/politique\">Politique</a></li><li><a href=\"/economie\">Économie</a></li>"
        + "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/abonnement\">S'abonner</a></li></ul></nav>"
        + "</header>\n<main>\n<div class=\"breadcrumb\"><a href=\"/\">Accueil</a> › <a href=\"/regions\">"
        + "Régions</a> › <span>Actualité</span></div>\n<article class=\"article\">\n"
        + "<header class=\"article-header\"><h1 class=\"article-title\">" + t + "</h1>\n"
        + "<div class=\"byline\">Par Claire Dubois</div>\n<time datetime=\"" + s.date()
        + "T07:30:00+02:00\">Publié le " + frenchDate(s.date()) + " à 07h30</time>\n"
        + "<p class=\"chapo\">" + escape(body.get(0)) + "</p></header>\n"
        + "<figure><img src=\"/img/" + s.slug() + ".jpg\" alt=\"\"><figcaption>Sur place, jeudi matin. "
        + "Photo AFP</figcaption></figure>\n<div class=\"article-body\">\n"
        + paragraphs(body, 1, "<aside class=\"read-also\"><h3>À lire aussi</h3><ul><li><a href=\"/a1\">"
            + "Sécheresse : 40 communes en alerte renforcée</a></li></ul></aside>\n")
        + "</div>\n<div class=\"share\"><a href=\"#\">Partager sur Facebook</a><a href=\"#\">Partager "
        + "sur X</a><a href=\"#\">Envoyer par e-mail</a></div>\n</article>\n"
        + "<section class=\"related\"><h2>Sur le même sujet</h2>\n<div class=\"teaser\"><figure><img "
        + "src=\"/t1.jpg\"><figcaption>Archives</figcaption></figure><h3><a href=\"/t1\">Hérault : 2 000 "
        + "sinistrés après les orages de septembre</a></h3><p>Les dégâts sont estimés à 15 millions "
        + "d'euros par les assureurs.</p></div>\n<div class=\"teaser\"><h3><a href=\"/t2\">Crues : le fonds "
        + "de prévention abondé de 75 millions</a></h3><p>Le gouvernement a annoncé une rallonge de 75 "
        + "millions d'euros.</p></div>\n</section>\n<section id=\"comments\" class=\"comments\"><h2>"
        + "Commentaires (3)</h2>\n<div class=\"comment\"><p class=\"author\">Jean-Pierre34</p><p>Encore "
        + "une fois rien n'a été fait pour entretenir les digues, c'est scandaleux ! Il y a 10 ans "
        + "c'était pareil et 2 personnes étaient mortes.</p></div>\n<div class=\"comment\"><p "
        + "class=\"author\">Marie_G</p><p>Courage à tous les habitants, on pense à vous.</p></div>\n"
        + "</section>\n</main>\n<footer><div class=\"newsletter\"><p>Inscrivez-vous à notre newsletter "
        + "pour recevoir l'essentiel de l'actualité chaque matin.</p><form><input type=\"email\">"
        + "<button>OK</button></form></div><p>© 2024 " + escape(o.name()) + " - Mentions légales - "
        + "Politique de confidentialité - Contact</p></footer>\n</body></html>\n";
  }

  private static String wordpress(Outlet o, Story s, String url, String title, List<String> body) {
    String t = escape(title);
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < body.size(); i++) {
      p.append("<p>").append(escape(body.get(i))).append("</p>\n");
      if (i == 2) {
        p.append("<p><strong>Lire aussi :</strong> <a href=\"/2024/08/marche-noel/\">Le marché de Noël "
            + "attire 300 000 visiteurs</a></p>\n");
      }
    }
    return "<!DOCTYPE html>\n<html lang=\"fr-FR\" class=\"no-js\">\n<head>\n<meta charset=\"UTF-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + t + " &#8211; " + escape(o.name()) + "</title>\n"
        + "<meta property=\"og:site_name\" content=\"" + escape(o.name()) + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + s.date() + "T09:14:27+00:00\">\n"
        + "<link rel='stylesheet' id='theme-css' href='/wp-content/themes/news/style.css' media='all'>\n"
        + "<script src='/wp-includes/js/jquery/jquery.min.js'></script>\n</head>\n"
        + "<body class=\"post-template-default single single-post\">\n<div id=\"page\" class=\"site\">\n"
        + "<a class=\"skip-link screen-reader-text\" href=\"#content\">Aller au contenu</a>\n"
        + "<div id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">"
        + escape(o.name()) + "</a></p><div id=\"site-navigation\" class=\"main-navigation\"><ul id=\"menu"
        + "-principal\" class=\"menu\"><li><a href=\"/\">Accueil</a></li><li><a href=\"/category/societe/\">"
        + "Société</a></li><li><a href=\"/category/economie/\">Économie</a></li><li><a href=\"/contact/\">"
        + "Contact</a></li></ul></div></div>\n<div id=\"content\" class=\"site-content\">\n"
        + "<div id=\"primary\" class=\"content-area\"><div id=\"main\" class=\"site-main\">\n"
        + "<div id=\"post-4182\" class=\"post-4182 post type-post status-publish hentry\">\n"
        + "<div class=\"entry-header\"><h1 class=\"entry-title\">" + t + "</h1><div class=\"entry-meta\">"
        + "<span class=\"posted-on\">Publié le <time class=\"entry-date published\" datetime=\"" + s.date()
        + "T09:14:27+00:00\">" + frenchDate(s.date()) + "</time></span></div></div>\n"
        + "<div class=\"entry-content\">\n" + p
        + "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Partager :</h3><ul><li>"
        + "<a href=\"#\">Partager sur Facebook</a></li><li><a href=\"#\">Imprimer</a></li></ul></div>\n"
        + "</div>\n<div class=\"entry-footer\"><span class=\"cat-links\">Publié dans <a href=\"/category/"
        + "societe/\">Société</a></span></div>\n</div>\n"
        + "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">2 réflexions sur « "
        + t + " »</h2><ol class=\"comment-list\"><li class=\"comment\"><div class=\"comment-content\"><p>"
        + "Courage à tous les habitants, on pense à vous.</p></div></li></ol><div id=\"respond\"><h3>"
        + "Laisser un commentaire</h3><p>Votre adresse e-mail ne sera pas publiée.</p></div></div>\n"
        + "</div></div>\n<div id=\"secondary\" class=\"widget-area\"><div class=\"widget widget_recent_"
        + "entries\"><h2 class=\"widget-title\">Articles récents</h2><ul><li><a href=\"/2024/08/marche-noel/"
        + "\">Le marché de Noël attire 300 000 visiteurs</a></li><li><a href=\"/2024/08/a31/\">Un accident "
        + "fait 3 blessés sur l'A31</a></li></ul></div></div>\n</div>\n<div id=\"colophon\" class=\"site-"
        + "footer\"><p>Fièrement propulsé par WordPress | Mentions légales</p></div>\n</div>\n</body>\n</html>\n";
  }

  private static String legacy(Outlet o, Story s, String url, String title, List<String> body) {
    String t = escape(title);
    StringBuilder p = new StringBuilder();
    for (String line : body) {
      p.append("<p><font face=\"Arial\" size=\"2\">").append(escape(line)).append("</font></p>\n");
    }
    return "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\n"
        + "<title>" + t + " - " + escape(o.name()) + "</title>\n</head>\n"
        + "<body bgcolor=\"#ffffff\" leftmargin=\"0\" topmargin=\"0\">\n"
        + "<table width=\"980\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">\n"
        + "<tr><td colspan=\"2\"><img src=\"/img/bandeau.gif\" alt=\"" + escape(o.name()) + "\"></td></tr>\n"
        + "<tr><td width=\"160\" valign=\"top\" class=\"menu\"><a href=\"/\">Accueil</a><br><a href=\"/"
        + "locale\">Locale</a><br><a href=\"/sports\">Sports</a><br><a href=\"/annonces\">Petites annonces"
        + "</a><br><a href=\"/archives\">Archives</a></td>\n<td width=\"820\" valign=\"top\">\n"
        + "<h1><font face=\"Georgia\">" + t + "</font></h1>\n" + p
        + "<p><a href=\"/reagir?id=88\">Réagir à cet article</a> | <a href=\"javascript:print()\">"
        + "Imprimer</a></p>\n"
        + "<table class=\"pluslus\" width=\"100%\"><tr><td><b>Les plus lus</b></td></tr><tr><td><a href=\""
        + "/2024/09/01/a31.html\">Un accident fait 3 blessés sur l'A31</a></td></tr><tr><td><a href=\""
        + "/2024/09/01/tour.html\">Tour de France 2025 : 8 étapes dans la région</a></td></tr></table>\n"
        + "</td></tr>\n<tr><td colspan=\"2\"><font size=\"1\">© " + escape(o.name()) + " 2024 - Tous droits "
        + "réservés - Mentions légales</font></td></tr>\n</table>\n</body>\n</html>\n";
  }

  private static String consent(Outlet o, Story s, String url, String title, List<String> body) {
    String t = escape(title);
    return "<!doctype html>\n<html lang=\"fr\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + t + "</title>\n"
        + "<meta property=\"og:site_name\" content=\"" + escape(o.name()) + "\">\n"
        + "<meta property=\"og:url\" content=\"" + url + "\">\n"
        + jsonLd(o, s, url, title)
        + "<script>window.didomiConfig={app:{apiKey:'x'}};</script>\n</head>\n<body>\n"
        + "<div id=\"didomi-host\"><div class=\"didomi-popup\"><h2>Vos préférences de confidentialité</h2>"
        + "<p>Nous et nos 12 partenaires stockons et accédons à des informations sur votre appareil.</p>"
        + "<button>Tout accepter</button><button>Continuer sans accepter</button></div></div>\n"
        + "<div class=\"top-bar\"><a href=\"/abonnement\">Offre spéciale : 1 € le premier mois</a></div>\n"
        + "<nav aria-label=\"Menu\"><a href=\"/\">Accueil</a> <a href=\"/bretagne\">Bretagne</a> <a href="
        + "\"/faits-divers\">Faits divers</a></nav>\n<main id=\"main\">\n<div class=\"article__container\">"
        + "\n<h1 class=\"article__title\">" + t + "</h1>\n<p class=\"article__meta\">Mis à jour le "
        + frenchDate(s.date()) + " à 18h02</p>\n<div class=\"article__content\">\n"
        + "<p class=\"article__lead\"><strong>" + escape(body.get(0)) + "</strong></p>\n"
        + paragraphs(body, 1, "<div class=\"newsletter-inline\"><p>Recevez chaque matin l'essentiel de "
            + "l'actualité de votre région.</p><a href=\"/newsletters\">Je m'inscris</a></div>\n")
        + "<div class=\"related-inline\"><span>À lire aussi</span><a href=\"/meteo\">Météo : jusqu'à 35 "
        + "degrés attendus</a></div>\n</div>\n"
        + "<div class=\"article__tags\"><a href=\"/tag/region\">Région</a> <a href=\"/tag/actu\">Actu</a>"
        + "</div>\n</div>\n<div class=\"paywall-box\"><p>Abonnez-vous pour lire tous nos articles.</p></div>\n"
        + "</main>\n<div class=\"footer\"><p>" + escape(o.name()) + " - Mentions légales</p></div>\n"
        + "</body>\n</html>\n";
  }

  private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin",
      "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

  static String frenchDate(String iso) {
    int day = Integer.parseInt(iso.substring(8, 10));
    int month = Integer.parseInt(iso.substring(5, 7));
    return day + " " + MONTHS[month - 1] + " " + iso.substring(0, 4);
  }
}
