package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists' sets and maps answer as the copyOf collections they replace, in the same order. */
class LookupTest {

  private static final List<String> DE_FORMS = List.of("de", "d'", "du", "des", "selon", "d'après");

  @Test
  void aWordListIteratesInTheOrderOfSetCopyOf() {
    Set<String> lookup = Lookup.set(DE_FORMS);
    assertEquals(new ArrayList<>(Set.copyOf(DE_FORMS)), new ArrayList<>(lookup));
    assertTrue(lookup.contains("d'après"));
    assertFalse(lookup.contains("à"));
    assertEquals(Set.copyOf(DE_FORMS), lookup);
  }

  @Test
  void aWordTableGivesTheSameValuesAndOrderAsMapCopyOf() {
    Map<String, String> plain = Map.of("tués", "deaths", "blessés", "injured", "otages", "hostages");
    Map<String, String> lookup = Lookup.map(plain);
    assertEquals(new ArrayList<>(Map.copyOf(plain).entrySet()), new ArrayList<>(lookup.entrySet()));
    assertEquals("injured", lookup.get("blessés"));
    assertEquals("none", lookup.getOrDefault("disparus", "none"));
    assertTrue(lookup.containsKey("otages"));
  }

  @Test
  void aNullWordIsRefusedAsByCopyOf() {
    assertThrows(NullPointerException.class, () -> Lookup.set(DE_FORMS).contains(null));
    assertThrows(NullPointerException.class, () -> Lookup.map(Map.of("a", "b")).get(null));
  }

  @Test
  void theFilterBeforeTheTableRefusesNoListedWord() {
    List<String> words = new ArrayList<>();
    for (String w : List.of("selon", "d'après", "été", "ç", "quatre-vingt-dix", "l'", "a")) {
      words.add(w);
    }
    for (int i = 0; i < 2000; i++) {
      words.add("mot" + i);
    }
    Set<String> lookup = Lookup.set(words);
    for (String w : words) {
      assertTrue(lookup.contains(w), w);
    }
    assertFalse(lookup.contains("seloN"));
    assertFalse(lookup.contains("selons"));
    assertFalse(lookup.contains(""));
    assertFalse(lookup.contains("mot2000"));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 2100; i++) {
      many.add("mots" + i);
    }
    assertTrue(Lookup.set(many).contains("mots2099")); // over 2048 words: no filter, the table alone
    assertTrue(Lookup.set(List.of(1, 2)).contains(2)); // no filter for other elements
    assertFalse(Lookup.map(Map.of("", "vide")).isEmpty());
    assertEquals("vide", Lookup.map(Map.of("", "vide")).get("")); // an empty key: no filter
  }
}
