package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.entities.NameWords.Tok;
import org.newsclaims.model.EntityMention;

/**
 * Finds the names of one article: runs of capitalised words (joined by particles such as
 * {@code de}, {@code von}, {@code al}, hyphens and initials) cut of leading common words, titles
 * and, at weak positions, words not otherwise known as names; what remains is typed by the
 * gazetteer, a title or role before it, a given name, a place trigger ({@code région de},
 * {@code à}, {@code en}) or an organisation head noun, or left untyped for the resolver.
 *
 * <p>Example: "Le président russe Vladimir Poutine a reçu M. Guérassimov à Moscou." gives
 * {@code Vladimir Poutine} (person), {@code Guérassimov} (untyped) and {@code Moscou} (untyped,
 * after the place trigger "à"). Immutable and thread-safe.
 */
final class NameFinder {

  /** Longest capitalised sequence considered as one name (longer runs are cut). */
  private static final int MAX_NAME = 8;

  private final NameLexicon lex;
  private final Gazetteer gazetteer;

  NameFinder(NameLexicon lex) {
    this.lex = lex;
    this.gazetteer = lex.gazetteer;
  }

  /** The names of the article's words, in text order. */
  List<RawMention> find(NameWords w) {
    Set<String> knownCaps = new HashSet<>();
    for (Tok t : w.toks) {
      if (t.cap() && !t.weak() && !t.allCaps() && !lex.stopwords.contains(t.fold())) {
        knownCaps.add(t.fold());
      }
    }
    List<RawMention> raws = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      if (!w.get(i).cap()) {
        i++;
        continue;
      }
      int k = i + 1;
      while (k < w.size() && k - i < MAX_NAME) {
        if (w.get(k).cap() && w.joined(w.get(k - 1), w.get(k))) {
          k++;
        } else if (particleRun(w, k) > 0) {
          k += particleRun(w, k) + 1;
        } else {
          break;
        }
      }
      sequence(w, i, k, knownCaps, raws);
      i = k;
    }
    return raws;
  }

  private void sequence(NameWords w, int from, int to, Set<String> knownCaps,
      List<RawMention> raws) {
    int a = from;
    boolean titled = false;
    boolean placeCue = false;
    while (a < to) {
      Tok t = w.get(a);
      String titleForm = t.dot() ? t.fold() + "." : t.fold();
      if (lex.particles.contains(t.fold()) && !t.cap()) {
        a++;
      } else if (lex.titles.contains(titleForm) || lex.titles.contains(t.fold()) && !t.dot()) {
        titled = true;
        a++;
      } else if (lex.stopwords.contains(t.fold())) {
        if (lex.placeTriggers.contains(t.fold())) {
          placeCue = true;
        }
        a++;
      } else if (!t.allCaps() && w.country(a, gazetteer) != null
          && gazetteer.lookup(t.text()).isEmpty()) {
        a++; // "les Russes", "Sud-Coréens": nationals, not names
      } else if (!titled && t.weak() && !known(t, knownCaps)
          && gazetteer.lookup(w.span(a, to)).isEmpty()) {
        a++;
      } else {
        break;
      }
    }
    if (a >= to) {
      return;
    }
    if (a == from) {
      titled = titled || titleBefore(w, from);
    }
    int triggerStart =
        a == from ? w.phraseBefore(from, lex.placeTriggers, lex.placeTriggerEnds) : -1;
    placeCue = placeCue || triggerStart >= 0;
    // an organisation head noun owns the whole name: "Banque de France", not "France"
    if (to - a >= 2 && lex.orgNouns.contains(w.get(a).fold())
        && gazetteer.lookup(w.span(a, to)).isEmpty()) {
      // "la Société Générale Daniel Bouton": the organisation ends where a given name starts
      int cut = to;
      for (int p = a + 1; p < to - 1; p++) {
        if (lex.firstNames.contains(w.get(p).fold())) {
          cut = p;
          break;
        }
      }
      if (cut < to) {
        raws.add(raw(w, cut, to, EntityMention.PERSON, false));
      }
      List<Gazetteer.Entry> known = gazetteer.lookup(w.span(a, cut));
      if (!known.isEmpty() || cut - a >= 2) {
        raws.add(raw(w, a, cut,
            known.isEmpty() ? EntityMention.ORGANISATION : known.get(0).type(), false));
      }
      return;
    }
    // gazetteer on the longest suffix: "Chief Valery Gerasimov" -> "Valery Gerasimov"
    for (int p = a; p < to; p++) {
      if (lex.particles.contains(w.get(p).fold()) && !w.get(p).cap()) {
        continue;
      }
      String s = w.span(p, to);
      List<Gazetteer.Entry> entries = gazetteer.lookup(s);
      // a known place or organisation at the end of a longer name is part of that name
      // ("Jean Paris", "Kanye West"); a known person keeps its name ("Chief Valery Gerasimov")
      if (!entries.isEmpty() && (p == a || EntityMention.PERSON.equals(entries.get(0).type()))) {
        Gazetteer.Entry e = entries.get(0);
        if (p == from && triggerStart >= 0 && EntityMention.PLACE.equals(e.type())) {
          String region = w.span(triggerStart, to);
          Gazetteer.Entry r = gazetteer.lookup(region, EntityMention.PLACE);
          if (r != null && r != e) {
            raws.add(new RawMention(w.get(triggerStart).start(), w.get(to - 1).end(), region,
                EntityMention.PLACE, true));
            return;
          }
        }
        raws.add(new RawMention(w.get(p).start(), w.get(to - 1).end(), s, e.type(), placeCue));
        return;
      }
    }
    // single all-caps words are furniture or unknown acronyms
    if (to - a == 1 && w.get(a).allCaps()) {
      return;
    }
    if (titled) {
      // "le député UMP Jean Leonetti": the name starts at the given name, after any acronym
      int p = a;
      while (p < to - 1 && w.get(p).allCaps()) {
        p++;
      }
      for (int q = p; q < to - 1; q++) {
        if (lex.firstNames.contains(w.get(q).fold())) {
          p = q;
          break;
        }
      }
      raws.add(raw(w, p, to, EntityMention.PERSON, false));
      return;
    }
    for (int p = a; p < to - 1; p++) {
      if (lex.firstNames.contains(w.get(p).fold())) {
        raws.add(raw(w, p, to, EntityMention.PERSON, false));
        return;
      }
    }
    if (placeCue && !lex.stopwords.contains(w.get(a).fold())) {
      if (triggerStart >= 0 && isStrongTrigger(triggerStart, from)) {
        raws.add(raw(w, a, to, EntityMention.PLACE, true));
      } else if (to - a == 1 && !lex.firstNames.contains(w.get(a).fold())) {
        raws.add(raw(w, a, to, null, true));
      }
      return;
    }
    if (to - a == 1) {
      raws.add(raw(w, a, to, null, false));
    } else if (a == from && to - a <= 4 && roleAppositionBefore(w, from)
        && w.closesApposition(w.get(to - 1).end())) {
      raws.add(raw(w, a, to, EntityMention.PERSON, false)); // "le ministre ..., X Y"
    } else if (a == from && to - a <= 4 && !w.get(a).weak()) {
      raws.add(raw(w, a, to, null, false)); // a person if "M. <last word>" is one
    }
  }

  private static RawMention raw(NameWords w, int a, int to, String type, boolean cue) {
    return new RawMention(w.get(a).start(), w.get(to - 1).end(), w.span(a, to), type, cue);
  }

  private boolean known(Tok t, Set<String> knownCaps) {
    return lex.firstNames.contains(t.fold()) || knownCaps.contains(t.fold())
        || !gazetteer.lookup(t.text()).isEmpty();
  }

  /** A multi-word trigger ("région de", "village de") types any name; "à", "en" single words. */
  private static boolean isStrongTrigger(int triggerStart, int at) {
    return at - triggerStart >= 2;
  }

  /**
   * Whether the name follows ", " closing a role phrase introduced by a determiner within the
   * same clause: "Le ministre de la Défense de la Lituanie, Dovilė Šakalienė".
   */
  private boolean roleAppositionBefore(NameWords w, int at) {
    if (at < 2 || !w.separatorBeforeIs(at, ", ")) {
      return false;
    }
    for (int j = at - 1; j >= 1 && j >= at - 10; j--) {
      String between = w.text.substring(w.get(j).end(), w.get(at - 1).end());
      if (j < at - 1 && (between.indexOf(',') >= 0 || between.indexOf('.') >= 0
          || between.indexOf('\n') >= 0)) {
        return false;
      }
      if (lex.determiners.contains(w.get(j - 1).fold())
          && lex.roleStarts.contains(w.get(j).fold())) {
        for (int k = Math.min(NameWords.MAX_PHRASE, at - j); k >= 1; k--) {
          if (lex.roles.contains(w.phrase(j, j + k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A title or role right before the name, possibly with a demonym: "le président russe X". */
  private boolean titleBefore(NameWords w, int at) {
    if (at > 0 && w.get(at - 1).dot() && lex.titles.contains(w.get(at - 1).fold() + ".")) {
      return true;
    }
    if (w.phraseBefore(at, lex.titles, lex.titleEnds) >= 0) {
      return true;
    }
    if (at > 1 && w.country(at - 1, gazetteer) != null
        && !w.get(at - 1).cap()) {
      return w.phraseBefore(at - 1, lex.titles, lex.titleEnds) >= 0;
    }
    return false;
  }

  /**
   * Number of particle words at {@code k} ("de", "von der") that join the name before them to a
   * capitalised word after them, or 0.
   */
  private int particleRun(NameWords w, int k) {
    if (!w.separatorBeforeIs(k, " ")) {
      return 0;
    }
    for (int run = 1; run <= 2 && k + run < w.size(); run++) {
      Tok p = w.get(k + run - 1);
      if (p.cap() || !lex.particles.contains(p.fold())) {
        return 0;
      }
      if (!w.separatorIs(p, w.get(k + run), " ") && !w.separatorIs(p, w.get(k + run), "'")) {
        return 0;
      }
      if (w.get(k + run).cap()) {
        return run;
      }
    }
    return 0;
  }
}
