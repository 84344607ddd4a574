package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.claims.BoundReader.Bound;

/** Bounds on bare numbers, on sentences written for the test. */
class BoundReaderTest {

  private static final BoundReader R = BoundReader.fromResources();

  private static String describe(List<Bound> bounds) {
    StringBuilder b = new StringBuilder();
    for (Bound x : bounds) {
      b.append(x.low()).append("..").append(x.high()).append(' ').append(x.qualifier())
          .append(';');
    }
    return b.toString();
  }

  @Test
  void readsOneSidedBoundsBeforeAndAfterTheNumber() {
    assertEquals("40.0..null more_than;", describe(R.read("Le taux est supérieur à 40.")));
    assertEquals("null..12.0 at_most;", describe(R.read("Le groupe compte 12 ou moins.")));
    assertEquals("null..3.0 at_most;",
        describe(R.read("Les retards sont inférieurs ou égaux à trois.")));
  }

  @Test
  void joinsALowerAndAnUpperBoundIntoOneInterval() {
    assertEquals("15.0..25.0 range;",
        describe(R.read("La valeur est supérieure à 15 et inférieure à 25.")));
    assertEquals("5.0..9.0 range;", describe(R.read("Il en faut au plus 9 et au moins 5.")));
  }

  @Test
  void keepsBoundsApartWhenTheyDoNotMakeAnInterval() {
    assertEquals("40.0..null more_than;null..10.0 less_than;",
        describe(R.read("Plus de 40 et moins de 10 sont deux cas.")));
  }

  @Test
  void readsRangesAndIgnoresApproximations() {
    assertEquals("20.0..30.0 range;", describe(R.read("Il y a entre 20 et 30 votants.")));
    assertEquals("", describe(R.read("Il y a environ 50 votants.")));
    assertEquals("", describe(R.read("Le nombre est inférieur ou supérieur à 30.")));
  }

  @Test
  void readsEtPlusAsOrMoreOnlyWhenNoComparisonFollows() {
    assertEquals("13.0..null at_least;",
        describe(R.read("Le club accepte les joueurs de 13 et plus.")));
    assertEquals("10.0..20.0 range;",
        describe(R.read("La note est plus grande que 10 et plus petite que 20.")));
  }

  @Test
  void anAlternativeOfComparisonsBoundsNothingWhateverTheAdjectiveEnding() {
    // the stems of comparison-stem (text/word-classes.tsv) take their endings
    assertEquals("", describe(R.read("Les hausses sont inférieures ou supérieures à 30.")));
    assertEquals("", describe(R.read("La valeur est supérieure ou inférieure à 8.")));
    assertEquals("null..8.0 at_most;", describe(R.read("La valeur est égale ou inférieure à 8.")));
  }
}
