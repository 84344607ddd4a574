package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;

/**
 * Reads role phrases after a determiner ("le chef d'état-major russe", "la présidente de la
 * Moldavie"): a role followed by a person's name binds that name to the role in the article;
 * a bare role becomes a person mention named after its holder, from the article's bindings,
 * else the gazetteer's holder at the article's date.
 *
 * <p>Example: after "le président russe Vladimir Poutine", a later "le président russe" is a
 * person mention named "Vladimir Poutine". Immutable and thread-safe.
 */
final class RoleReader {

  /** "le", "la", "l'": the article a bare role mention keeps ("le maître du Kremlin"). */
  private static final java.util.Set<String> KEPT_ARTICLES = NameLexicon.folded("definite-singular");

  private final NameLexicon lex;
  private final Gazetteer gazetteer;

  RoleReader(NameLexicon lex) {
    this.lex = lex;
    this.gazetteer = lex.gazetteer;
  }

  /**
   * Adds to {@code out} the person mentions of the article's bare role phrases.
   *
   * @param personAt the article's person mentions by start offset
   */
  void read(Article article, NameWords w, Map<Integer, EntityMention> personAt,
      List<EntityMention> out) {
    Map<String, String> bindings = new HashMap<>();
    List<Pending> bare = new ArrayList<>();
    for (int i = 1; i < w.size(); i++) {
      if (lex.determiners.contains(w.get(i - 1).fold())
          && lex.roleStarts.contains(w.get(i).fold())) {
        i = readRole(w, i, personAt, bindings, bare);
      }
    }
    for (Pending p : bare) {
      String name = bindings.get(Gazetteer.roleKey(p.role(), p.country()));
      if (name == null) {
        name = gazetteer.holder(p.role(), p.country(), article.published());
      }
      if (name == null && p.country().isEmpty()) {
        name = null;
      }
      if (name != null) {
        out.add(new EntityMention(article.article(), w.text.substring(p.start(), p.end()), name,
            EntityMention.PERSON, p.start(), p.end()));
      }
    }
  }

  /** A bare role of the article. */
  private record Pending(int start, int end, String role, String country) {}

  /**
   * Reads the role phrase starting at word {@code i} (after a determiner): binds it to the
   * person named right after it, or records it in {@code bare}; returns the index of the last
   * word read (the loop goes on after it), {@code i} when no role ends here.
   */
  private int readRole(NameWords w, int i, Map<Integer, EntityMention> personAt,
      Map<String, String> bindings, List<Pending> bare) {
    int roleEnd = lex.roleEnd(w, i);
    if (roleEnd < 0) {
      return i;
    }
    String role = w.phrase(i, roleEnd);
    int j = roleEnd;
    String country = "";
    for (int k = Math.min(4, w.size() - j); k >= 1; k--) {
      String q = w.phrase(j, j + k);
      if (lex.qualifiers.contains(q) && j + k < w.size()
          && w.country(j + k, gazetteer) != null) {
        j += k;
        break;
      }
    }
    if (j < w.size() && !w.get(j).cap() && w.country(j, gazetteer) != null
        && w.separatorBeforeIs(j, " ")) {
      country = w.country(j, gazetteer);
      j++;
    } else if (j + 1 < w.size() && (w.get(j).fold().equals("de")
        || w.get(j).fold().equals("du") || w.get(j).fold().equals("d"))) {
      int c = j + 1;
      if (c + 1 < w.size() && (w.get(c).fold().equals("la") || w.get(c).fold().equals("l"))) {
        c++;
      }
      if (c < w.size() && w.get(c).cap()) {
        Gazetteer.Entry e = gazetteer.lookup(w.get(c).text(), EntityMention.PLACE);
        country = e != null ? e.canonical() : w.get(c).text();
        j = c + 1;
      }
    }
    int end = w.get(j - 1).end();
    if (j < w.size()) {
      String sep = w.text.substring(end, w.get(j).start());
      EntityMention holder = personAt.get(w.get(j).start());
      if (holder != null
          && (sep.equals(" ") || sep.equals(", ") && w.closesApposition(holder.end()))) {
        bindings.putIfAbsent(Gazetteer.roleKey(role, country), holder.name());
        if (!country.isEmpty()) {
          bindings.putIfAbsent(Gazetteer.roleKey(role, ""), holder.name());
        }
        return j;
      }
    }
    // "le maître du Kremlin" keeps its article; "au président", "son président" do not
    String det = w.get(i - 1).fold();
    boolean keepDet = KEPT_ARTICLES.contains(det);
    bare.add(new Pending(w.get(keepDet ? i - 1 : i).start(), end, role, country));
    return j - 1;
  }
}
