package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one resource format, on {@code resource-table-sample.txt} (a file written for the test). */
class ResourceTableTest {

  private static final String SAMPLE = "resource-table-sample.txt";

  @Test
  void skipsCommentsIndentedCommentsAndBlankLinesOfSpacesAndTabs() {
    assertEquals(4, ResourceTable.read(ResourceTableTest.class, SAMPLE).size());
  }

  @Test
  void stripsEveryCellAndKeepsTrailingEmptyCells() {
    List<String[]> rows = ResourceTable.read(ResourceTableTest.class, SAMPLE);
    assertArrayEquals(new String[] {"de", "particle", "from French"}, rows.get(0));
    assertArrayEquals(new String[] {"von", "particle", ""}, rows.get(1));
    assertArrayEquals(new String[] {"a", "", "c", ""}, rows.get(3));
  }

  @Test
  void normalisesDecomposedAccentsToNfc() {
    List<String[]> rows = ResourceTable.read(ResourceTableTest.class, SAMPLE);
    assertEquals("été", rows.get(2)[0]);
    assertEquals(3, rows.get(2)[0].length());
  }

  @Test
  void listsTheFirstCellOfEachRowAsWords() {
    assertEquals(List.of("de", "von", "été", "a"),
        ResourceTable.words(ResourceTableTest.class, SAMPLE));
  }

  @Test
  void failsOnARowWithTooFewColumns() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ResourceTable.read(ResourceTableTest.class, SAMPLE, 4));
    assertEquals(SAMPLE + ": expected 4 columns in 'de\tparticle\tfrom French'", e.getMessage());
  }

  @Test
  void failsOnAMissingResource() {
    assertThrows(IllegalStateException.class,
        () -> ResourceTable.read(ResourceTableTest.class, "no-such-table.txt"));
  }
}
