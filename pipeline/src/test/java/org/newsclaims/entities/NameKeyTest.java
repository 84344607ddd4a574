package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.text.Folding;

class NameKeyTest {

  @ParameterizedTest(name = "{0} ~ {1} ({2})")
  @CsvSource({
      "Alexeï Navalnyï, Alexei Navalny, person",
      "Navalnyï, Navalny, person",
      "Recep Tayyip Erdoğan, Erdogan, person",
      "Khodorkovski, Khodorkovsky, person",
      "Mikhaïl Khodorkovski, Mikhail Khodorkovsky, person",
      "Viktor Ianoukovitch, Viktor Yanukovych, person",
      "Zelenskiy, Zelenski, person",
      "Sergueï Choïgou, Sergei Shoigu, person",
      "Prigojine, Prigozhin, person",
      "Tchernihiv, Chernihiv, place",
      "Kharkov, Kharkiv, place",
      "Kyïv, Kiev, place",
      "Kyiv, Kiev, place",
      "Marioupol, Mariupol, place",
      "Zaporijjia, Zaporizhzhia, place",
      "Louhansk, Luhansk, place",
      "Odessa, Odesa, place",
      "Moscow, Moscou, place",
      "Nato, OTAN, organisation",
      "Nations unies, ONU, organisation",
      "Djankoï, Dzhankoy, place",
      "Bilhorod-Dnistrovsky, Bilhorod-Dnistrovskyi, place",
      "Vitaly Klitschko, Vitali Klitchko, person",
  })
  void sharesKeyAcrossSpellings(String a, String b, String type) {
    assertEquals(NameKey.of(a, type), NameKey.of(b, type));
  }

  @ParameterizedTest(name = "{0} != {1} ({2})")
  @CsvSource({
      "Dnipro, Dnipropetrovsk, place",
      "Moscou, région de Moscou, place",
      "Kim Jong-un, Kim Yo-jong, person",
      "Corée du Nord, Corée du Sud, place",
      "Vladimir Poutine, Volodymyr Zelensky, person",
      "Soudja, Souzdal, place",
      "Koursk, Kurgan, place",
  })
  void keepsDifferentEntitiesApart(String a, String b, String type) {
    assertNotEquals(NameKey.of(a, type), NameKey.of(b, type));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource({
      "Valéri Guérassimov, person, person:gerasimov",
      "Koursk, place, place:kursk",
      "Soudja, place, place:sudja",
      "Sudzha, place, place:sudja",
      "M. Syrskyi, person, person:sirski",
  })
  void readsTheExpectedKey(String name, String type, String key) {
    assertEquals(key, NameKey.of(name, type));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Oleksandre, Oleksandr", "Iouri, Yuri", "Sergueï, Sergey", "Dmitri, Dmitriy"})
  void bringsGivenNameSpellingsTogether(String a, String b) {
    assertEquals(NameKey.given(Folding.fold(a)), NameKey.given(Folding.fold(b)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "martin luther king jr, king",
      "henri iii, henri",
      "jean dupont, dupont",
  })
  void aGenerationalSuffixIsNoSurname(String folded, String surname) {
    assertEquals(surname, NameKey.surname(folded));
  }
}
