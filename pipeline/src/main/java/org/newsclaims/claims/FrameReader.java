package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;

/**
 * Finds the event frames of a sentence ({@code frames.txt}: "repris" is {@code retake},
 * "libér*" too) and says which one a claim belongs to: the cue nearest the claim in its noun
 * phrase, then in its clause, then in the sentence. Frames of {@code event-frames.txt} (a
 * visit, a summit) name a datable event: they date before any nearer frame.
 *
 * <p>Example: in "ses troupes avaient repris au total plus de 1.100 km2 de territoire" the
 * claim "plus de 1.100 km2" gets the frame {@code retake}. Immutable and thread-safe; the
 * {@link Frames} of one sentence live for that sentence only.
 */
final class FrameReader {

  private record Cue(String[] tokens, String label) {}

  private final List<Cue> cues;
  private final Set<String> eventFrames;
  private final PhraseIndex index;

  private FrameReader(List<Cue> cues, Set<String> eventFrames) {
    this.cues = cues;
    this.eventFrames = eventFrames;
    this.index = PhraseIndex.first(cues.stream().map(Cue::tokens).toList(), true);
  }

  static FrameReader fromResources() {
    List<Cue> f = new ArrayList<>();
    for (String[] r : ResourceTable.read(FrameReader.class, "frames.txt")) {
      f.add(new Cue(r[1].split(" "), r[0]));
    }
    f.sort(Comparator.comparingInt((Cue r) -> -r.tokens().length));
    Set<String> events = new HashSet<>();
    for (String[] r : ResourceTable.read(FrameReader.class, "event-frames.txt")) {
      events.add(r[0]);
    }
    return new FrameReader(List.copyOf(f), Lookup.set(events));
  }

  /**
   * The frame cues of one sentence, in token order. They are looked for when first asked: most
   * sentences hold no figure, so no claim asks for their frame.
   */
  Frames find(ClaimSentence s) {
    return new Frames(s);
  }

  private List<int[]> hits(ClaimSentence s) {
    List<int[]> hits = new ArrayList<>();
    for (int i = s.ts; i < s.te; i++) {
      int f = index.at(s.tk, i, s.ts, s.te);
      if (f >= 0) {
        hits.add(new int[] {i, f});
      }
    }
    return hits;
  }

  /** The frame cues found in one sentence and the questions claims ask of them. */
  final class Frames {
    private final ClaimSentence s;
    private List<int[]> found; // {tokenIndex, cue}, sorted by token; null until first asked

    private Frames(ClaimSentence s) {
      this.s = s;
    }

    private List<int[]> hits() {
      if (found == null) {
        found = FrameReader.this.hits(s);
      }
      return found;
    }

    private String label(int[] hit) {
      return cues.get(hit[1]).label();
    }

    /** The frame nearest the claim: in its noun phrase, then its clause, then the sentence. */
    String frameFor(int from, int to, int whatFrom, int whatTo) {
      String inWhat = nearest(from, whatFrom, whatTo);
      int[] clause = s.clause(from, to);
      if (inWhat != null) {
        // a participle describing the counted noun ("des terres occupées par Kiev") yields to
        // the verb that governs the amount ("... repris par Moscou"); a head noun that looks
        // like a participle ("12 blessés", "200 déplacés") keeps its frame
        if (frameAt(whatFrom) == null && participleOnly(whatFrom + 1, whatTo)) {
          String outside = nearestOutside(from, clause[0], clause[1], whatFrom, whatTo);
          if (outside != null) {
            return outside;
          }
        }
        return inWhat;
      }
      String inClause = nearest(from, clause[0], clause[1]);
      return inClause != null ? inClause : nearest(from, s.ts, s.te);
    }

    /** The frame whose cue is nearest {@code at} within {@code [from, to)}; ties go left. */
    String nearest(int at, int from, int to) {
      // hits are sorted by token index: walk out from the insertion point of "at"
      List<int[]> hits = hits();
      int lo = 0;
      int hi = hits.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (hits.get(mid)[0] < at) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int left = lo - 1;
      int right = lo;
      while (left >= 0 || right < hits.size()) {
        int[] l = left >= 0 && hits.get(left)[0] >= from ? hits.get(left) : null;
        int[] r = right < hits.size() && hits.get(right)[0] < to ? hits.get(right) : null;
        if (l == null && r == null) {
          return null;
        }
        if (r != null && (l == null || r[0] - at < at - l[0])) {
          return label(r);
        }
        if (l != null && (r == null || at - l[0] <= r[0] - at)) {
          return label(l);
        }
        left--;
        right++;
      }
      return null;
    }

    /** True when every cue inside {@code [from, to)} is a past participle (-é, -és, -ée, -ées). */
    private boolean participleOnly(int from, int to) {
      boolean any = false;
      for (int[] h : hits()) {
        if (h[0] < from || h[0] >= to) {
          continue;
        }
        any = true;
        String word = s.at(h[0]).text().toLowerCase(java.util.Locale.ROOT);
        if (!(word.endsWith("é") || word.endsWith("és") || word.endsWith("ée")
            || word.endsWith("ées"))) {
          return false;
        }
      }
      return any;
    }

    /** The frame nearest {@code at} in {@code [from, to)} but outside {@code [skipFrom, skipTo)}. */
    private String nearestOutside(int at, int from, int to, int skipFrom, int skipTo) {
      return nearestWhere(at,
          h -> h[0] >= from && h[0] < to && (h[0] < skipFrom || h[0] >= skipTo));
    }

    /** The nearest frame of the sentence naming a datable event (event-frames.txt), or null. */
    String nearestEvent(int at) {
      return nearestWhere(at,
          h -> h[0] >= s.ts && h[0] < s.te && eventFrames.contains(label(h)));
    }

    /** The frame of the hit nearest {@code at} among those kept; ties go to the first. */
    private String nearestWhere(int at, Predicate<int[]> keep) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (int[] h : hits()) {
        if (!keep.test(h)) {
          continue;
        }
        int distance = Math.abs(h[0] - at);
        if (distance < bestDistance) {
          best = label(h);
          bestDistance = distance;
        }
      }
      return best;
    }

    /** The frame whose cue starts at token {@code i}, or null. */
    String frameAt(int i) {
      for (int[] h : hits()) {
        if (h[0] == i) {
          return label(h);
        }
      }
      return null;
    }
  }
}
