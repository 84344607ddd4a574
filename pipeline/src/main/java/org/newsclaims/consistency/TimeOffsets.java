package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.Claim;
import org.newsclaims.text.ResourceTable;

/**
 * Durations counted from the day of writing, read from the cues of {@code time-offsets.tsv}:
 * «trouvé il y a 15 jours» ({@link #AGO}) or «à 100 jours des Jeux» ({@link #AHEAD}). Their figure
 * changes with the date of the article: with the publication date they name a day, without it two
 * different figures are articles written on different days, not a dispute.
 *
 * <p>Example: {@code offsets.direction(claim)} is {@code "ago"} for «voici onze jours».
 */
final class TimeOffsets {

  static final String AGO = "ago";
  static final String AHEAD = "ahead";

  private record Cue(List<String> before, List<String> after, String direction) {}

  private final List<Cue> cues;

  private TimeOffsets(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  static TimeOffsets fromResources() {
    List<Cue> cues = new ArrayList<>();
    for (String[] row : ResourceTable.read(TimeOffsets.class, "time-offsets.tsv", 2)) {
      int at = row[0].indexOf('_');
      if (at < 0) {
        throw new IllegalStateException("time-offsets.tsv: «" + row[0] + "» has no _");
      }
      cues.add(new Cue(PropertyReader.words(row[0].substring(0, at)), PropertyReader.words(row[0].substring(at + 1)),
          row[1].strip()));
    }
    return new TimeOffsets(cues);
  }

  /** {@link #AGO}, {@link #AHEAD} or null: how the duration stands to the day of writing. */
  String direction(Claim c) {
    String sentence = c.sentence();
    int at = sentence == null || c.text() == null ? -1 : sentence.indexOf(c.text());
    if (at < 0) {
      return null;
    }
    List<String> before = new ArrayList<>(PropertyReader.words(sentence.substring(0, at)));
    if (before.size() == 1 && before.get(0).equals("a")) {
      before.set(0, "à"); // «A 100 jours des Jeux»: capitals drop the accent
    }
    List<String> after = PropertyReader.words(sentence.substring(at + c.text().length()));
    for (Cue cue : cues) {
      if (endsWith(before, cue.before()) && startsWith(after, cue.after())) {
        return cue.direction();
      }
    }
    return null;
  }

  private static boolean endsWith(List<String> words, List<String> tail) {
    return words.size() >= tail.size() && words.subList(words.size() - tail.size(), words.size()).equals(tail);
  }

  private static boolean startsWith(List<String> words, List<String> head) {
    return words.size() >= head.size() && words.subList(0, head.size()).equals(head);
  }
}
