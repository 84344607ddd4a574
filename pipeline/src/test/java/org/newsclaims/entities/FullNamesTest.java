package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fullest form of a person in one article. The article names "Valéri Guérassimov" twice,
 * "Recep Tayyip Erdogan" once and "Anna Guerassimova" once.
 */
class FullNamesTest {

  private static final FullNames NAMES;

  static {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("Valéri Guérassimov", 2);
    counts.put("Recep Tayyip Erdogan", 1);
    counts.put("Anna Guerassimova", 1);
    NAMES = new FullNames(counts);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Guérassimov|Valéri Guérassimov",
      "Guerassimov|Valéri Guérassimov",
      "Erdogan|Recep Tayyip Erdogan",
      "Tayyip Erdogan|Recep Tayyip Erdogan",
      "Valéri Guérassimov|Valéri Guérassimov",
      "Guerassimova|Anna Guerassimova",
      "Jean Dupont|",
      "Dupont|",
  })
  void givesTheArticlesFullestFormOfAPerson(String surface, String name) {
    assertEquals(name == null || name.isEmpty() ? null : name, NAMES.name(surface));
  }
}
