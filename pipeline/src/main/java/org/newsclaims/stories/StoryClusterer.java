package org.newsclaims.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsclaims.model.Story;

/**
 * Groups articles into stories by what they say and when, as news aggregators do.
 *
 * <ol>
 *   <li>Each article is a TF-IDF vector over its {@link ArticleSignature} terms (IDF over the
 *       articles clustered together, {@code 1 + ln((1 + N) / (1 + df))}), cut to its
 *       {@code vectorTerms} heaviest terms and normalised.
 *   <li>Events, incrementally, in order of publication (undated articles last, by id): an
 *       article joins the event whose centroid is most similar (cosine) if that is at least
 *       {@code joinThreshold}, else it starts an event. When both the article and the event are
 *       dated, the article must fall within {@code windowDays} of the event's dates; undated
 *       articles are placed by their text alone. Blocking keeps the cost near linear: the
 *       events compared are only those one of whose members has among its {@code keyTerms}
 *       heaviest terms one of the article's {@code 2 * keyTerms} heaviest (inverted index term
 *       to events), and a term already key to more than
 *       {@code maxPosting} events is too general to propose any.
 *   <li>Linking: two events sharing at least {@code minSharedNames} of their main names
 *       (their {@value #MAIN_NAMES} heaviest names) and whose centroids are at least
 *       {@code linkThreshold} similar, within {@code linkWindowDays} when both are dated, are
 *       one story (a follow-up weeks later). Candidate pairs come from an inverted index on
 *       main names.
 *   <li>Origins: wire copies within each story ({@link WireCopies}).
 *   <li>Dates: an article without a day-precise date of its own may take one from its story
 *       ({@code dateSource=story}, with the span): a dateline's month and day with the year of
 *       its event's dates; the median of its event's dated articles when its text is close to
 *       theirs; else only the year its story's dates allow (see {@link #storyDate}).
 * </ol>
 *
 * <p>Example: {@code StoryClusterer.withDefaults().cluster(signatures)}. Deterministic: the
 * same signatures in any order give the same stories and ids.
 */
public final class StoryClusterer {

  static final int MAIN_NAMES = 6;
  static final int REFINE_ROUNDS = 3;
  /**
   * An undated article takes the day of its event's dated articles only when its text is this
   * close to theirs; placed by text alone, a looser member may be another day's article.
   */
  static final double DATING_SIMILARITY = 0.4;
  /** An undated article takes its story's year only when its text is this close to the story's dated articles. */
  static final double YEAR_SIMILARITY = 0.25;
  /**
   * An article looks for events through its {@code QUERY_FACTOR * keyTerms} heaviest terms, an
   * event is found through its members' {@code keyTerms} heaviest: two articles of one event
   * rarely share their very heaviest terms, but one's heaviest is usually among the other's.
   */
  static final int QUERY_FACTOR = 2;
  static final double REFINE_MARGIN = 0.02;
  static final int STORY_ENTITIES = 8;

  /**
   * The clustering's knobs; {@link #defaults()} were calibrated on RPM2 topics T01–T10 (see
   * docs/stories.md).
   */
  public record Settings(double joinThreshold, double linkThreshold, int minSharedNames, int windowDays,
      int linkWindowDays, int vectorTerms, int keyTerms, int maxPosting) implements java.io.Serializable {
    public static Settings defaults() {
      return new Settings(0.14, 0.20, 2, 3, 60, 40, 10, 1000);
    }

    public Settings withJoinThreshold(double t) {
      return new Settings(t, linkThreshold, minSharedNames, windowDays, linkWindowDays, vectorTerms, keyTerms, maxPosting);
    }

    public Settings withLinkThreshold(double t) {
      return new Settings(joinThreshold, t, minSharedNames, windowDays, linkWindowDays, vectorTerms, keyTerms, maxPosting);
    }

    public Settings withMinSharedNames(int n) {
      return new Settings(joinThreshold, linkThreshold, n, windowDays, linkWindowDays, vectorTerms, keyTerms, maxPosting);
    }
  }

  /** The stories (sorted by id) and each article's assignment (by article id). */
  public record Result(List<Story> stories, Map<String, StoryAssignment> assignments) {}

  private final Settings settings;

  private StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  public static StoryClusterer withDefaults() {
    return new StoryClusterer(Settings.defaults());
  }

  public static StoryClusterer with(Settings settings) {
    return new StoryClusterer(settings);
  }

  /** An article as a sparse unit vector, heaviest terms first. */
  private record Vector(int[] terms, double[] weights) {}

  /** An event being built: its members and the sum of their vectors. */
  private static final class Cluster {
    final List<Integer> members = new ArrayList<>();
    final Map<Integer, Double> centroid = new HashMap<>();
    final Set<Integer> keyTerms = new HashSet<>();
    double norm2;
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;

    void add(int article, Vector v, long day) {
      members.add(article);
      for (int k = 0; k < v.terms().length; k++) {
        double old = centroid.getOrDefault(v.terms()[k], 0.0);
        double now = old + v.weights()[k];
        centroid.put(v.terms()[k], now);
        norm2 += now * now - old * old;
      }
      if (day != Long.MIN_VALUE) {
        minDay = Math.min(minDay, day);
        maxDay = Math.max(maxDay, day);
      }
    }

    void remove(int article, Vector v) {
      members.remove(Integer.valueOf(article));
      for (int k = 0; k < v.terms().length; k++) {
        double old = centroid.getOrDefault(v.terms()[k], 0.0);
        double now = old - v.weights()[k];
        if (Math.abs(now) < 1e-12) {
          centroid.remove(v.terms()[k]);
          now = 0;
        } else {
          centroid.put(v.terms()[k], now);
        }
        norm2 += now * now - old * old;
      }
    }

    /** Cosine of a member with the centroid of the other members. */
    double cosineWithout(Vector v) {
      double dot = 0;
      double n2 = norm2;
      for (int k = 0; k < v.terms().length; k++) {
        Double c = centroid.get(v.terms()[k]);
        if (c != null) {
          double rest = c - v.weights()[k];
          dot += rest * v.weights()[k];
          n2 += rest * rest - c * c;
        }
      }
      return n2 <= 1e-12 ? 0 : dot / Math.sqrt(n2);
    }

    boolean dated() {
      return minDay != Long.MAX_VALUE;
    }

    double cosine(Vector v) {
      double dot = 0;
      for (int k = 0; k < v.terms().length; k++) {
        Double c = centroid.get(v.terms()[k]);
        if (c != null) {
          dot += c * v.weights()[k];
        }
      }
      return norm2 <= 0 ? 0 : dot / Math.sqrt(norm2);
    }

    double cosine(Cluster other) {
      Map<Integer, Double> small = centroid.size() <= other.centroid.size() ? centroid : other.centroid;
      Map<Integer, Double> large = small == centroid ? other.centroid : centroid;
      double dot = 0;
      for (Map.Entry<Integer, Double> e : small.entrySet()) {
        Double c = large.get(e.getKey());
        if (c != null) {
          dot += c * e.getValue();
        }
      }
      return norm2 <= 0 || other.norm2 <= 0 ? 0 : dot / Math.sqrt(norm2 * other.norm2);
    }
  }

  public Result cluster(List<ArticleSignature> input) {
    List<ArticleSignature> sigs = new ArrayList<>(input);
    sigs.sort(Comparator.comparing((ArticleSignature s) -> dayPrecise(s.published()) ? s.published() : "~")
        .thenComparing(ArticleSignature::article));
    int n = sigs.size();
    Map<String, Integer> termIds = new HashMap<>();
    List<Integer> df = new ArrayList<>();
    for (ArticleSignature s : sigs) {
      for (String t : s.terms()) {
        Integer id = termIds.get(t);
        if (id == null) {
          id = termIds.size();
          termIds.put(t, id);
          df.add(0);
        }
        df.set(id, df.get(id) + 1);
      }
    }
    Vector[] vectors = new Vector[n];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      vectors[i] = vector(sigs.get(i), termIds, df, n);
      days[i] = day(sigs.get(i).published());
    }

    // events, incrementally
    List<Cluster> clusters = new ArrayList<>();
    Map<Integer, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Vector v = vectors[i];
      int best = -1;
      double bestScore = settings.joinThreshold();
      int keys = Math.min(settings.keyTerms(), v.terms().length);
      for (int c : candidates(v, postings)) {
        Cluster cl = clusters.get(c);
        if (!inWindow(days[i], cl)) {
          continue;
        }
        double score = cl.cosine(v);
        if (score >= bestScore && (score > bestScore || best < 0 || c < best)) {
          best = c;
          bestScore = score;
        }
      }
      if (best < 0) {
        clusters.add(new Cluster());
        best = clusters.size() - 1;
      }
      Cluster target = clusters.get(best);
      target.add(i, v, days[i]);
      for (int k = 0; k < keys; k++) {
        if (target.keyTerms.add(v.terms()[k])) {
          postings.computeIfAbsent(v.terms()[k], x -> new ArrayList<>()).add(best);
        }
      }
    }

    refine(clusters, postings, vectors, days);
    clusters.removeIf(c -> c.members.isEmpty());
    for (Cluster c : clusters) {
      c.members.sort(null);
      c.minDay = Long.MAX_VALUE;
      c.maxDay = Long.MIN_VALUE;
      for (int i : c.members) {
        if (days[i] != Long.MIN_VALUE) {
          c.minDay = Math.min(c.minDay, days[i]);
          c.maxDay = Math.max(c.maxDay, days[i]);
        }
      }
    }

    // main names of each event, then links between events
    Map<String, String> displayOf = displayNames(sigs);
    List<List<String>> mainNames = new ArrayList<>();
    for (Cluster c : clusters) {
      mainNames.add(mainNames(c, sigs, termIds, displayOf));
    }
    int m = clusters.size();
    int[] parent = new int[m];
    for (int c = 0; c < m; c++) {
      parent[c] = c;
    }
    Map<String, List<Integer>> nameIndex = new HashMap<>();
    for (int c = 0; c < m; c++) {
      for (String name : mainNames.get(c)) {
        nameIndex.computeIfAbsent(name, x -> new ArrayList<>()).add(c);
      }
    }
    Map<Integer, List<String>> linkedBy = new HashMap<>();
    for (int c = 0; c < m; c++) {
      Map<Integer, List<String>> shared = new TreeMap<>();
      for (String name : mainNames.get(c)) {
        List<Integer> posting = nameIndex.get(name);
        if (posting.size() > settings.maxPosting()) {
          continue;
        }
        for (int d : posting) {
          if (d > c) {
            shared.computeIfAbsent(d, x -> new ArrayList<>()).add(name);
          }
        }
      }
      for (Map.Entry<Integer, List<String>> e : shared.entrySet()) {
        int d = e.getKey();
        Cluster a = clusters.get(c);
        Cluster b = clusters.get(d);
        // an event that names fewer main names than required (a short follow-up naming only the
        // town) links on all of them
        int required = Math.min(settings.minSharedNames(),
            Math.min(mainNames.get(c).size(), mainNames.get(d).size()));
        if (e.getValue().size() < Math.max(1, required)) {
          continue;
        }
        if (a.dated() && b.dated() && (b.minDay - a.maxDay > settings.linkWindowDays()
            || a.minDay - b.maxDay > settings.linkWindowDays())) {
          continue;
        }
        if (a.cosine(b) >= settings.linkThreshold()) {
          WireCopies.union(parent, c, d);
          linkedBy.putIfAbsent(d, e.getValue());
        }
      }
    }

    return build(sigs, vectors, clusters, parent, mainNames, linkedBy, displayOf, termIds);
  }

  /**
   * Moves an article to another event when that event's centroid is closer to it than the rest
   * of its own event ({@value #REFINE_ROUNDS} rounds, candidates from the same index): the
   * incremental pass depends on the order articles come in, this undoes the worst of it.
   */
  private void refine(List<Cluster> clusters, Map<Integer, List<Integer>> postings, Vector[] vectors, long[] days) {
    int[] of = new int[vectors.length];
    for (int c = 0; c < clusters.size(); c++) {
      for (int i : clusters.get(c).members) {
        of[i] = c;
      }
    }
    for (int round = 0; round < REFINE_ROUNDS; round++) {
      boolean moved = false;
      for (int i = 0; i < vectors.length; i++) {
        Vector v = vectors[i];
        Cluster own = clusters.get(of[i]);
        double ownScore = own.members.size() > 1 ? own.cosineWithout(v) : 0;
        double bestScore = Math.max(ownScore + REFINE_MARGIN, own.members.size() > 1 ? 0 : settings.joinThreshold());
        int best = -1;
        for (int c : candidates(v, postings)) {
          Cluster cl = clusters.get(c);
          if (c == of[i] || cl.members.isEmpty() || !inWindow(days[i], cl)) {
            continue;
          }
          double score = cl.cosine(v);
          if (score > bestScore) {
            best = c;
            bestScore = score;
          }
        }
        if (best >= 0) {
          own.remove(i, v);
          clusters.get(best).add(i, v, days[i]);
          of[i] = best;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
  }

  /**
   * The events that index one of the article's {@code QUERY_FACTOR * keyTerms} heaviest terms,
   * each once, in the order found; terms indexing more than {@code maxPosting} events propose none.
   */
  private java.util.Collection<Integer> candidates(Vector v, Map<Integer, List<Integer>> postings) {
    Set<Integer> found = new java.util.LinkedHashSet<>();
    int queried = Math.min(QUERY_FACTOR * settings.keyTerms(), v.terms().length);
    for (int k = 0; k < queried; k++) {
      List<Integer> posting = postings.get(v.terms()[k]);
      if (posting != null && posting.size() <= settings.maxPosting()) {
        found.addAll(posting);
      }
    }
    return found;
  }

  /** True unless both are dated and the article falls outside the event's dates widened by the window. */
  private boolean inWindow(long day, Cluster cl) {
    return day == Long.MIN_VALUE || !cl.dated()
        || (day >= cl.minDay - settings.windowDays() && day <= cl.maxDay + settings.windowDays());
  }

  private Result build(List<ArticleSignature> sigs, Vector[] vectors, List<Cluster> clusters, int[] parent,
      List<List<String>> mainNames, Map<Integer, List<String>> linkedBy, Map<String, String> displayOf,
      Map<String, Integer> termIds) {
    Map<Integer, List<Integer>> storiesByRoot = new TreeMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      storiesByRoot.computeIfAbsent(WireCopies.find(parent, c), x -> new ArrayList<>()).add(c);
    }
    List<Story> stories = new ArrayList<>();
    Map<String, StoryAssignment> assignments = new TreeMap<>();
    for (List<Integer> group : storiesByRoot.values()) {
      List<Integer> members = new ArrayList<>();
      group.forEach(c -> members.addAll(clusters.get(c).members));
      TreeSet<String> ids = new TreeSet<>();
      members.forEach(i -> ids.add(sigs.get(i).article()));
      String storyId = "s-" + hash(ids.first());

      // events, earliest first
      List<Story.Event> events = new ArrayList<>();
      Map<Integer, String> eventIdOf = new HashMap<>();
      for (int c : group) {
        Cluster cl = clusters.get(c);
        TreeSet<String> eventIds = new TreeSet<>();
        cl.members.forEach(i -> eventIds.add(sigs.get(i).article()));
        String eventId = "e-" + hash(eventIds.first());
        String[] span = span(cl.members, sigs);
        List<String> because = linkedBy.getOrDefault(c, List.of()).stream().map(t -> displayOf.getOrDefault(t, t)).toList();
        events.add(new Story.Event(eventId, label(cl, cl.members, sigs, vectors), List.copyOf(eventIds),
            span[0], span[1], because));
        eventIdOf.put(c, eventId);
      }
      events.sort(Comparator.comparing((Story.Event e) -> e.firstPublished() == null ? "~" : e.firstPublished())
          .thenComparing(Story.Event::id));
      // origins
      List<Integer> ordered = new ArrayList<>(members);
      ordered.sort(Comparator.comparing((Integer i) -> dayPrecise(sigs.get(i).published()) ? sigs.get(i).published() : "~")
          .thenComparing(i -> sigs.get(i).article()));
      List<ArticleSignature> orderedSigs = ordered.stream().map(sigs::get).toList();
      List<Story.Origin> origins = new ArrayList<>();
      Map<Integer, String> originOf = new HashMap<>();
      for (List<Integer> copyGroup : WireCopies.groups(orderedSigs)) {
        String originId = orderedSigs.get(copyGroup.get(0)).article();
        TreeSet<String> arts = new TreeSet<>();
        TreeSet<String> outlets = new TreeSet<>();
        for (int k : copyGroup) {
          arts.add(orderedSigs.get(k).article());
          if (orderedSigs.get(k).outlet() != null) {
            outlets.add(orderedSigs.get(k).outlet());
          }
          originOf.put(ordered.get(k), originId);
        }
        origins.add(new Story.Origin(originId, List.copyOf(arts), List.copyOf(outlets)));
      }
      origins.sort(Comparator.comparing(Story.Origin::id));

      String[] storySpan = span(members, sigs);
      int undated = 0;
      Set<String> outlets = new HashSet<>();
      int anonymous = 0;
      for (int i : members) {
        ArticleSignature s = sigs.get(i);
        if (s.published() == null) {
          undated++;
        }
        if (s.outlet() == null) {
          anonymous++;
        } else {
          outlets.add(s.outlet());
        }
      }
      Cluster whole = new Cluster();
      for (int c : group) {
        for (int i : clusters.get(c).members) {
          whole.add(i, vectors[i], Long.MIN_VALUE);
        }
      }
      List<String> entities = mainNames(whole, sigs, termIds, displayOf, STORY_ENTITIES).stream()
          .map(t -> displayOf.getOrDefault(t, t)).toList();
      stories.add(new Story(storyId, label(whole, members, sigs, vectors), List.copyOf(ids), storySpan[0],
          storySpan[1], undated, entities, List.copyOf(events), outlets.size() + anonymous, List.copyOf(origins),
          origins.size()));

      // assignments, with dates for the undated
      String year = storyYear(members, sigs);
      Cluster storyDated = new Cluster();
      for (int i : members) {
        if (range(sigs.get(i).published()) != null) {
          storyDated.add(i, vectors[i], Long.MIN_VALUE);
        }
      }
      for (int c : group) {
        Cluster cl = clusters.get(c);
        Cluster dated = new Cluster();
        List<String> eventDates = new ArrayList<>();
        for (int i : cl.members) {
          if (dayPrecise(sigs.get(i).published())) {
            eventDates.add(sigs.get(i).published());
            dated.add(i, vectors[i], Long.MIN_VALUE);
          }
        }
        eventDates.sort(null);
        for (int i : cl.members) {
          ArticleSignature s = sigs.get(i);
          String[] date = dayPrecise(s.published()) ? null : storyDate(s, vectors[i], dated, eventDates,
              storyDated.cosine(vectors[i]) >= YEAR_SIMILARITY ? year : null, storySpan);
          assignments.put(s.article(), new StoryAssignment(s.article(), storyId, eventIdOf.get(c), originOf.get(i),
              date == null ? null : date[0], date == null ? null : date[1], date == null ? null : date[2]));
        }
      }
    }
    stories.sort(Comparator.comparing(Story::id));
    return new Result(List.copyOf(stories), java.util.Collections.unmodifiableMap(assignments));
  }

  /**
   * The date an article without a day-precise date of its own takes from its story: {date,
   * dateSource, span}, or null. A dateline's month and day take the year of the event's dates
   * nearest to them (else the story's year); an article whose text is close to its event's
   * dated articles (cosine at least {@value #DATING_SIMILARITY}) takes their median date; any
   * other takes only the story's year ({@code year}: null unless its dates allow one and the
   * article is at least {@value #YEAR_SIMILARITY} similar to the story's dated articles).
   */
  private String[] storyDate(ArticleSignature s, Vector v, Cluster dated, List<String> eventDates, String year,
      String[] storySpan) {
    String own = s.published();
    String eventSpan = eventDates.isEmpty() ? null : spanText(eventDates.get(0), eventDates.get(eventDates.size() - 1));
    String median = eventDates.isEmpty() ? null : eventDates.get((eventDates.size() - 1) / 2);
    if (s.dateline() != null) {
      String dateYear = median != null ? nearestYear(s.dateline(), median) : own != null ? own.substring(0, 4) : year;
      String date = dateYear == null ? null : dateYear + s.dateline().substring(1);
      if (date != null && dayPrecise(date) && (own == null || date.startsWith(own))) {
        return new String[] {date, "dateline+story", median != null ? eventSpan : spanText(storySpan[0], storySpan[1])};
      }
    }
    if (median != null && dated.cosine(v) >= DATING_SIMILARITY && (own == null || median.startsWith(own))) {
      return new String[] {median, own == null ? "story" : "header+story", eventSpan};
    }
    if (own == null && year != null) {
      return new String[] {year, "story", spanText(storySpan[0], storySpan[1])};
    }
    return null;
  }

  /** The year that puts a month-day ({@code --03-12}) nearest to a date ({@code 2009-01-02} gives 2008 for --12-30). */
  private static String nearestYear(String monthDay, String near) {
    int y = Integer.parseInt(near.substring(0, 4));
    long target = day(near);
    String best = null;
    long bestGap = Long.MAX_VALUE;
    for (int candidate = y - 1; candidate <= y + 1; candidate++) {
      long d = day(candidate + monthDay.substring(1));
      if (d != Long.MIN_VALUE && Math.abs(d - target) < bestGap) {
        bestGap = Math.abs(d - target);
        best = String.valueOf(candidate);
      }
    }
    return best;
  }

  /** The year all the story's dated articles allow, widened by the link window; null if none or two. */
  private String storyYear(List<Integer> members, List<ArticleSignature> sigs) {
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int i : members) {
      long[] range = range(sigs.get(i).published());
      if (range != null) {
        low = Math.min(low, range[0]);
        high = Math.max(high, range[1]);
      }
    }
    if (low == Long.MAX_VALUE) {
      return null;
    }
    int from = LocalDate.ofEpochDay(low - settings.linkWindowDays()).getYear();
    int to = LocalDate.ofEpochDay(high + settings.linkWindowDays()).getYear();
    return from == to ? String.valueOf(from) : null;
  }

  private static String spanText(String first, String last) {
    if (first == null) {
      return null;
    }
    return first.equals(last) ? first : first + "/" + last;
  }

  /** Earliest and latest publication dates (any precision) of the members; nulls when none. */
  private static String[] span(List<Integer> members, List<ArticleSignature> sigs) {
    String first = null;
    String last = null;
    for (int i : members) {
      String p = sigs.get(i).published();
      if (p == null || range(p) == null) {
        continue;
      }
      if (first == null || p.compareTo(first) < 0) {
        first = p;
      }
      if (last == null || p.compareTo(last) > 0) {
        last = p;
      }
    }
    return new String[] {first, last};
  }

  /** The headline of the member nearest the centroid (ties: first id); falls back to the id. */
  private static String label(Cluster cl, List<Integer> members, List<ArticleSignature> sigs, Vector[] vectors) {
    int best = -1;
    double bestScore = -1;
    for (int i : members) {
      String title = sigs.get(i).title();
      if (title == null || title.isBlank()) {
        continue;
      }
      double score = cl.cosine(vectors[i]);
      if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12
          && sigs.get(i).article().compareTo(sigs.get(best).article()) < 0)) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) {
      return members.stream().map(i -> sigs.get(i).article()).sorted().findFirst().orElse("");
    }
    String title = sigs.get(best).title().strip();
    return title.length() > 160 ? title.substring(0, 157) + "..." : title;
  }

  private List<String> mainNames(Cluster c, List<ArticleSignature> sigs, Map<String, Integer> termIds,
      Map<String, String> displayOf) {
    return mainNames(c, sigs, termIds, displayOf, MAIN_NAMES);
  }

  /** The heaviest name terms of a centroid (a name in any of its members), at most {@code limit}. */
  private static List<String> mainNames(Cluster c, List<ArticleSignature> sigs, Map<String, Integer> termIds,
      Map<String, String> displayOf, int limit) {
    Map<String, Double> weights = new HashMap<>();
    for (int i : c.members) {
      for (String name : sigs.get(i).names()) {
        String term = StoryLexicon.term(name);
        Integer id = termIds.get(term);
        if (id != null && !weights.containsKey(term)) {
          weights.put(term, c.centroid.getOrDefault(id, 0.0));
        }
      }
    }
    return weights.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  /** The most frequent way each name term is written. */
  private static Map<String, String> displayNames(List<ArticleSignature> sigs) {
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (ArticleSignature s : sigs) {
      for (String name : s.names()) {
        forms.computeIfAbsent(StoryLexicon.term(name), k -> new TreeMap<>()).merge(name, 1, Integer::sum);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : forms.entrySet()) {
      String best = null;
      int count = 0;
      for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
        if (f.getValue() > count) {
          best = f.getKey();
          count = f.getValue();
        }
      }
      out.put(e.getKey(), best);
    }
    return out;
  }

  private Vector vector(ArticleSignature s, Map<String, Integer> termIds, List<Integer> df, int n) {
    int k = s.terms().size();
    Integer[] order = new Integer[k];
    double[] w = new double[k];
    for (int j = 0; j < k; j++) {
      order[j] = j;
      int id = termIds.get(s.terms().get(j));
      w[j] = s.weights().get(j) * (1 + Math.log((1.0 + n) / (1.0 + df.get(id))));
    }
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : s.terms().get(a).compareTo(s.terms().get(b)));
    int keep = Math.min(settings.vectorTerms(), k);
    int[] terms = new int[keep];
    double[] weights = new double[keep];
    double norm = 0;
    for (int j = 0; j < keep; j++) {
      terms[j] = termIds.get(s.terms().get(order[j]));
      weights[j] = w[order[j]];
      norm += weights[j] * weights[j];
    }
    norm = Math.sqrt(norm);
    for (int j = 0; j < keep && norm > 0; j++) {
      weights[j] /= norm;
    }
    return new Vector(terms, weights);
  }

  static boolean dayPrecise(String iso) {
    return iso != null && iso.length() == 10 && day(iso) != Long.MIN_VALUE;
  }

  /** Epoch day of a day-precise ISO date, else {@link Long#MIN_VALUE}. */
  static long day(String iso) {
    if (iso == null || iso.length() != 10) {
      return Long.MIN_VALUE;
    }
    try {
      return LocalDate.parse(iso).toEpochDay();
    } catch (DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  /** First and last epoch day an ISO date of any precision covers ({@code 2025-04}: April), or null. */
  static long[] range(String iso) {
    try {
      if (iso == null) {
        return null;
      }
      if (iso.length() == 10) {
        long d = LocalDate.parse(iso).toEpochDay();
        return new long[] {d, d};
      }
      if (iso.length() == 7) {
        LocalDate first = LocalDate.parse(iso + "-01");
        return new long[] {first.toEpochDay(), first.plusMonths(1).toEpochDay() - 1};
      }
      if (iso.length() == 4) {
        LocalDate first = LocalDate.parse(iso + "-01-01");
        return new long[] {first.toEpochDay(), first.plusYears(1).toEpochDay() - 1};
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /** 8 hex digits of the SHA-1 of a text: ids that do not change with the run's other articles. */
  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder(8);
      for (int i = 0; i < 4; i++) {
        out.append(String.format("%02x", d[i] & 0xff));
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
