package org.newsclaims.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;
import org.newsclaims.text.ResourceTable;

/**
 * Compares the claims of one group of articles (a story and the stories linked to it, or one
 * entity) and gives, for each property, a verdict with its evidence and a plain explanation.
 *
 * <p>A property is what the figure measures, read from its words by {@link PropertyReader}: the
 * dimension of its unit, what is counted («morts», «tués», «victimes» are one), the modifiers that
 * change the quantity, the period and the scope (a usual figure, another event's or a forecast is
 * never compared with the event's own). Claims of different properties are never compared.
 * Within a property, each claim's {@link Interval#strict strict interval} is computed («au moins
 * 18» is 18 or more, with no upper bound); claims whose intervals overlap form one value group:
 * <ul>
 *   <li>one group: {@code agree} when the stated figures are the same, else {@code compatible};
 *       but a figure that rose from one day to the next within the bounds («au moins 18 morts»
 *       then «22 morts») is {@code changed_over_time};
 *   <li>several groups, each dated and ordered in time without overlap: {@code changed_over_time};
 *   <li>several groups otherwise: {@code conflict}, saying who gives which figure;
 *   <li>one article only: {@code single_source}.
 * </ul>
 * Date claims are judged by {@link DateJudge}; derived wholes by {@link DerivedChecks}.
 *
 * <p>Example: {@code ConsistencyJudge.fromResources().judge("story:ab12", "Séisme", claims)}.
 */
public final class ConsistencyJudge {

  private static final double SAME_FIGURE = 0.01;
  /** Similarity of context needed to call claims one fact (FactClusters), calibrated on RPM2 T01–T10. */
  private static final double SAME_FIGURE_LINK = 0.15;
  private static final double DIFFERENT_FIGURE_LINK = 0.35;
  static final double MAGNITUDE = 3.0;
  private static final double SMALL_COUNT = 12;
  /** A story of at most this many articles is a few short statements about one event. */
  private static final int SHORT_STORY = 4;
  private static final String DATE = "date";
  /** Dates further apart than this many days are never two readings of one event's date. */
  private static final double DATE_SPAN = 62;
  /**
   * Days of one event written without a year further apart than this are two events of that kind
   * (a trader's positions begun on 15 September, their unwinding begun on 15 October), not one
   * day misreported: an outlet's wrong date is off by a day or a week.
   */
  private static final double SAME_EVENT_SPAN = 15;
  /**
   * Years written alone («en 1985», «de 1985 à 1988») dating one event ({@link TimeEvents}) further
   * apart than this many days (three years) are two events of that kind, not one year misreported.
   */
  private static final double YEAR_SPAN = 3 * 366;
  /**
   * Times of day of one zone further apart than this many hours are two moments of the story (the
   * start and the fireworks), not one time misreported: an outlet's wrong time is minutes off.
   */
  private static final double CLOCK_SPAN = 1;

  private final Dimensions dimensions;
  private final PropertyReader reader;
  private final PropertyLabels labels;
  private final DateJudge dates;
  private final DerivedChecks derived;
  private final ClaimSubjects subjects;
  private final FactClusters clusters = new FactClusters(SAME_FIGURE_LINK, DIFFERENT_FIGURE_LINK);
  private final ElapsedTimes elapsed = new ElapsedTimes();
  private final FigurePools pooled;

  private ConsistencyJudge(Dimensions dimensions, PropertyReader reader, PropertyNames names,
      Map<String, String> derivedWhole, ClaimSubjects subjects) {
    this.dimensions = dimensions;
    this.reader = reader;
    this.labels = new PropertyLabels(names);
    this.dates = new DateJudge(names);
    this.derived = new DerivedChecks(labels, dimensions, derivedWhole, this);
    this.subjects = subjects;
    this.pooled = new FigurePools(reader, this);
  }

  public static ConsistencyJudge fromResources() {
    Map<String, String> derivedWhole = new HashMap<>();
    for (String[] row : ResourceTable.read(ConsistencyJudge.class, "derived.tsv", 2)) {
      derivedWhole.put("frame:" + row[0], "frame:" + row[1]);
    }
    return new ConsistencyJudge(Dimensions.fromResources(), PropertyReader.fromResources(),
        PropertyNames.fromResources(), derivedWhole, ClaimSubjects.fromResources());
  }

  /** The group of claims with no story and no entity. */
  public static final String NO_GROUP = "(none)";

  /**
   * The group a claim is judged in: its story ({@code story:<id>}), whose articles all report one
   * event; else, for claims read without stories, its entity.
   */
  public static String groupOf(Claim c) {
    if (c.story() != null && !c.story().isBlank()) {
      return FindingText.STORY + c.story();
    }
    return c.entity() == null ? NO_GROUP : c.entity();
  }

  /**
   * Judges one group as {@link #groupOf} formed it: origins (wire copies) come from the claims,
   * and each finding is named after its entity's display name in {@code entityNames}.
   */
  public List<Finding> judgeGroup(String group, List<Claim> claims, Map<String, String> entityNames) {
    Map<String, String> origins = new TreeMap<>();
    for (Claim c : claims) {
      if (c.origin() != null) {
        origins.put(c.article(), c.origin());
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : judge(group, entityNames.getOrDefault(group, group), claims, origins)) {
      findings.add(f.story() == null || f.entity() == null ? f
          : f.withEntityName(entityNames.getOrDefault(f.entity(), f.entity())));
    }
    return findings;
  }

  /** What a numeric claim measures, or null when it cannot be compared with others. */
  public ComparableProperty propertyOf(Claim c) {
    return reader.read(c);
  }

  /**
   * Judges the claims of one group. A group id starting with {@code story:} holds one story (and
   * its linked follow-ups): every claim in it is about the same event. Any other group (an entity)
   * is split into stories by shared figures first, as entities recur across unrelated events.
   */
  public List<Finding> judge(String groupId, String groupName, List<Claim> claims) {
    return judge(groupId, groupName, claims, Map.of());
  }

  /**
   * As {@link #judge(String, String, List)}, with each article's origin (articles printing the same
   * wire dispatch share one): agreements say how many independent origins they rest on.
   */
  public List<Finding> judge(String groupId, String groupName, List<Claim> unordered, Map<String, String> origins) {
    // facts are formed greedily: the same claims in any order (as a grouping step delivers them)
    // must give the same facts, so they are read in one fixed order
    List<Claim> claims = new ArrayList<>(unordered);
    claims.sort(Comparator.comparing(Claim::article).thenComparingInt(Claim::start).thenComparingInt(Claim::end)
        .thenComparing(Claim::text, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(c -> String.valueOf(c.unit())));
    List<Finding> findings = new ArrayList<>();
    Map<String, List<Claim>> numeric = new TreeMap<>();
    Map<String, List<Claim>> dateClaims = new TreeMap<>();
    Map<String, ComparableProperty> properties = new HashMap<>();
    // each claim's property is read once per group: facts, their names and the pools all need it
    Map<Claim, ComparableProperty> propertyOf = new java.util.IdentityHashMap<>();
    java.util.function.Function<Claim, ComparableProperty> property = c -> propertyOf.computeIfAbsent(c, reader::read);
    boolean oneStory = groupId != null && groupId.startsWith(FindingText.STORY);
    for (Claim c : claims) {
      if (Claim.Units.DATE.equals(c.unit()) && c.frame() != null && !c.frame().isBlank()) {
        dateClaims.computeIfAbsent(c.frame(), k -> new ArrayList<>()).add(c);
      }
      ComparableProperty p = property.apply(c);
      if (!oneStory && p != null && DATE.equals(p.dimension()) && ClaimDates.yearlessDay(c) != null) {
        continue; // a month-day names one day only within one story
      }
      if (p == null || PropertyReader.OTHER.equals(p.scope()) || interval(c, p.dimension()) == null) {
        continue; // another event's figure is not this story's property
      }
      properties.put(p.id(), p);
      numeric.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(c);
    }
    Map<String, String> estimated = UndatedArticles.estimate(claims, numeric, this::sameFigure, properties);
    boolean broadSubject = !oneStory && (groupName == null || groupId == null || subjects.isBroad(groupName)
        || groupId.startsWith("("));
    Map<String, String> story = null; // article → story by shared figures, for entity groups
    Map<String, List<Claim>> pools = new TreeMap<>();
    for (Map.Entry<String, List<Claim>> e : numeric.entrySet()) {
      ComparableProperty p = properties.get(e.getKey());
      boolean needsStory = !oneStory && (broadSubject || !reader.named(p));
      if (needsStory && story == null) {
        story = UndatedArticles.storiesBySharedFigures(numeric, this::sameFigure, properties, reader::named);
      }
      for (Claim c : e.getValue()) {
        String part = needsStory ? story.getOrDefault(c.article(), c.article()) : "";
        pools.computeIfAbsent(part + "|" + p.dimension() + "@" + p.period() + "~" + FigurePools.scope(p.scope()), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, Integer> seenProperty = new HashMap<>();
    long groupArticles = claims.stream().map(Claim::article).distinct().count();
    for (List<Claim> pool : pools.values()) {
      List<Claim> only = oneStory && groupArticles <= SHORT_STORY ? pooled.onlyFigures(pool)
          : oneStory ? pooled.onlyFiguresOfAPeriod(pool) : null;
      for (List<Claim> fact : only != null ? List.of(only) : facts(pool, property)) {
        ComparableProperty p = mainProperty(fact, property);
        int n = seenProperty.merge(p.id(), 1, Integer::sum);
        findings.add(judgeNumeric(groupId, groupName, p, n == 1 ? p.id() : p.id() + "#" + n,
            FindingText.sorted(fact), estimated, origins));
      }
    }
    for (Map.Entry<String, List<Claim>> e : dateClaims.entrySet()) {
      findings.addAll(dates.judge(groupId, groupName, e.getKey(), FindingText.sorted(e.getValue()), estimated));
    }
    findings.addAll(derived.check(groupId, groupName, claims, numeric, properties, property));
    findings.sort(Comparator.comparing(Finding::id));
    return findings;
  }


  /**
   * The facts of a pool of claims (one dimension, period and scope): claims of different
   * articles about the same quantity, found by {@link FactClusters} from the words around them.
   * A large pool is split by exact property first, to keep the pairwise work bounded.
   */
  private List<List<Claim>> facts(List<Claim> pool, java.util.function.Function<Claim, ComparableProperty> property) {
    if (pool.size() > FactClusters.POOL_LIMIT) {
      Map<String, List<Claim>> byProperty = new TreeMap<>();
      pool.forEach(c -> byProperty.computeIfAbsent(property.apply(c).id(), k -> new ArrayList<>()).add(c));
      List<List<Claim>> out = new ArrayList<>();
      for (List<Claim> part : byProperty.values()) {
        out.addAll(part.size() > FactClusters.POOL_LIMIT ? List.of(part) : facts(part, property));
      }
      return out;
    }
    List<ComparableProperty> props = new ArrayList<>();
    List<ClaimContext> contexts = new ArrayList<>();
    for (Claim c : pool) {
      ComparableProperty p = property.apply(c);
      props.add(p);
      contexts.add(reader.context(c, p));
    }
    String dimension = props.get(0).dimension();
    List<List<Integer>> clusters = clusters().cluster(contexts,
        (i, j) -> sameFigure(List.of(pool.get(i), pool.get(j)), dimension),
        (i, j) -> sameMagnitude(pool.get(i), pool.get(j), dimension,
            contexts.get(i).knownClass() != null && contexts.get(i).knownClass().equals(contexts.get(j).knownClass()),
            sameDatedEvent(contexts.get(i), contexts.get(j))),
        // against a group agreeing across outlets, a small count is of a noun the story counts
        (i, j) -> sameMagnitude(pool.get(i), pool.get(j), dimension, true, sameDatedEvent(contexts.get(i), contexts.get(j))),
        (i, j) -> exclusive(pool.get(i), pool.get(j), dimension));
    List<List<Claim>> out = new ArrayList<>();
    for (List<Integer> cluster : clusters) {
      List<Claim> fact = new ArrayList<>();
      cluster.forEach(i -> fact.add(pool.get(i)));
      out.add(fact);
    }
    return out;
  }

  private FactClusters clusters() {
    return clusters;
  }

  /**
   * True when two figures are within a factor {@value #MAGNITUDE} of each other: further apart,
   * they are more often a part and its whole, or two different quantities, than two readings of
   * one («375 000 euros» of fine against «quatre millions»).
   */
  boolean sameMagnitude(Claim a, Claim b, String dimension, boolean knownClass, boolean sameEvent) {
    if (DATE.equals(dimension)) {
      if (!sameEvent && (ClaimDates.yearlessDay(a) != null || ClaimDates.yearlessDay(b) != null)) {
        // a story names many days («arrivé le 12 août», «le 22 août à Lodève»): without a year to
        // place the articles in time, two different days are more often two events than a dispute,
        // unless both name the same event (TimeEvents: «débutée le 12 août», «arrivé le 11 août»)
        return false;
      }
      if (sameEvent && ClaimDates.yearOnly(a.date()) && ClaimDates.yearOnly(b.date())) {
        // «de 1985 à 1988» against «entre 1984 et 1986»: two years of one event's start are two
        // readings of it a year or two apart, where two days further apart than two months are not
        return Math.abs(representative(strict(a, dimension)) - representative(strict(b, dimension))) <= YEAR_SPAN;
      }
      double span = ClaimDates.yearlessDay(a) != null || ClaimDates.yearlessDay(b) != null ? SAME_EVENT_SPAN : DATE_SPAN;
      return Math.abs(representative(strict(a, dimension)) - representative(strict(b, dimension))) <= span;
    }
    double x = representative(strict(a, dimension));
    double y = representative(strict(b, dimension));
    if (PropertyReader.CLOCK.equals(dimension)) {
      return Math.abs(x - y) <= CLOCK_SPAN; // «20h00» against «20h08»; 14h and 20h are two moments
    }
    if (x <= 0 || y <= 0 || "count".equals(dimension) && !knownClass && Math.max(x, y) <= SMALL_COUNT) {
      return false; // «deux», «trois»: small counts of unnamed things are rarely one quantity
    }
    return Math.max(x, y) / Math.min(x, y) <= MAGNITUDE;
  }

  /** Two dates read by the event they date ({@link TimeEvents}), the same event. */
  private static boolean sameDatedEvent(ClaimContext a, ClaimContext b) {
    return a.frame() != null && a.frame().startsWith(PropertyReader.EVENT_PREFIX) && a.frame().equals(b.frame());
  }

  private static double representative(Interval i) {
    return Double.isInfinite(i.high()) ? i.low() : (i.low() + i.high()) / 2;
  }

  /** Two figures of one article that cannot both hold on the same date. */
  private boolean exclusive(Claim a, Claim b, String dimension) {
    return !strict(a, dimension).overlaps(strict(b, dimension));
  }

  /** The property most claims of a fact read as (ties: the smallest id), naming the fact. */
  private ComparableProperty mainProperty(List<Claim> fact, java.util.function.Function<Claim, ComparableProperty> property) {
    Map<String, Integer> votes = new TreeMap<>();
    Map<String, ComparableProperty> byId = new HashMap<>();
    for (Claim c : fact) {
      ComparableProperty p = property.apply(c);
      byId.put(p.id(), p);
      votes.merge(p.id(), 1, Integer::sum);
    }
    String best = votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .get().getKey();
    return byId.get(best);
  }

  // ---------------------------------------------------------------- numeric properties

  private Finding judgeNumeric(String groupId, String groupName, ComparableProperty p, String propertyId,
      List<Claim> claims, Map<String, String> estimated, Map<String, String> origins) {
    String label = labels.label(p, reader.namingWords(claims));
    Set<String> articles = claims.stream().map(Claim::article).collect(Collectors.toCollection(TreeSet::new));
    if (articles.size() == 1) {
      return FindingText.finding(groupId, groupName, propertyId, label, Finding.SINGLE_SOURCE, claims,
          "Only " + articles.iterator().next() + " gives the " + label + ": " + FindingText.listClaims(claims) + ".");
    }
    List<List<Claim>> groups = ValueGroups.partition(claims, c -> strict(c, p.dimension()));
    if (groups.size() == 1) {
      // within the bounds, a figure may still have risen: «au moins 18 morts», then «22 morts»
      List<ValueGroups.Dated> rose = DATE.equals(p.dimension()) || PropertyReader.CLOCK.equals(p.dimension())
          || PropertyReader.ELAPSED.equals(p.scope()) ? null
          : ValueGroups.dated(ValueGroups.partition(claims, c -> interval(c, p.dimension())), estimated);
      if (rose != null && rose.size() > 1) {
        return changed(groupId, groupName, propertyId, label, claims, rose, estimated);
      }
      boolean same = sameFigure(claims, p.dimension());
      String verdict = same ? Finding.AGREE : Finding.COMPATIBLE;
      String text = same
          ? articles.size() + " sources give the same " + label + ": " + FindingText.listClaims(claims) + "."
          : "The sources word the " + label + " differently but their figures can all be true together: "
              + FindingText.listClaims(claims) + " (common range "
              + FindingText.range(commonRange(claims, p.dimension()), p.dimension()) + ").";
      return FindingText.finding(groupId, groupName, propertyId, label, verdict, claims, text + origins(articles, origins));
    }
    if (PropertyReader.ELAPSED.equals(p.scope())) {
      return elapsed.judge(groupId, groupName, p, propertyId, label, claims, groups, c -> strict(c, p.dimension()));
    }
    // a date or a time of day names one moment: two of them are never a figure that changed
    List<ValueGroups.Dated> dated = DATE.equals(p.dimension()) || PropertyReader.CLOCK.equals(p.dimension()) ? null
        : ValueGroups.dated(groups, estimated);
    if (dated != null) {
      return changed(groupId, groupName, propertyId, label, claims, dated, estimated);
    }
    StringBuilder text = new StringBuilder("Sources disagree on the " + label + ": ");
    for (int i = 0; i < groups.size(); i++) {
      List<Claim> g = groups.get(i);
      Interval common = commonRange(g, p.dimension());
      text.append(i == 0 ? "" : " against ").append(FindingText.listClaims(g))
          .append(" (").append(FindingText.range(common, p.dimension())).append(")");
    }
    text.append(". These ranges do not overlap");
    long undated = groups.stream().filter(g -> g.stream().allMatch(c -> ClaimDates.range(ClaimTimes.asOf(c, estimated)) == null)).count();
    text.append(undated > 0 ? ", and without dates on every side the gap cannot be read as a change over time."
        : ", and their dates do not order them in time.");
    text.append(Sources.sayWho(groups, p.dimension(), this::commonRange));
    return FindingText.finding(groupId, groupName, propertyId, label, Finding.CONFLICT, claims, text.toString());
  }

  private Finding changed(String groupId, String groupName, String propertyId, String label, List<Claim> claims,
      List<ValueGroups.Dated> dated, Map<String, String> estimated) {
    StringBuilder text = new StringBuilder("The " + label + " changed over time: ");
    for (int i = 0; i < dated.size(); i++) {
      ValueGroups.Dated g = dated.get(i);
      text.append(i == 0 ? "" : "; then ").append(FindingText.dateText(g.range())).append(", ")
          .append(FindingText.listClaims(g.claims()));
    }
    text.append(". The later figure updates the earlier one; read together they are not a contradiction, "
        + "but a reader comparing the articles without their dates would see one")
        .append(ClaimTimes.estimateNote(claims, estimated)).append('.');
    return FindingText.finding(groupId, groupName, propertyId, label, Finding.CHANGED_OVER_TIME, claims, text.toString());
  }

  /** " 4 outlets, 2 independent sources (a.txt and b.txt print the same dispatch)." when copies agree. */
  private static String origins(Set<String> articles, Map<String, String> origins) {
    if (origins.isEmpty()) {
      return "";
    }
    Map<String, List<String>> byOrigin = new TreeMap<>();
    articles.forEach(a -> byOrigin.computeIfAbsent(origins.getOrDefault(a, a), k -> new ArrayList<>()).add(a));
    if (byOrigin.size() == articles.size()) {
      return "";
    }
    List<String> copies = byOrigin.values().stream().filter(g -> g.size() > 1)
        .map(g -> String.join(" and ", g)).toList();
    return " " + articles.size() + " outlets, " + byOrigin.size() + " independent source"
        + (byOrigin.size() == 1 ? "" : "s") + " (" + String.join("; ", copies) + " print the same dispatch).";
  }

  boolean sameFigure(List<Claim> claims, String dimension) {
    if (DATE.equals(dimension)) {
      Interval first = null;
      for (Claim c : claims) {
        Interval d = days(c);
        if (first != null && (d == null || d.low() != first.low() || d.high() != first.high())) {
          return false;
        }
        first = first == null ? d : first;
      }
      return true;
    }
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

  /** The claim's plausible interval in the dimension's base unit (a date: its days, as epoch days). */
  Interval interval(Claim c, String dimension) {
    return DATE.equals(dimension) ? days(c) : scaled(c, Interval.of(c, dimension));
  }

  /** The claim's strict interval in the dimension's base unit. */
  Interval strict(Claim c, String dimension) {
    return DATE.equals(dimension) ? days(c) : scaled(c, Interval.strict(c, dimension));
  }

  private static Interval days(Claim c) {
    LocalDate yearless = ClaimDates.yearlessDay(c);
    if (yearless != null) {
      return new Interval(yearless.toEpochDay(), yearless.toEpochDay());
    }
    ClaimDates.DayRange r = ClaimDates.range(c.date());
    return r == null ? null : new Interval(r.from().toEpochDay(), r.to().toEpochDay());
  }

  private Interval scaled(Claim c, Interval own) {
    if (own == null) {
      return null;
    }
    Double factor = dimensions.toBase(c.unit(), 1.0);
    return own.scaled(factor == null ? 1.0 : factor);
  }

  Interval commonRange(List<Claim> claims, String dimension) {
    Interval common = null;
    for (Claim c : claims) {
      Interval i = strict(c, dimension);
      common = common == null ? i : common.intersect(i);
    }
    return common;
  }

  /** The label of a property, for other judges. */
  String label(ComparableProperty p) {
    return labels.label(p);
  }

  static String shortHash(String key) {
    return FindingText.shortHash(key);
  }

  static String number(double v) {
    return FindingText.number(v);
  }
}
