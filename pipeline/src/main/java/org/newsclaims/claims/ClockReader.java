package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.text.Token;

/**
 * Reads the times of day of one sentence, written the French way with «h» glued to the hour:
 * «20h08», «20h», «14h30» (the number scanner reads none of them as an amount). Each becomes a
 * claim of unit {@code time}: the hours after midnight, its bounds the minute written («20h08»
 * is 20.133, from 20h07.5 to 20h08.5), so that «20h00» and «20h08» are two different times.
 * Hours above 23 and minutes above 59 are no time; «19h-20h» (a slot) is left out.
 *
 * <p>Example: {@code ClockReader.read(sentence)} gives one time for «La cérémonie doit débuter à
 * 20h08 (heure locale)».
 */
final class ClockReader {

  private static final int LAST_HOUR = 23;
  private static final int LAST_MINUTE = 59;
  private static final double MINUTES = 60;
  private static final double HALF_MINUTE = 0.5 / MINUTES;

  /** A time of day over tokens {@code [from, to)}: hours after midnight and the minute's bounds. */
  record Clock(int from, int to, double hours, double low, double high) {}

  private ClockReader() {}

  static List<Clock> read(ClaimSentence s) {
    List<Clock> out = new ArrayList<>();
    for (int i = s.ts; i + 1 < s.te; i++) {
      Token hour = s.at(i);
      Token h = s.at(i + 1);
      if (!hour.isDigits() || hour.text().length() > 2 || !hour.touches(h) || !h.isWord()
          || i > s.ts && s.at(i - 1).touches(hour)) {
        continue;
      }
      String w = h.lower();
      Integer minutes = w.equals("h") ? Integer.valueOf(0) : minutes(w);
      int to = i + 2;
      if (w.equals("h") && to < s.te && h.touches(s.at(to)) && s.at(to).isDigits() && s.at(to).text().length() == 2) {
        minutes = Integer.parseInt(s.at(to).text()); // «20h 08» tokenised apart
        to++;
      }
      int hours = Integer.parseInt(hour.text());
      if (minutes == null || hours > LAST_HOUR || minutes > LAST_MINUTE
          || to < s.te && s.at(to - 1).touches(s.at(to)) && s.at(to).is("-")) {
        continue;
      }
      double v = hours + minutes / MINUTES;
      out.add(new Clock(i, to, v, v - HALF_MINUTE, v + HALF_MINUTE));
      i = to - 1;
    }
    return out;
  }

  /** The minutes of «h08», or null. */
  private static Integer minutes(String w) {
    if (w.length() != 3 || w.charAt(0) != 'h' || !Character.isDigit(w.charAt(1)) || !Character.isDigit(w.charAt(2))) {
      return null;
    }
    return Integer.parseInt(w.substring(1));
  }
}
