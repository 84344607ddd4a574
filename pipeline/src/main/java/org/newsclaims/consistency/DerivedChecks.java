package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;

/**
 * Derived checks (see {@code derived.tsv}): a share and an amount stated together («plus de
 * 1 100 km², soit 86 %») imply the whole, which is compared with the wholes other sources give.
 *
 * <p>Example: {@code derived.check("story:x", "X", claims, byProperty, properties, reader::read)}.
 */
final class DerivedChecks {

  private static final int DERIVED_WINDOW = 300;

  private final PropertyLabels labels;
  private final Dimensions dimensions;
  private final Map<String, String> derivedWhole;
  private final ConsistencyJudge judge;

  DerivedChecks(PropertyLabels labels, Dimensions dimensions, Map<String, String> derivedWhole,
      ConsistencyJudge judge) {
    this.labels = labels;
    this.dimensions = dimensions;
    this.derivedWhole = Map.copyOf(derivedWhole);
    this.judge = judge;
  }

  /** {@code property}: the judge's reading of each claim's property, read once per group (it is read here per pair). */
  List<Finding> check(String entityId, String entityName, List<Claim> claims,
      Map<String, List<Claim>> numeric, Map<String, ComparableProperty> properties,
      Function<Claim, ComparableProperty> property) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Claim[]> seen = new TreeMap<>();
    List<Claim> ordered = FindingText.sorted(new ArrayList<>(claims));
    for (Claim share : ordered) {
      ComparableProperty sp = property.apply(share);
      if (sp == null || !"share".equals(sp.dimension()) || !derivedWhole.containsKey(sp.quantity())
          || Claim.Qualifiers.TOTAL.equals(share.qualifier())) {
        continue;
      }
      for (Claim amount : ordered) {
        ComparableProperty ap = property.apply(amount);
        if (ap == null || amount == share || !amount.article().equals(share.article())
            || !ap.quantity().equals(sp.quantity()) || "share".equals(ap.dimension()) || "date".equals(ap.dimension()) || PropertyReader.CLOCK.equals(ap.dimension())
            || Math.abs(amount.start() - share.start()) > DERIVED_WINDOW) {
          continue;
        }
        String wholeId = new ComparableProperty(ap.dimension(), derivedWhole.get(sp.quantity()), "", null, PropertyReader.EVENT).id();
        seen.putIfAbsent(wholeId + "|" + share.article(), new Claim[] {share, amount});
      }
    }
    Map<String, List<Claim[]>> byWhole = new TreeMap<>();
    seen.forEach((key, pair) -> byWhole.computeIfAbsent(key.substring(0, key.indexOf('|')), k -> new ArrayList<>()).add(pair));
    for (Map.Entry<String, List<Claim[]>> e : byWhole.entrySet()) {
      List<Claim> others = numeric.get(e.getKey());
      if (others == null) {
        continue;
      }
      ComparableProperty whole = properties.get(e.getKey());
      Claim[] pair = e.getValue().get(0);
      Interval s = judge.interval(pair[0], "share");
      Interval a = judge.interval(pair[1], whole.dimension());
      if (s.low() <= 0) {
        continue;
      }
      Interval implied = new Interval(a.low() / (s.high() / 100), a.high() / (s.low() / 100));
      List<Claim> against = others.stream().filter(c -> !judge.interval(c, whole.dimension()).overlaps(implied)).toList();
      String label = labels.label(whole);
      List<Claim> evidence = new ArrayList<>();
      for (Claim[] p : e.getValue()) {
        evidence.add(p[0]);
        evidence.add(p[1]);
      }
      evidence.addAll(FindingText.sorted(new ArrayList<>(others)));
      // the point estimate uses the stated figures: "1 100 km², soit 86 %" → 1 100 / 0.86
      Double shareValue = pair[0].value() != null ? pair[0].value() : (s.low() + s.high()) / 2;
      Double amountValue = pair[1].value() != null ? dimensions.toBase(pair[1].unit(), pair[1].value()) : (a.low() + a.high()) / 2;
      double centre = amountValue / (shareValue / 100);
      String implication = FindingText.listClaims(List.of(pair[1])) + " being " + FindingText.listClaims(List.of(pair[0]))
          + " implies about " + FindingText.number(centre) + " " + dimensions.baseLabel(pair[1].unit()) + " for the " + label
          + " (" + FindingText.range(implied, whole.dimension()) + ")";
      if (against.isEmpty()) {
        findings.add(FindingText.finding(entityId, entityName, whole.id() + "#derived", label + " (derived)", Finding.AGREE,
            evidence, implication + ", which fits " + FindingText.listClaims(others) + "."));
      } else {
        findings.add(FindingText.finding(entityId, entityName, whole.id() + "#derived", label + " (derived)", Finding.CONFLICT,
            evidence, implication + ", which " + FindingText.listClaims(FindingText.sorted(new ArrayList<>(against)))
                + " contradicts: the two cannot both be true."));
      }
    }
    return findings;
  }

}
