package org.newsclaims.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;

/**
 * The roles one article gives the persons it names, and the look-up "whom does the article
 * call le président russe": a person mention whose words are the role ("le président russe"
 * resolved by the entity layer), else an apposition holding every content word of the role
 * ("le chef d'état-major de l'armée russe, Valéri Guérassimov"), else a shorter apposition of
 * two or more words all in the role. The nearest before the place of the role wins, else the
 * first after it.
 */
final class RoleIndex {

  /** A role the article gives a named person, as folded content words. */
  record Apposition(Set<String> role, String name, String gender, int start) {}

  private static final Set<String> ROLE_FILLERS = SpeechLexicon.get().words("role-filler");

  private final List<Apposition> appositions;
  private final List<EntityMention> personMentions;

  RoleIndex(List<Apposition> appositions, List<EntityMention> personMentions) {
    this.appositions = appositions;
    this.personMentions = personMentions;
  }

  List<Apposition> appositions() {
    return appositions;
  }

  static Set<String> roleContent(Tokens tk, int from, int to) {
    Set<String> out = new HashSet<>();
    for (int k = from; k <= to; k++) {
      if (!tk.isWord(k)) {
        continue;
      }
      String w = Folding.fold(tk.word(k));
      if (w.endsWith("'")) {
        w = w.substring(0, w.length() - 1);
      }
      if (!ROLE_FILLERS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static Set<String> roleContent(String foldedRole) {
    Set<String> out = new HashSet<>();
    for (String w : foldedRole.split("[\\s']+")) {
      if (!w.isEmpty() && !ROLE_FILLERS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * True when a role the article gives someone ({@code held}, content words) is of the same
   * kind as the folded role {@code wanted} but another one: "ministre de la défense" is not
   * "premier ministre". A shorter form of the wanted role, its head word and fewer
   * complements, is the same role: "le président Dupont" may be "le président de la
   * République"; a role sharing no word says nothing.
   */
  static boolean isOtherRole(Set<String> held, String wanted) {
    Set<String> want = roleContent(wanted);
    if (held.containsAll(want) || want.stream().noneMatch(held::contains)) {
      return false;
    }
    String head = null;
    for (String w : wanted.split("[\\s']+")) {
      if (!w.isEmpty() && !ROLE_FILLERS.contains(w)) {
        head = w;
        break;
      }
    }
    return !(want.containsAll(held) && held.contains(head));
  }

  /** The name of the holder of a folded role (determiner stripped) nearest {@code offset}, or null. */
  String holder(String foldedRole, int offset) {
    EntityMention bestMention = null;
    for (EntityMention m : personMentions) {
      String mt = stripDeterminer(Folding.fold(m.text()));
      if (mt.equals(foldedRole) && !m.name().isBlank()
          && !Folding.fold(m.name()).equals(mt)) {
        if (bestMention == null || better(m.start(), bestMention.start(), offset)) {
          bestMention = m;
        }
      }
    }
    if (bestMention != null) {
      return bestMention.name();
    }
    Set<String> wanted = roleContent(foldedRole);
    if (wanted.isEmpty()) {
      return null;
    }
    Apposition best = null;
    for (Apposition a : appositions) {
      if (a.role().containsAll(wanted)) {
        if (best == null || better(a.start(), best.start(), offset)) {
          best = a;
        }
      }
    }
    if (best == null) {
      // "le chef d'état-major russe" for an article that wrote "le chef d'état-major X":
      // a shorter role of two or more words, all in the wanted one, without any other word
      for (Apposition a : appositions) {
        if (a.role().size() >= 2 && wanted.containsAll(a.role())) {
          if (best == null || better(a.start(), best.start(), offset)) {
            best = a;
          }
        }
      }
    }
    return best == null ? null : best.name();
  }

  /** Nearest before the offset wins; otherwise the earliest after it. */
  private static boolean better(int candidate, int current, int offset) {
    boolean cb = candidate < offset;
    boolean ub = current < offset;
    if (cb != ub) {
      return cb;
    }
    return cb ? candidate > current : candidate < current;
  }

  /** "le président russe" gives "président russe": a determiner of the word class opening it. */
  static String stripDeterminer(String folded) {
    String s = folded.strip();
    for (String d : PersonIndex.DETERMINERS) {
      boolean elided = d.endsWith("'");
      if (s.startsWith(d) && (elided || s.startsWith(d + " "))) {
        return s.substring(d.length()).strip();
      }
    }
    return s;
  }
}
