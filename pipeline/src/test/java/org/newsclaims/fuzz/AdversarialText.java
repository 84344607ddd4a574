package org.newsclaims.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Builds hostile strings for property-based tests from pieces that stress French text handling:
 * quote marks of every kind and in any balance, numbers with every separator, units, dates,
 * speech verbs, names and titles, markup, line breaks of every kind, control and invisible
 * characters, lone surrogates, very long words and runs. Deterministic for a given seed.
 *
 * <p>Example: {@code AdversarialText.generate(new Random(7), 200)}.
 */
public final class AdversarialText {

  private static final List<String> PIECES = List.of(
      "«", "»", "« ", " »", "\"", "“", "”", "‘", "’", "'", "‹", "›", "„", "—", "–", "-", "(", ")", "[", "]",
      "0", "1", "12", "300", "1 000", "1\u202F000", "2,5", "3.14", "86 %", "-4", "1e9", "99999999999999999999",
      "millions", "milliards", "km²", "km", "hectares", "euros", "€", "$", "%", "mille", "deux cents", "vingt",
      "le 12 mars", "mardi", "2025-04-26", "26/04/2025", "en 2024", "il y a 5 jours", "1er", "XIXe",
      "a déclaré", "a-t-il dit", "selon", "affirme", "plus de", "moins de", "environ", "au moins", "jusqu'à",
      "Jean", "Durand", "M.", "Mme", "le président", "Emmanuel Macron", "Koursk", "l'armée", "d'Ukraine",
      "Le", "la", "les", "de", "des", "et", "il", "elle", "qui", "que", ":", ";", ",", ".", "...", "…", "!", "?",
      " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\u00A0", "\u202F", "\u2009", "\u200B", "\uFEFF", "\u00AD",
      "\u0000", "\u0007", "\u001B", "\u0085", "\u2028", "\u2029", "\uD800", "\uDC00", "\uD83D\uDE00", "e\u0301",
      "<p>", "</p>", "<br>", "<script>", "</script>", "<!--", "-->", "&amp;", "&nbsp;", "&#8217;", "&#x",
      "Ã©", "â€™", "Â", "Publié le", "date: ", "titre: ", "Lire aussi", "(AFP)", "Photo : Reuters",
      "ÉÉÉ", "A", "Z", "ß", "ﬁ", "İ", "Ω", "ش", "漢");

  private AdversarialText() {}

  /** A string of about {@code pieces} pieces, with now and then a long run of one piece. */
  public static String generate(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      String piece = PIECES.get(random.nextInt(PIECES.size()));
      int roll = random.nextInt(100);
      if (roll < 2) {
        b.append(piece.repeat(200 + random.nextInt(2000))); // a long run: nested quotes, digits...
      } else if (roll < 4) {
        b.append((char) random.nextInt(0x10000)); // any UTF-16 unit, surrogates included
      } else {
        b.append(piece);
      }
      if (random.nextInt(3) == 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
