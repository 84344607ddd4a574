package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;

/**
 * Reads shares stated without a number ({@code totality.txt}): "repris entièrement" (100 %),
 * "la quasi-totalité" (about 90-100 %), "quelques poches" (vague 0-10 %). A share is a claim
 * only next to a measurable action on a place ("reprendre", "libérer"), about a zone noun or a
 * place of the sentence, and not after a negation or a wish in its clause.
 *
 * <p>Example: "le village a été entièrement libéré" gives one share {@code low=high=100,
 * qualifier=total, what="village", frame=retake}. Immutable and thread-safe.
 */
final class TotalityReader {

  /** A share found: token range, interval in percent, the zone it is of and the frame. */
  record Share(int from, int to, Double value, double low, double high, String qualifier,
      String what, String frame) {}

  private record Row(String[] tokens, boolean adverb, String qualifier, double low,
      double high) {}

  private final NounPhraseReader nounPhrases;
  private final List<Row> rows;
  private final Set<String> zones;
  private final Set<String> blocks;
  private final PhraseIndex rowIndex;
  private final PhraseIndex actionIndex;

  private TotalityReader(NounPhraseReader nounPhrases, List<Row> rows, List<String[]> actions,
      Set<String> zones, Set<String> blocks) {
    this.nounPhrases = nounPhrases;
    this.rows = rows;
    this.zones = zones;
    this.blocks = blocks;
    this.rowIndex = PhraseIndex.first(rows.stream().map(Row::tokens).toList(), false);
    this.actionIndex = PhraseIndex.first(actions, true);
  }

  static TotalityReader fromResources(NounPhraseReader nounPhrases) {
    List<Row> t = new ArrayList<>();
    List<String[]> act = new ArrayList<>();
    Set<String> z = new HashSet<>();
    Set<String> bl = new HashSet<>();
    for (String[] r : ResourceTable.read(TotalityReader.class, "totality.txt")) {
      switch (r[0]) {
        case "phrase" -> t.add(new Row(r[1].split(" "), r[2].equals("adverb"), r[3],
            Double.parseDouble(r[4]), Double.parseDouble(r[5])));
        case "action" -> act.add(r[1].split(" "));
        case "zone" -> z.add(r[1]);
        case "block" -> bl.add(r[1]);
        default -> throw new IllegalStateException("totality.txt: unknown type " + r[0]);
      }
    }
    t.sort(Comparator.comparingInt((Row r) -> -r.tokens().length));
    return new TotalityReader(nounPhrases, List.copyOf(t), List.copyOf(act), Lookup.set(z),
        Lookup.set(bl));
  }

  /**
   * The shares of the sentence, left to right.
   *
   * @param hasPlace true when the sentence holds a place mention (a share needs a zone or one)
   */
  List<Share> read(ClaimSentence s, FrameReader.Frames frames, BooleanSupplier hasPlace) {
    List<Share> out = new ArrayList<>();
    int ts = s.ts;
    int te = s.te;
    int i = ts;
    while (i < te) {
      int row = rowIndex.at(s.tk, i, ts, te);
      Row hit = row < 0 ? null : rows.get(row);
      if (hit == null) {
        i++;
        continue;
      }
      int p = i;
      int q = i + hit.tokens().length;
      i = q;
      int[] cl = s.clause(p, q);
      boolean isBlockedHere = false;
      for (int k = cl[0]; k < p; k++) {
        if (blocks.contains(s.at(k).lower())) {
          isBlockedHere = true;
        }
      }
      if (isBlockedHere) {
        continue;
      }
      int reach = ClaimSentence.CLAUSE_REACH;
      int action = hit.adverb()
          ? nearestAction(s, Math.max(cl[0], p - 4), Math.min(cl[1], q + 4), p)
          : nearestAction(s, p - reach, q + reach, p);
      if (action < 0) {
        continue;
      }
      int zone = -1;
      for (int k = p; k < q; k++) {
        if (zones.contains(s.at(k).lower())) {
          zone = k;
        }
      }
      if (zone < 0) {
        int bestDist = Integer.MAX_VALUE;
        for (int k = Math.max(ts, p - reach); k < Math.min(te, q + reach); k++) {
          if (zones.contains(s.at(k).lower()) && Math.abs(k - p) < bestDist) {
            bestDist = Math.abs(k - p);
            zone = k;
          }
        }
      }
      String what;
      int[] np = zone >= 0 ? nounPhrases.at(s, zone) : null;
      if (np != null) {
        what = s.surface(np[0], np[1]);
      } else if (zone >= 0) {
        what = s.at(zone).text();
      } else if (hasPlace.getAsBoolean()) {
        what = null;
      } else {
        continue;
      }
      String frame = frames.frameAt(action);
      if (frame == null) {
        frame = frames.frameFor(p, q, -1, -1);
      }
      Double value = hit.low() == hit.high() ? hit.high() : null;
      out.add(new Share(p, q, value, hit.low(), hit.high(), hit.qualifier(), what, frame));
    }
    return out;
  }

  private int nearestAction(ClaimSentence s, int from, int to, int at) {
    int best = -1;
    int bestDist = Integer.MAX_VALUE;
    for (int k = Math.max(from, s.ts); k < Math.min(to, s.te); k++) {
      if (actionIndex.at(s.tk, k, s.ts, s.te) >= 0) {
        int d = Math.abs(k - at);
        if (d < bestDist) {
          bestDist = d;
          best = k;
        }
      }
    }
    return best;
  }
}
