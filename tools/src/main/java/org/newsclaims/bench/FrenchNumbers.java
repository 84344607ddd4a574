package org.newsclaims.bench;

/**
 * Writes whole numbers below one million in French words (1990 spelling reform not applied:
 * "vingt et un", "quatre-vingts", "trois cents", "deux mille"), for the corpus generator.
 */
final class FrenchNumbers {

  private static final String[] UNITS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
      "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
      "dix-huit", "dix-neuf"};
  private static final String[] TENS = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};

  private FrenchNumbers() {}

  /** {@code n} in words, for 0 ≤ n < 1,000,000. */
  static String words(long n) {
    if (n < 0 || n >= 1_000_000) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n == 0) {
      return UNITS[0];
    }
    int thousands = (int) (n / 1000);
    int rest = (int) (n % 1000);
    StringBuilder b = new StringBuilder();
    if (thousands > 0) {
      b.append(thousands == 1 ? "mille" : belowThousand(thousands, false) + " mille");
    }
    if (rest > 0) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(belowThousand(rest, true));
    }
    return b.toString();
  }

  private static String belowThousand(int n, boolean last) {
    int hundreds = n / 100;
    int rest = n % 100;
    StringBuilder b = new StringBuilder();
    if (hundreds > 0) {
      b.append(hundreds == 1 ? "cent" : UNITS[hundreds] + " cent");
      if (hundreds > 1 && rest == 0 && last) {
        b.append('s');
      }
    }
    if (rest > 0) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(belowHundred(rest, last));
    }
    return b.toString();
  }

  private static String belowHundred(int n, boolean last) {
    if (n < 20) {
      return UNITS[n];
    }
    if (n < 70) {
      int unit = n % 10;
      String tens = TENS[n / 10];
      return unit == 0 ? tens : unit == 1 ? tens + " et un" : tens + "-" + UNITS[unit];
    }
    if (n < 80) {
      return n == 71 ? "soixante et onze" : "soixante-" + UNITS[n - 60];
    }
    if (n == 80) {
      return last ? "quatre-vingts" : "quatre-vingt";
    }
    return "quatre-vingt-" + UNITS[n - 80];
  }
}
