package org.newsclaims.entities;

/**
 * The blocking key of a name: spellings of one entity across outlets share it.
 *
 * <p>TODO(entities helper): folding, transliteration, phonetic keys.
 */
public final class NameKey {

  private NameKey() {}

  public static String of(String name, String type) {
    return type + ":" + name.toLowerCase(java.util.Locale.ROOT);
  }
}
