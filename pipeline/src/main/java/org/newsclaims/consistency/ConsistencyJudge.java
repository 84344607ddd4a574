package org.newsclaims.consistency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;
import org.newsclaims.text.ResourceTable;

/**
 * Compares the claims made about one entity and gives, for each property, a verdict with its
 * evidence and a plain explanation.
 *
 * <p>A property is the claim's frame (the event class: retake, capture, ceasefire, ...), the
 * dimension of its unit (share, area, count, duration, date ...) and, when the text states one,
 * the period it covers ("in the last five days"). Claims of different properties are never
 * compared. Within a property, each claim's plausible {@link Interval} is computed; claims whose
 * intervals overlap form one value group:
 * <ul>
 *   <li>one group: {@code agree} when the stated figures are the same, else {@code compatible};
 *   <li>several groups, each dated and ordered in time without overlap: {@code changed_over_time};
 *   <li>several groups otherwise: {@code conflict};
 *   <li>one article only: {@code single_source}.
 * </ul>
 * Date claims of one frame are compared by weekday and date; a weekday that contradicts its own
 * date is an {@code internal_inconsistency}. Derived checks (see {@code derived.tsv}) compare the
 * whole implied by a share and an amount stated together with the other sources' figures.
 *
 * <p>Example: {@code ConsistencyJudge.fromResources().judge("place:koursk", "Koursk", claims)}.
 */
public final class ConsistencyJudge {

  private static final double SAME_FIGURE = 0.01;
  private static final int DERIVED_WINDOW = 300;
  private static final int SAME_EVENT_DAYS = 7;

  private final Dimensions dimensions;
  private final PropertyNames names;
  private final Map<String, String> derivedWhole;
  private final ClaimSubjects subjects;

  private ConsistencyJudge(Dimensions dimensions, PropertyNames names, Map<String, String> derivedWhole,
      ClaimSubjects subjects) {
    this.dimensions = dimensions;
    this.names = names;
    this.derivedWhole = Map.copyOf(derivedWhole);
    this.subjects = subjects;
  }

  public static ConsistencyJudge fromResources() {
    Map<String, String> derived = new HashMap<>();
    for (String[] row : ResourceTable.read(ConsistencyJudge.class, "derived.tsv", 2)) {
      derived.put(row[0], row[1]);
    }
    return new ConsistencyJudge(Dimensions.fromResources(), PropertyNames.fromResources(), derived,
        ClaimSubjects.fromResources());
  }

  /** The property a numeric claim measures, or null when it cannot be compared with others. */
  public Property propertyOf(Claim c) {
    if (c.unit() == null) {
      return null;
    }
    String dimension = dimensions.dimension(c.unit());
    String frame = c.frame();
    if (frame == null || frame.isBlank()) {
      String head = headNoun(c.what());
      if (head == null) {
        return null;
      }
      frame = "what:" + head;
    }
    String period = c.period();
    if (period != null && (period.isBlank() || period.equals("total"))) {
      period = null; // a cumulative figure is the default reading of a figure
    }
    return new Property(frame, dimension, period);
  }

  /** What is compared: frame, unit dimension and (when stated) the period covered. */
  public record Property(String frame, String dimension, String period) {
    public String id() {
      return frame + ":" + dimension + (period == null ? "" : "@" + period);
    }
  }

  public List<Finding> judge(String entityId, String entityName, List<Claim> claims) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<Claim>> numeric = new TreeMap<>();
    Map<String, List<Claim>> dates = new TreeMap<>();
    Map<String, Property> properties = new HashMap<>();
    for (Claim c : claims) {
      if (Claim.Units.DATE.equals(c.unit())) {
        if (c.frame() != null && !c.frame().isBlank()) {
          dates.computeIfAbsent(c.frame(), k -> new ArrayList<>()).add(c);
        }
        continue;
      }
      Property p = propertyOf(c);
      if (p == null || Interval.of(c, p.dimension()) == null) {
        continue;
      }
      properties.put(p.id(), p);
      numeric.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(c);
    }
    Map<String, String> estimated = estimateDates(claims, numeric, properties);
    // A country, a capital or no place at all is the subject of many unrelated stories: there,
    // articles are compared only with articles they share a figure with (the same story). So are
    // figures known only by their counted noun, under any subject.
    boolean broadSubject = entityName == null || entityId == null || subjects.isBroad(entityName)
        || entityId.startsWith("(");
    Map<String, String> story = null; // article → story, computed when first needed
    for (Map.Entry<String, List<Claim>> e : numeric.entrySet()) {
      Property p = properties.get(e.getKey());
      Map<String, List<Claim>> parts = new TreeMap<>();
      // a figure known only by its counted noun ("42 voix") needs the story link even under a
      // local place: the same noun counts different things in different stories
      boolean needsStory = broadSubject || p.frame().startsWith("what:");
      if (needsStory && story == null) {
        story = stories(numeric, properties);
      }
      for (Claim c : e.getValue()) {
        String part = needsStory ? story.getOrDefault(c.article(), c.article()) : "";
        parts.computeIfAbsent(part, k -> new ArrayList<>()).add(c);
      }
      for (List<Claim> part : parts.values()) {
        if (!ambiguous(part, p.dimension())) {
          findings.add(judgeNumeric(entityId, entityName, p, sorted(part), estimated));
        }
      }
    }
    for (Map.Entry<String, List<Claim>> e : dates.entrySet()) {
      findings.addAll(judgeDates(entityId, entityName, e.getKey(), sorted(e.getValue()), estimated));
    }
    findings.addAll(derivedChecks(entityId, entityName, claims, numeric, properties));
    findings.sort(Comparator.comparing(Finding::id));
    return findings;
  }

  // ---------------------------------------------------------------- stories and ambiguity

  /**
   * Links articles that state an identical figure on some property (they report the same
   * story) and names each article's story by its smallest article name.
   */
  private Map<String, String> stories(Map<String, List<Claim>> numeric, Map<String, Property> properties) {
    Map<String, String> parent = new TreeMap<>();
    for (Map.Entry<String, List<Claim>> e : numeric.entrySet()) {
      List<Claim> cs = e.getValue();
      String dimension = properties.get(e.getKey()).dimension();
      for (Claim c : cs) {
        parent.putIfAbsent(c.article(), c.article());
      }
      if (cs.size() > ESTIMATE_LIMIT || e.getKey().startsWith("what:")) {
        continue;
      }
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          Claim a = cs.get(i);
          Claim b = cs.get(j);
          if (!a.article().equals(b.article()) && sameFigure(List.of(a, b), dimension)) {
            String ra = root(parent, a.article());
            String rb = root(parent, b.article());
            if (!ra.equals(rb)) {
              parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
          }
        }
      }
    }
    Map<String, String> story = new TreeMap<>();
    parent.keySet().forEach(a -> story.put(a, root(parent, a)));
    return story;
  }

  private static String root(Map<String, String> parent, String a) {
    String r = a;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /**
   * True when one article gives, for the same date, figures of this property that cannot both
   * hold: the frame then covers several things in that article ("un coût de 3 milliards ... un
   * budget de 6 milliards"), and comparing across outlets would pair unrelated figures.
   */
  private boolean ambiguous(List<Claim> claims, String dimension) {
    Map<String, List<Claim>> byArticle = new TreeMap<>();
    claims.forEach(c -> byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c));
    if (byArticle.size() < 2) {
      return false;
    }
    for (List<Claim> own : byArticle.values()) {
      for (int i = 0; i < own.size(); i++) {
        for (int j = i + 1; j < own.size(); j++) {
          Claim a = own.get(i);
          Claim b = own.get(j);
          boolean sameTime = a.date() == null || b.date() == null || a.date().equals(b.date());
          if (sameTime && !interval(a, dimension).overlaps(interval(b, dimension))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- dates of undated articles

  /** Above this many articles in one property, no pairwise date estimation is attempted. */
  private static final int ESTIMATE_LIMIT = 200;

  /**
   * Gives an undated article the date of the dated article it shares the most figures with
   * (at least two identical figures on two properties): outlets repeating the same numbers
   * report the same news. Returns article → "date|article it was taken from".
   */
  private Map<String, String> estimateDates(List<Claim> claims, Map<String, List<Claim>> numeric,
      Map<String, Property> properties) {
    Map<String, Map<String, Integer>> dayVotes = new TreeMap<>();
    for (Claim c : claims) {
      LocalDate d = ClaimDates.day(c.published() != null ? c.published() : c.date());
      if (d != null && !Claim.Units.DATE.equals(c.unit())) {
        dayVotes.computeIfAbsent(c.article(), k -> new TreeMap<>()).merge(d.toString(), 1, Integer::sum);
      }
    }
    Map<String, String> articleDay = new TreeMap<>();
    dayVotes.forEach((article, votes) -> articleDay.put(article, votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .get().getKey()));
    Map<String, Map<String, Set<String>>> shared = new TreeMap<>(); // undated → dated → properties
    for (Map.Entry<String, List<Claim>> e : numeric.entrySet()) {
      List<Claim> cs = e.getValue();
      if (cs.size() > ESTIMATE_LIMIT) {
        continue;
      }
      for (Claim a : cs) {
        if (articleDay.containsKey(a.article())) {
          continue;
        }
        for (Claim b : cs) {
          if (articleDay.containsKey(b.article()) && sameFigure(List.of(a, b), properties.get(e.getKey()).dimension())) {
            shared.computeIfAbsent(a.article(), k -> new TreeMap<>())
                .computeIfAbsent(b.article(), k -> new TreeSet<>()).add(e.getKey());
          }
        }
      }
    }
    Map<String, String> estimated = new TreeMap<>();
    shared.forEach((undated, candidates) -> candidates.entrySet().stream()
        .filter(c -> c.getValue().size() >= 2)
        .max(Comparator.comparingInt((Map.Entry<String, Set<String>> c) -> c.getValue().size())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .ifPresent(best -> estimated.put(undated, articleDay.get(best.getKey()) + "|" + best.getKey())));
    return estimated;
  }

  /**
   * When the source stated the claim: its article's publication date, else the claim's own date,
   * else the date estimated for its article. Changing figures are ordered by it ("3 morts" in
   * the first reports, "5 morts" a week later), not by the date of the event they describe.
   */
  private static String asOf(Claim c, Map<String, String> estimated) {
    return c.published() != null ? c.published() : dateOf(c, estimated);
  }

  /** The claim's own date, else the date estimated for its article, else null. */
  private static String dateOf(Claim c, Map<String, String> estimated) {
    if (c.date() != null) {
      return c.date();
    }
    String e = estimated.get(c.article());
    return e == null ? null : e.substring(0, e.indexOf('|'));
  }

  private static String estimateNote(Iterable<Claim> claims, Map<String, String> estimated) {
    TreeSet<String> notes = new TreeSet<>();
    for (Claim c : claims) {
      String e = c.date() == null ? estimated.get(c.article()) : null;
      if (e != null) {
        int bar = e.indexOf('|');
        notes.add(c.article() + " is undated; it repeats the figures of " + e.substring(bar + 1)
            + ", so it is read as of " + e.substring(0, bar));
      }
    }
    return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
  }

  // ---------------------------------------------------------------- numeric properties

  private Finding judgeNumeric(String entityId, String entityName, Property p, List<Claim> claims,
      Map<String, String> estimated) {
    String label = label(p);
    Set<String> articles = claims.stream().map(Claim::article).collect(Collectors.toCollection(TreeSet::new));
    if (articles.size() == 1) {
      return finding(entityId, entityName, p.id(), label, Finding.SINGLE_SOURCE, claims,
          "Only " + articles.iterator().next() + " gives the " + label + ": " + listClaims(claims) + ".");
    }
    List<List<Claim>> groups = valueGroups(claims, p.dimension());
    if (groups.size() == 1) {
      boolean same = sameFigure(claims, p.dimension());
      String verdict = same ? Finding.AGREE : Finding.COMPATIBLE;
      String text = same
          ? articles.size() + " sources give the same " + label + ": " + listClaims(claims) + "."
          : "The sources word the " + label + " differently but their figures can all be true together: "
              + listClaims(claims) + " (common range " + range(commonRange(claims, p.dimension()), p) + ").";
      return finding(entityId, entityName, p.id(), label, verdict, claims, text);
    }
    List<DatedGroup> dated = datedGroups(groups, estimated);
    if (dated != null) {
      StringBuilder text = new StringBuilder("The " + label + " changed over time: ");
      for (int i = 0; i < dated.size(); i++) {
        DatedGroup g = dated.get(i);
        text.append(i == 0 ? "" : "; then ").append(dateText(g.range)).append(", ").append(listClaims(g.claims));
      }
      text.append(". The later figure updates the earlier one; read together they are not a contradiction, "
          + "but a reader comparing the articles without their dates would see one")
          .append(estimateNote(claims, estimated)).append('.');
      return finding(entityId, entityName, p.id(), label, Finding.CHANGED_OVER_TIME, claims, text.toString());
    }
    StringBuilder text = new StringBuilder("Sources disagree on the " + label + ": ");
    for (int i = 0; i < groups.size(); i++) {
      List<Claim> g = groups.get(i);
      Interval common = commonRange(g, p.dimension());
      text.append(i == 0 ? "" : " against ").append(listClaims(g)).append(" (").append(range(common, p)).append(")");
    }
    text.append(". These ranges do not overlap");
    long undated = groups.stream().filter(g -> g.stream().allMatch(c -> ClaimDates.range(asOf(c, estimated)) == null)).count();
    text.append(undated > 0 ? ", and without dates on every side the gap cannot be read as a change over time." : ", and their dates do not order them in time.");
    return finding(entityId, entityName, p.id(), label, Finding.CONFLICT, claims, text.toString());
  }

  /** Partitions claims into groups whose plausible intervals share a common range. */
  private List<List<Claim>> valueGroups(List<Claim> claims, String dimension) {
    List<Claim> byLow = new ArrayList<>(claims);
    byLow.sort(Comparator.comparingDouble((Claim c) -> interval(c, dimension).low())
        .thenComparingDouble(c -> interval(c, dimension).high())
        .thenComparing(Claim::article).thenComparingInt(Claim::start));
    List<List<Claim>> groups = new ArrayList<>();
    List<Claim> current = new ArrayList<>();
    Interval common = null;
    for (Claim c : byLow) {
      Interval i = interval(c, dimension);
      if (common != null && common.overlaps(i)) {
        common = common.intersect(i);
        current.add(c);
      } else {
        if (!current.isEmpty()) {
          groups.add(sorted(current));
        }
        current = new ArrayList<>(List.of(c));
        common = i;
      }
    }
    if (!current.isEmpty()) {
      groups.add(sorted(current));
    }
    return groups;
  }

  private record DatedGroup(ClaimDates.DayRange range, List<Claim> claims) {}

  /** The groups ordered in time when every group is dated and none overlaps the next; else null. */
  private static List<DatedGroup> datedGroups(List<List<Claim>> groups, Map<String, String> estimated) {
    List<DatedGroup> dated = new ArrayList<>();
    for (List<Claim> g : groups) {
      LocalDate from = null;
      LocalDate to = null;
      for (Claim c : g) {
        ClaimDates.DayRange r = ClaimDates.range(asOf(c, estimated));
        if (r == null) {
          continue;
        }
        from = from == null || r.from().isBefore(from) ? r.from() : from;
        to = to == null || r.to().isAfter(to) ? r.to() : to;
      }
      if (from == null) {
        return null;
      }
      dated.add(new DatedGroup(new ClaimDates.DayRange(from, to), g));
    }
    dated.sort(Comparator.comparing((DatedGroup d) -> d.range.from()));
    for (int i = 1; i < dated.size(); i++) {
      if (!dated.get(i - 1).range.before(dated.get(i).range)) {
        return null;
      }
    }
    return dated;
  }

  private boolean sameFigure(List<Claim> claims, String dimension) {
    Double first = null;
    for (Claim c : claims) {
      Double v = c.value() != null ? dimensions.toBase(c.unit(), c.value()) : null;
      if (v == null) {
        Interval i = interval(c, dimension);
        v = i.low() * 1_000_003 + i.high(); // vague amounts: the same words give the same bounds
      }
      if (first == null) {
        first = v;
      } else if (Math.abs(first - v) > SAME_FIGURE * Math.max(Math.abs(first), Math.abs(v))) {
        return false;
      }
    }
    return true;
  }

  private Interval interval(Claim c, String dimension) {
    Interval own = Interval.of(c, dimension);
    Double factor = dimensions.toBase(c.unit(), 1.0);
    return own.scaled(factor == null ? 1.0 : factor);
  }

  private Interval commonRange(List<Claim> claims, String dimension) {
    Interval common = null;
    for (Claim c : claims) {
      Interval i = interval(c, dimension);
      common = common == null ? i : common.intersect(i);
    }
    return common;
  }

  // ---------------------------------------------------------------- dates

  private List<Finding> judgeDates(String entityId, String entityName, String frame, List<Claim> claims,
      Map<String, String> estimated) {
    List<Finding> findings = new ArrayList<>();
    String property = frame + ":date";
    String label = names.label(frame, "date");
    for (Claim c : claims) {
      LocalDate day = ClaimDates.day(c.date());
      DayOfWeek stated = ClaimDates.weekday(c.weekday());
      if (day != null && stated != null && day.getDayOfWeek() != stated) {
        findings.add(finding(entityId, entityName, property + "#" + c.article() + "@" + c.start(), label,
            Finding.INTERNAL_INCONSISTENCY, List.of(c),
            c.article() + " writes «" + c.text() + "», but " + longDate(day) + " was a "
                + english(day.getDayOfWeek()) + " (" + ClaimDates.frenchName(day.getDayOfWeek())
                + "), not a " + english(stated) + ": the weekday contradicts the date."));
      }
    }
    // one stated day per article: the weekday written, else the weekday of the full date
    Map<String, List<Claim>> byDay = new TreeMap<>();
    Map<String, Claim> firstPerArticle = new LinkedHashMap<>();
    for (Claim c : claims) {
      DayOfWeek day = statedDay(c);
      if (day == null) {
        continue;
      }
      firstPerArticle.putIfAbsent(c.article(), c);
    }
    if (firstPerArticle.size() < 2 || !sameEvent(firstPerArticle.values(), estimated)) {
      return findings;
    }
    for (Claim c : firstPerArticle.values()) {
      byDay.computeIfAbsent(english(statedDay(c)), k -> new ArrayList<>()).add(c);
    }
    List<Claim> evidence = sorted(new ArrayList<>(firstPerArticle.values()));
    if (byDay.size() == 1) {
      findings.add(finding(entityId, entityName, property, label, Finding.AGREE, evidence,
          firstPerArticle.size() + " sources put the " + frame + " on the same day: " + listClaims(evidence) + "."));
      return findings;
    }
    StringBuilder text = new StringBuilder("Sources give different days for the " + frame + ": ");
    List<String> parts = new ArrayList<>();
    byDay.forEach((day, cs) -> parts.add(listClaims(cs) + " (" + day + ")"));
    text.append(String.join(" against ", parts)).append(estimateNote(evidence, estimated)).append('.');
    for (Claim c : evidence) {
      LocalDate day = ClaimDates.day(c.date());
      DayOfWeek stated = ClaimDates.weekday(c.weekday());
      if (day != null && stated != null && day.getDayOfWeek() != stated) {
        text.append(" ").append(longDate(day)).append(" was a ").append(english(day.getDayOfWeek()))
            .append(", so the weekday in ").append(c.article()).append(" is the likely error.");
      }
    }
    findings.add(finding(entityId, entityName, property, label, Finding.CONFLICT, evidence, text.toString()));
    return findings;
  }

  private static DayOfWeek statedDay(Claim c) {
    DayOfWeek stated = ClaimDates.weekday(c.weekday());
    if (stated != null) {
      return stated;
    }
    LocalDate day = ClaimDates.day(c.date());
    return day != null ? day.getDayOfWeek() : null;
  }

  /**
   * True when every claim has a day (its own or its article's estimated one) and they all lie
   * within a week: only then do two weekdays name the same event's day.
   */
  private static boolean sameEvent(Iterable<Claim> claims, Map<String, String> estimated) {
    LocalDate min = null;
    LocalDate max = null;
    for (Claim c : claims) {
      LocalDate d = ClaimDates.day(dateOf(c, estimated));
      if (d == null) {
        return false;
      }
      min = min == null || d.isBefore(min) ? d : min;
      max = max == null || d.isAfter(max) ? d : max;
    }
    return min != null && !max.isAfter(min.plusDays(SAME_EVENT_DAYS));
  }

  // ---------------------------------------------------------------- derived checks

  private List<Finding> derivedChecks(String entityId, String entityName, List<Claim> claims,
      Map<String, List<Claim>> numeric, Map<String, Property> properties) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Claim[]> seen = new TreeMap<>();
    List<Claim> ordered = sorted(new ArrayList<>(claims));
    for (Claim share : ordered) {
      Property sp = propertyOf(share);
      if (sp == null || !"share".equals(sp.dimension()) || !derivedWhole.containsKey(sp.frame())
          || Claim.Qualifiers.TOTAL.equals(share.qualifier())) {
        continue;
      }
      for (Claim amount : ordered) {
        Property ap = propertyOf(amount);
        if (ap == null || amount == share || !amount.article().equals(share.article())
            || !ap.frame().equals(sp.frame()) || "share".equals(ap.dimension()) || "date".equals(ap.dimension())
            || Math.abs(amount.start() - share.start()) > DERIVED_WINDOW) {
          continue;
        }
        String wholeId = new Property(derivedWhole.get(sp.frame()), ap.dimension(), null).id();
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
      Property whole = properties.get(e.getKey());
      Claim[] pair = e.getValue().get(0);
      Interval s = interval(pair[0], "share");
      Interval a = interval(pair[1], whole.dimension());
      if (s.low() <= 0) {
        continue;
      }
      Interval implied = new Interval(a.low() / (s.high() / 100), a.high() / (s.low() / 100));
      List<Claim> against = others.stream().filter(c -> !interval(c, whole.dimension()).overlaps(implied)).toList();
      String label = label(whole);
      List<Claim> evidence = new ArrayList<>();
      for (Claim[] p : e.getValue()) {
        evidence.add(p[0]);
        evidence.add(p[1]);
      }
      evidence.addAll(sorted(new ArrayList<>(others)));
      // the point estimate uses the stated figures: "1 100 km², soit 86 %" → 1 100 / 0.86
      Double shareValue = pair[0].value() != null ? pair[0].value() : (s.low() + s.high()) / 2;
      Double amountValue = pair[1].value() != null ? dimensions.toBase(pair[1].unit(), pair[1].value()) : (a.low() + a.high()) / 2;
      double centre = amountValue / (shareValue / 100);
      String implication = listClaims(List.of(pair[1])) + " being " + listClaims(List.of(pair[0]))
          + " implies about " + number(centre) + " " + dimensions.baseLabel(pair[1].unit()) + " for the " + label
          + " (" + range(implied, whole) + ")";
      if (against.isEmpty()) {
        findings.add(finding(entityId, entityName, whole.id() + "#derived", label + " (derived)", Finding.AGREE,
            evidence, implication + ", which fits " + listClaims(others) + "."));
      } else {
        findings.add(finding(entityId, entityName, whole.id() + "#derived", label + " (derived)", Finding.CONFLICT,
            evidence, implication + ", which " + listClaims(sorted(new ArrayList<>(against)))
                + " contradicts: the two cannot both be true."));
      }
    }
    return findings;
  }

  // ---------------------------------------------------------------- wording

  private String label(Property p) {
    String label = names.label(p.frame().startsWith("what:") ? p.frame().substring(5) : p.frame(), p.dimension());
    return p.period() == null ? label : label + " (" + periodText(p.period()) + ")";
  }

  private static String periodText(String period) {
    String[] parts = period.split(":");
    if (parts.length == 3 && parts[0].equals("last")) {
      return "in the last " + parts[1] + " " + parts[2] + (parts[1].equals("1") ? "" : "s");
    }
    return period.replace(':', ' ');
  }

  private String range(Interval i, Property p) {
    String unit = p.dimension().equals("share") ? "%" : dimensionUnit(p.dimension());
    String high = Double.isInfinite(i.high()) ? "∞" : number(i.high());
    return number(i.low()) + "–" + high + (unit.isEmpty() ? "" : " " + unit);
  }

  private String dimensionUnit(String dimension) {
    return switch (dimension) {
      case "area" -> "km²";
      case "length" -> "km";
      case "duration" -> "days";
      case "mass" -> "t";
      default -> "";
    };
  }

  private static String listClaims(List<Claim> claims) {
    return claims.stream().map(ConsistencyJudge::describe).collect(Collectors.joining(", "));
  }

  private static String describe(Claim c) {
    StringBuilder b = new StringBuilder("«").append(c.text()).append("» (").append(c.article());
    if (c.date() != null) {
      b.append(", ").append(c.date());
    }
    if (c.speaker() != null) {
      b.append(", according to ").append(c.speaker());
    }
    return b.append(')').toString();
  }

  private static String dateText(ClaimDates.DayRange r) {
    return r.from().equals(r.to()) ? "on " + r.from() : "between " + r.from() + " and " + r.to();
  }

  private static String longDate(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }

  private static String english(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String number(double v) {
    DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return f.format(v);
  }

  /** The last word of the counted noun phrase's first noun, folded and singular: "soldats ukrainiens" → "soldat". */
  static String headNoun(String what) {
    if (what == null || what.isBlank()) {
      return null;
    }
    String first = what.strip().split("[\\s']+")[0].toLowerCase(Locale.ROOT);
    String folded = java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    if (folded.length() > 3 && (folded.endsWith("s") || folded.endsWith("x"))) {
      folded = folded.substring(0, folded.length() - 1);
    }
    return folded.isEmpty() ? null : folded;
  }

  // ---------------------------------------------------------------- building findings

  private static List<Claim> sorted(List<Claim> claims) {
    claims.sort(Comparator.comparing((Claim c) -> c.date() == null ? "9999" : c.date())
        .thenComparing(Claim::article).thenComparingInt(Claim::start));
    return claims;
  }

  private static Finding finding(String entityId, String entityName, String property, String label,
      String verdict, List<Claim> claims, String explanation) {
    TreeSet<String> articles = new TreeSet<>();
    claims.forEach(c -> articles.add(c.article()));
    String id = shortHash(entityId + "|" + property + "|" + verdict + "|" + articles.first());
    return new Finding(id, entityId, entityName, property, label, verdict,
        claims.stream().map(Finding.Evidence::of).toList(), List.of(), explanation);
  }

  static String shortHash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
