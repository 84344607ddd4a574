package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.Claim.Qualifiers;
import org.newsclaims.model.Claim.Units;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.SpanKind;
import org.newsclaims.text.Token;

/**
 * Reads the claim around one number: its unit ({@link UnitTable}), qualifier
 * ({@link QualifierTable}), counted noun phrase ({@link NounPhraseReader}) or a range with the
 * next number ({@link RangeReader}); and says when a number is no claim: a year, a time of day,
 * an age, a rank or a name ({@code not-claims.txt}).
 *
 * <p>Example: "plus de 1.100 km2 de territoire" reads {@code value=1100, low=1100, high=null,
 * unit=km2, qualifier=more_than, what="territoire"}; "en 2024" and "à 10 heures" read nothing.
 * Immutable and thread-safe.
 */
final class AmountReader {

  private final UnitTable units;
  private final QualifierTable qualifiers;
  private final NounPhraseReader nounPhrases;
  private final RangeReader ranges;
  private final Set<String> notBefore;
  private final AgeReader ages;
  private final List<String[]> timeCues;
  /** Units after which «un»/«une» alone is the number one: «une vidéo d'une heure». */
  private final Set<String> oneUnits;
  /** Days in one unit of each duration unit (consistency/dimensions.tsv), for two-part durations. */
  private final Map<String, Double> daysPerUnit;

  private AmountReader(UnitTable units, QualifierTable qualifiers, NounPhraseReader nounPhrases,
      Set<String> notBefore, AgeReader ages, List<String[]> timeCues, Set<String> oneUnits,
      Map<String, Double> daysPerUnit) {
    this.daysPerUnit = Map.copyOf(daysPerUnit);
    this.units = units;
    this.qualifiers = qualifiers;
    this.nounPhrases = nounPhrases;
    this.ranges = new RangeReader(units, nounPhrases);
    this.notBefore = notBefore;
    this.ages = ages;
    this.timeCues = timeCues;
    this.oneUnits = oneUnits;
  }

  static AmountReader fromResources(UnitTable units, QualifierTable qualifiers,
      NounPhraseReader nounPhrases) {
    return fromResources(units, qualifiers, nounPhrases, AgeReader.fromResources(qualifiers));
  }

  static AmountReader fromResources(UnitTable units, QualifierTable qualifiers,
      NounPhraseReader nounPhrases, AgeReader ages) {
    Set<String> nb = new HashSet<>();
    List<String[]> tc = new ArrayList<>();
    Set<String> one = new HashSet<>();
    for (String[] r : ResourceTable.read(AmountReader.class, "not-claims.txt")) {
      switch (r[0]) {
        case "notbefore" -> nb.add(r[1]);
        case "agecue", "person" -> { } // AgeReader's
        case "timecue" -> tc.add(r[1].split(" "));
        case "oneunit" -> one.add(r[1]);
        default -> throw new IllegalStateException("not-claims.txt: unknown type " + r[0]);
      }
    }
    Map<String, Double> days = new HashMap<>();
    for (String[] r : ResourceTable.read(AmountReader.class, "/org/newsclaims/consistency/dimensions.tsv", 3)) {
      if ("duration".equals(r[1])) {
        days.put(r[0], Double.parseDouble(r[2]));
      }
    }
    return new AmountReader(units, qualifiers, nounPhrases, Set.copyOf(nb), ages,
        List.copyOf(tc), Set.copyOf(one), days);
  }

  /** True for a unit of duration (consistency/dimensions.tsv): minutes to years, not ages. */
  boolean isDuration(String unit) {
    return unit != null && daysPerUnit.containsKey(unit);
  }

  private boolean isOneOfAUnit(ClaimSentence s, NumberSpan sp) {
    UnitTable.Unit u = units.at(s, sp.toToken());
    if (u == null) {
      return false;
    }
    if (qualifiers.before(s, sp.fromToken()) != null) {
      return true;
    }
    int after = sp.toToken() + u.tokens().length;
    return oneUnits.contains(u.unit()) && (after >= s.te || !s.isDe(after));
  }

  /** Reads the claim around the number {@code sp} ({@code next} may make a range), or null. */
  ClaimReading read(ClaimSentence s, NumberSpan sp, NumberSpan next) {
    return read(s, sp, next, null);
  }

  /**
   * As {@link #read(ClaimSentence, NumberSpan, NumberSpan)}, with the currency of the amounts
   * the article has just been giving ({@code running}, a {@code currency:} unit, or null): a
   * bare «2,55 milliards» or «un milliard sera souscrit» with no «de» and noun after it is an
   * amount in that currency, as French news writes once the currency is known («une perte de
   * 948 millions d'euros au premier semestre et de 234 millions au troisième trimestre»).
   */
  ClaimReading read(ClaimSentence s, NumberSpan sp, NumberSpan next, String running) {
    return read(s, sp, next, running, null);
  }

  /**
   * As {@link #read(ClaimSentence, NumberSpan, NumberSpan, String)}, with the count read before
   * in the sentence ({@code previousCount}, or null): a bare number of a list of figures counts
   * its noun («91 000 personnes dans le stade, quatre milliards devant leur télé»: four billion
   * «personnes»; {@link NounPhraseReader#isListItem}).
   */
  ClaimReading read(ClaimSentence s, NumberSpan sp, NumberSpan next, String running,
      ClaimReading previousCount) {
    int ts = s.ts;
    int te = s.te;
    int from = sp.fromToken();
    Token first = s.at(from);
    if (from > ts && notBefore.contains(s.at(from - 1).lower())) {
      return null;
    }
    if (from > ts + 1 && s.at(from - 1).is("°") && s.at(from - 2).is("n")) {
      return null;
    }
    // number words with a capital inside a sentence belong to a name ("les Deux Alpes")
    if (first.isWord() && first.isCapitalised() && from > ts
        && !ClaimSentence.isOpener(s.at(from - 1))) {
      return null;
    }
    ClaimReading range = ranges.read(s, sp, next);
    if (range != null) {
      return range;
    }
    // "un"/"une" is an article, except as a bounded amount of a unit: "plus d'une semaine",
    // "moins d'un kilomètre", "près d'un an", or before a short duration that ends its noun
    // phrase: "une vidéo d'une heure" (not "une heure de trop")
    if (sp.kind() == SpanKind.WEAK && !isOneOfAUnit(s, sp)) {
      return null;
    }
    int j = sp.toToken();
    Double value = sp.value();
    double low = sp.low();
    double high = sp.high();
    String unit = null;
    int unitEnd = j;
    UnitTable.Unit ofUnit = sp.kind() == SpanKind.FRACTION ? units.at(s, j) : null;
    if (ofUnit == null && sp.kind() == SpanKind.FRACTION && j + 1 < te && s.isDe(j)) {
      ofUnit = units.at(s, j + 1);
      j = ofUnit == null ? j : j + 1;
    }
    if (ofUnit != null && !Units.PERCENT.equals(ofUnit.unit())) {
      // "trois quarts d'heure", "1/4 kilomètre": a fraction of a unit
      unit = ofUnit.unit();
      double f = ofUnit.multiplier() / 100;
      value = value * f;
      low *= f;
      high *= f;
      unitEnd = j + ofUnit.tokens().length;
    } else if (sp.kind() == SpanKind.FRACTION) {
      j = sp.toToken();
      unit = Units.PERCENT;
    } else {
      UnitTable.Unit u = units.at(s, j);
      if (u == null && (sp.multiplied() || sp.kind() != SpanKind.EXACT) && j < te && s.isDe(j)) {
        u = units.at(s, j + 1);
        if (u != null) {
          j = j + 1;
        }
      }
      if (u != null) {
        unit = u.unit();
        unitEnd = j + u.tokens().length;
        if (u.multiplier() != 1) {
          value = value == null ? null : value * u.multiplier();
          low *= u.multiplier();
          high *= u.multiplier();
        }
      } else {
        // "$ 75 millions", "£ 8,10 millions", "EUR 1000": a currency written before
        u = units.currencyBefore(s, from);
        if (u != null) {
          unit = u.unit();
        } else if (running != null && sp.multiplied() && sp.kind() != SpanKind.FRACTION
            && (j >= te || !s.isDe(j))) {
          unit = running; // «BNP Paribas : 2,55 milliards», after amounts in euros
        }
      }
      // "15 euros 50", "15 dollars et 15 cents", "treize euros et quarante-cinq centimes": the
      // cents of an amount (in words only with "cents"/"centimes" after them)
      if (unit != null && unit.startsWith("currency:") && value != null && next != null
          && !sp.multiplied() && sp.kind() == SpanKind.EXACT) {
        int k = unitEnd < te && s.at(unitEnd).is("et") ? unitEnd + 1 : unitEnd;
        Double c = next.value();
        int after = next.toToken();
        boolean digits = k < te && s.at(k).isDigits();
        // "quarante-cinq cents" reads as 45 hundreds (4 500): after an amount, it is 45 cents
        boolean centsInSpan = c != null && !digits && after - 1 > next.fromToken()
            && s.at(after - 1).is("cents") && c % 100 == 0;
        if (centsInSpan) {
          c = c / 100;
        }
        if (next.fromToken() == k && k > unitEnd - 1 && c != null && next.kind() == SpanKind.EXACT
            && c >= 1 && c < 100 && c == Math.floor(c)) {
          boolean cents = centsInSpan
              || after < te && (s.at(after).is("cents") || s.at(after).is("centimes"));
          if (cents || digits && (after >= te || !s.at(after).isWord())) {
            value += c / 100;
            low = value;
            high = value;
            unitEnd = cents && !centsInSpan ? after + 1 : after;
          }
        }
      }
    }
    // "six ans et demi", "six ans et quatre mois": one duration in two parts
    if (unit != null && daysPerUnit.containsKey(unit) && value != null && next != null && sp.kind() == SpanKind.EXACT
        && unitEnd + 1 < te && s.at(unitEnd).is("et") && next.fromToken() == unitEnd + 1 && next.value() != null) {
      Double part = null;
      int partEnd = next.toToken();
      if (next.kind() == SpanKind.FRACTION && partEnd == next.fromToken() + 1) {
        part = next.value() / 100; // «et demi»: half of the unit
      } else {
        UnitTable.Unit smaller = units.at(s, partEnd);
        Double ratio = smaller == null ? null : daysPerUnit.get(smaller.unit());
        if (ratio != null && ratio < daysPerUnit.get(unit)) {
          part = next.value() * ratio / daysPerUnit.get(unit);
          partEnd += smaller.tokens().length;
        }
      }
      if (part != null) {
        value += part;
        low = value;
        high = value;
        unitEnd = partEnd;
      }
    }
    // years, times of day, ages and names are no claims
    if (sp.kind() == SpanKind.EXACT && s.isYearLike(sp) && unit == null) {
      return null;
    }
    if (unit == null && from > ts && s.at(from - 1).isCapitalised()
        && from - 1 > ts && !ClaimSentence.isOpener(s.at(from - 2))) {
      return null; // "Apollo 11", "Euro 2024"
    }
    if (Units.HOUR.equals(unit) && s.precededBy(timeCues, from)) {
      return null;
    }
    int[] ageOf = null;
    if (Units.YEAR.equals(unit) && ages.isAge(s, from, unitEnd)) {
      ageOf = ages.subject(s, from, unitEnd);
      if (ageOf == null) {
        return null; // «un homme de 45 ans»: the age of someone unnamed is compared with nothing
      }
      unit = Units.AGE;
    }
    // qualifier
    String qualifier = sp.kind() == SpanKind.APPROX ? Qualifiers.ABOUT
        : sp.kind() == SpanKind.VAGUE ? Qualifiers.VAGUE : Qualifiers.EXACT;
    int start = from;
    int anchor = from;
    if (sp.kind() == SpanKind.FRACTION && from > ts && ClaimSentence.isDeterminer(s.at(from - 1))) {
      anchor = from - 1; // "plus de la moitié"
      start = anchor;
    }
    QualifierTable.Qualifier q = qualifiers.before(s, anchor);
    if (q == null && unitEnd < te) {
      q = qualifiers.after(s, unitEnd);
      if (q != null) {
        unitEnd += q.tokens().length;
      }
    } else if (q != null) {
      start = anchor - q.tokens().length;
    }
    Double lowB = low;
    Double highB = high;
    if (q != null && value != null && sp.kind() != SpanKind.VAGUE) {
      qualifier = q.qualifier();
      double base = value;
      lowB = base * q.lowFactor();
      if (q.highFactor() != null) {
        highB = base * q.highFactor();
      } else {
        highB = Units.PERCENT.equals(unit) ? Double.valueOf(100) : null;
      }
    }
    boolean restates = s.isRestating(start);
    // what
    int[] what = new int[] {-1, -1};
    if (sp.counted() != null) {
      int cf = sp.fromToken() + 1;
      what = new int[] {cf, cf + sp.counted().split(" ").length};
    } else if (unit == null) {
      int np = unitEnd;
      if ((sp.multiplied() || sp.kind() != SpanKind.EXACT) && np < te && s.isDe(np)) {
        np++;
      } else if (np + 1 < te && isPartitive(s, np)) {
        np += s.at(np).is("des") ? 1 : 2; // «trois de ses traders», «deux des otages»: some of the things named
      }
      what = nounPhrases.at(s, np);
      if (what == null && previousCount != null && Units.COUNT.equals(previousCount.unit())
          && previousCount.whatFrom() >= 0 && np == unitEnd
          && nounPhrases.isListItem(s, start, unitEnd, previousCount.whatTo())) {
        what = new int[] {previousCount.whatFrom(), previousCount.whatTo()};
      }
      if (what == null || nounPhrases.isNotCounted(s, what)) {
        return null;
      }
      unit = Units.COUNT;
      if (q == null && what[1] < te) {
        QualifierTable.Qualifier post = qualifiers.after(s, what[1]);
        if (post != null && value != null) {
          qualifier = post.qualifier();
          lowB = value * post.lowFactor();
          highB = post.highFactor() == null ? null : value * post.highFactor();
        }
      }
    } else {
      what = nounPhrases.after(s, unitEnd);
      if (what == null) {
        what = nounPhrases.beforeDe(s, start);
      }
    }
    if (ageOf != null) {
      what = ageOf;
    }
    String whatText = what == null || what[0] < 0 ? null : s.surface(what[0], what[1]);
    int wf = what == null ? -1 : what[0];
    int wt = what == null ? -1 : what[1];
    return new ClaimReading(start, unitEnd, value, lowB, highB, unit, qualifier, wf, wt,
        whatText, restates);
  }

  /** Plural determiners after «de» that make a count a part of a named set: «trois de ses traders». */
  private static final Set<String> PARTITIVE = org.newsclaims.text.WordClasses.of("partitive-determiner");

  /**
   * True when a partitive stands at {@code j}, right after an exact number: «de» and a plural
   * determiner («trois de ses traders», «deux de ces hommes») or «des» («quatre des otages»),
   * with a word after it.
   */
  private static boolean isPartitive(ClaimSentence s, int j) {
    if (s.at(j).is("des")) {
      return s.at(j + 1).isWord();
    }
    return s.isDe(j) && j + 2 < s.te && PARTITIVE.contains(s.at(j + 1).lower()) && s.at(j + 2).isWord();
  }
}
