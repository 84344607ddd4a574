package org.newsclaims.text;

import java.util.Locale;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;

/**
 * The stem of a French word, so that inflected forms of one word compare equal: «tués», «tuées»
 * and «tué» give {@code tue}; «blessés» and «blessée» give {@code bless}; «chevaux» gives
 * {@code cheval}. Case and accents are folded first; elided articles («l'», «d'») are dropped.
 *
 * <p>Uses Lucene's {@link FrenchLightStemmer} (J. Savoy's light stemmer: plural and feminine
 * endings, a few derivational suffixes), which is thread-safe and allocation-light.
 *
 * <p>Example: {@code FrenchStems.stem("Victimes")} is {@code "victim"}.
 */
public final class FrenchStems {

  private static final FrenchLightStemmer STEMMER = new FrenchLightStemmer();

  private FrenchStems() {}

  /** The folded stem of one word, or the empty string for a word without letters. */
  public static String stem(String word) {
    if (word == null) {
      return "";
    }
    String w = word.strip().toLowerCase(Locale.ROOT);
    int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('\u2019'));
    if (apostrophe >= 0 && apostrophe < 3) {
      w = w.substring(apostrophe + 1);
    }
    w = Folding.fold(w);
    StringBuilder letters = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (Character.isLetterOrDigit(ch) || ch == '-') {
        letters.append(ch);
      }
    }
    if (letters.length() == 0) {
      return "";
    }
    char[] buffer = letters.toString().toCharArray();
    int length = STEMMER.stem(buffer, buffer.length);
    return new String(buffer, 0, length);
  }
}
