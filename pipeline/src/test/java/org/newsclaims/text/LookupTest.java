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
  void aWordSharingFirstLetterLastLetterAndLengthWithAListedWordIsStillLookedUp() {
    Set<String> lookup = Lookup.set(List.of("selon", "d'après", "été", "ç"));
    assertTrue(lookup.contains("selon"));
    assertFalse(lookup.contains("salon")); // same ends and length: the table answers
    assertFalse(lookup.contains("selons"));
    assertFalse(lookup.contains(""));
    assertTrue(lookup.contains("été")); // characters past 127 are taken modulo 128
    assertFalse(lookup.contains("\u0169t\u00e9")); // "ũté": ũ shares é's bits modulo 128
    assertTrue(lookup.contains("ç"));
    assertTrue(Lookup.set(List.of(1, 2)).contains(2)); // no filter for other elements
    assertFalse(Lookup.map(Map.of("", "vide")).isEmpty());
    assertEquals("vide", Lookup.map(Map.of("", "vide")).get("")); // an empty key: no filter
  }
}
