package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.text.ResourceTable;

/**
 * Who states a claim ({@code speech.txt}): the speaker of the enclosing quote, the subject of a
 * verb of saying before it ("X a affirmé que", "ce dernier a assuré") or the mention after
 * "selon" nearby. Gives the speaker's mention as written; null when none.
 *
 * <p>Example: in "Le ministre Jean Dupont a affirmé que 40 soldats ont été capturés", the claim
 * "40 soldats" is stated by the mention "Jean Dupont". Immutable and thread-safe; a
 * {@link Finder} lives for one sentence.
 */
final class ClaimSpeakers {

  /** Speech verbs, whole ("fait savoir": "fait" alone is no verb of saying). */
  private final List<String[]> speechVerbs;
  private final Set<String> speechVerbFirsts;
  private final List<String[]> pronouns;
  private final List<String[]> according;
  private final PhraseIndex accordingIndex;

  private ClaimSpeakers(List<String[]> speechVerbs, List<String[]> pronouns,
      List<String[]> according) {
    this.speechVerbs = speechVerbs;
    Set<String> firsts = new HashSet<>();
    speechVerbs.forEach(v -> firsts.add(v[0]));
    this.speechVerbFirsts = Set.copyOf(firsts);
    this.pronouns = pronouns;
    this.according = according;
    this.accordingIndex = PhraseIndex.first(according, false);
  }

  static ClaimSpeakers fromResources() {
    List<String[]> sv = new ArrayList<>();
    List<String[]> pr = new ArrayList<>();
    List<String[]> acc = new ArrayList<>();
    for (String[] r : ResourceTable.read(ClaimSpeakers.class, "speech.txt")) {
      switch (r[0]) {
        case "verb", "present" -> sv.add(r[1].split(" "));
        case "pronoun" -> pr.add(r[1].split(" "));
        case "according" -> acc.add(r[1].split(" "));
        default -> throw new IllegalStateException("speech.txt: unknown type " + r[0]);
      }
    }
    return new ClaimSpeakers(List.copyOf(sv), List.copyOf(pr), List.copyOf(acc));
  }

  /**
   * The speaker finder of one sentence.
   *
   * @param persons the article's person mentions, by start
   * @param speakers its person and organisation mentions, by start
   */
  Finder in(ClaimSentence s, List<Quote> quotes, List<EntityMention> persons,
      List<EntityMention> speakers) {
    return new Finder(s, quotes, persons, speakers);
  }

  /** Finds speakers in one sentence; the "selon" cues are found once, on first use. */
  final class Finder {
    private final ClaimSentence s;
    private final List<Quote> quotes;
    private final List<EntityMention> persons;
    private final List<EntityMention> speakers;
    private List<int[]> accordingHits; // {tokenIndex, row}

    private Finder(ClaimSentence s, List<Quote> quotes, List<EntityMention> persons,
        List<EntityMention> speakers) {
      this.s = s;
      this.quotes = quotes;
      this.persons = persons;
      this.speakers = speakers;
    }

    /** The speaker of the claim at offsets {@code [start, end)}, first token {@code fromToken}. */
    String speakerFor(int start, int end, int fromToken) {
      for (Quote q : quotes) {
        if (q.start() <= start && end <= q.end()) {
          return q.speakerMention();
        }
      }
      int reach = ClaimSentence.CLAUSE_REACH;
      // "X a affirmé que ...", "Ce dernier a assuré ..."
      for (int k = fromToken - 1; k >= s.ts && fromToken - k <= reach; k--) {
        if (isSpeechVerbAt(k)) {
          String subject = subjectOf(k);
          if (subject != null) {
            return subject;
          }
        }
      }
      // "selon X" in the sentence, near the claim
      List<int[]> hits = accordingHits();
      int lo = 0;
      int hi = hits.size();
      while (lo < hi) { // first hit within reach before the claim
        int mid = (lo + hi) >>> 1;
        if (hits.get(mid)[0] < fromToken - reach) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int h = lo; h < hits.size() && hits.get(h)[0] <= fromToken + reach; h++) {
        int[] hit = hits.get(h);
        int after = hit[0] + according.get(hit[1]).length;
        if (after >= s.te) {
          continue;
        }
        if (s.at(after).is("lui") || s.at(after).is("elle")) {
          return lastPersonBefore(s.at(hit[0]).start());
        }
        EntityMention m = mentionStartingAt(s.at(after).start());
        if (m != null) {
          return m.name();
        }
      }
      return null;
    }

    private boolean isSpeechVerbAt(int k) {
      if (!speechVerbFirsts.contains(s.at(k).lower())) {
        return false;
      }
      for (String[] v : speechVerbs) {
        if (s.matchAt(v, k)) {
          return true;
        }
      }
      return false;
    }

    private List<int[]> accordingHits() {
      if (accordingHits == null) {
        accordingHits = new ArrayList<>();
        for (int k = s.ts; k < s.te; k++) {
          int a = accordingIndex.at(s.tk, k, s.ts, s.te);
          if (a >= 0) {
            accordingHits.add(new int[] {k, a});
          }
        }
      }
      return accordingHits;
    }

    /** The speaker before a speech verb at {@code verb}: a mention or a pronoun. */
    private String subjectOf(int verb) {
      int k = verb - 1;
      // skip auxiliaries and adverbs: "a", "avait", "a également"
      int skipped = 0;
      while (k >= s.ts && skipped < 3 && s.at(k).isWord() && (s.at(k).is("a")
          || s.at(k).is("ont") || s.at(k).is("avait") || s.at(k).is("avaient")
          || s.at(k).is("aurait") || s.at(k).lower().endsWith("ment")
          || s.at(k).is("encore") || s.at(k).is("aussi") || s.at(k).is("déjà"))) {
        k--;
        skipped++;
      }
      if (k < s.ts) {
        return null;
      }
      for (String[] p : pronouns) {
        if (s.matchAt(p, k - p.length + 1)) {
          return lastPersonBefore(s.at(k - p.length + 1).start());
        }
      }
      // a mention ending within a few tokens before the auxiliary ("M. X, pour sa part, a ...")
      int limit = s.at(Math.max(s.ts, k - 8)).start();
      int auxStart = s.at(k).end();
      EntityMention best = null;
      for (EntityMention m : speakers) {
        if (m.end() <= auxStart && m.start() >= limit && m.start() >= s.span.start()) {
          best = m;
        }
      }
      return best == null ? null : best.name();
    }

    private String lastPersonBefore(int offset) {
      EntityMention best = null;
      for (EntityMention m : persons) {
        if (m.end() <= offset) {
          best = m;
        }
      }
      return best == null ? null : best.name();
    }

    private EntityMention mentionStartingAt(int offset) {
      for (EntityMention m : speakers) {
        if (m.start() == offset || (m.start() > offset && m.start() - offset <= 3)) {
          return m;
        }
      }
      return null;
    }
  }
}
