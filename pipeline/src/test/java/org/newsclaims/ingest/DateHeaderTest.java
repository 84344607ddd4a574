package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateHeaderTest {

  private final DateHeader dates = DateHeader.fromResources();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      " date 2025-04 Le chef a parlé.           | 2025-04    | Le chef a parlé.",
      "date: 2025-04-26                          | 2025-04-26 | ''",
      "Date : 26/04/2025                         | 2025-04-26 | ''",
      "Publié le 26/04/2025 à 10h31              | 2025-04-26 | ''",
      "Publié le samedi 26 avril 2025 à 10:31    | 2025-04-26 | ''",
      "Mis à jour le 1er mai 2025 - 08h05        | 2025-05-01 | ''",
      "published: 2025-03-12T10:31:00Z           | 2025-03-12 | ''",
      "date 2024                                 | 2024       | ''",
      "Publié le 3 févr. 2025                    | 2025-02-03 | ''",
  })
  void readsDateHeaders(String line, String iso, String rest) {
    DateHeader.Match m = dates.readHeader(line);
    assertEquals(iso, m.iso());
    assertEquals(rest, m.rest());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le 26 avril 2025, le chef a parlé.",
      "Dater une décision n'est pas simple.",
      "date 2025-13-01",
      "Publié le 32/01/2025",
      "date: demain",
  })
  void ignoresLinesThatAreNotDateHeaders(String line) {
    assertNull(dates.readHeader(line));
  }

  @ParameterizedTest
  @CsvSource({
      "2025-03-12 10:31:00,       2025-03-12",
      "2025-03-12T10:31:00+01:00, 2025-03-12",
      "12/03/2025,                2025-03-12",
      "mars 2025,                 2025-03",
  })
  void parsesFieldValues(String value, String iso) {
    assertEquals(iso, dates.parseValue(value));
  }
}
