package org.newsclaims.consistency;

import java.util.Map;
import java.util.TreeSet;
import org.newsclaims.model.Claim;

/**
 * When a claim was stated and what it refers to in time, for the judges: its article's
 * publication date, else its own date, else the date estimated for its undated article
 * ({@link UndatedArticles}: {@code date|evidence}), and the note explaining an estimate.
 *
 * <p>Example: {@code ClaimTimes.asOf(claim, estimated)} orders «3 morts» on the first day before
 * «5 morts» a week later.
 */
final class ClaimTimes {

  private ClaimTimes() {}


  /**
   * When the source stated the claim: its article's publication date, else the claim's own date,
   * else the date estimated for its article. Changing figures are ordered by it ("3 morts" in
   * the first reports, "5 morts" a week later), not by the date of the event they describe.
   */
  static String asOf(Claim c, Map<String, String> estimated) {
    return c.published() != null ? c.published() : dateOf(c, estimated);
  }

  /** The claim's own date, else the date estimated for its article, else null. */
  static String dateOf(Claim c, Map<String, String> estimated) {
    if (c.date() != null) {
      return c.date();
    }
    String e = estimated.get(c.article());
    return e == null ? null : e.substring(0, e.indexOf('|'));
  }

  static String estimateNote(Iterable<Claim> claims, Map<String, String> estimated) {
    TreeSet<String> notes = new TreeSet<>();
    for (Claim c : claims) {
      String e = c.date() == null ? estimated.get(c.article()) : null;
      if (e != null) {
        int bar = e.indexOf('|');
        notes.add(c.article() + " is undated; it repeats the figures of " + e.substring(bar + 1)
            + ", so it is read as of " + e.substring(0, bar));
      }
    }
    return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
  }
}
