package org.newsclaims.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 *       articles clustered together, {@code 1 + ln((1 + N) / (1 + df))}; 0 for a term in more than
 *       half of at least 100 articles, see {@link #UBIQUITOUS_SHARE}), cut to its
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
 *       theirs; else only the year its story's dates allow (see {@link StoryDates#storyDate}).
 * </ol>
 *
 * <p>Example: {@code StoryClusterer.withDefaults().cluster(signatures)}. Deterministic: the
 * same signatures in any order give the same stories and ids.
 */
public final class StoryClusterer {

  static final int MAIN_NAMES = 6;
  static final int REFINE_ROUNDS = 3;
  /**
   * An article looks for events through its {@code QUERY_FACTOR * keyTerms} heaviest terms, an
   * event is found through its members' {@code keyTerms} heaviest: two articles of one event
   * rarely share their very heaviest terms, but one's heaviest is usually among the other's.
   */
  static final int QUERY_FACTOR = 2;
  static final double REFINE_MARGIN = 0.02;
  /**
   * Over at least {@value #UBIQUITOUS_MIN_ARTICLES} articles, a term in more than
   * {@value #UBIQUITOUS_SHARE} of them tells no story from another and weighs nothing. Without
   * this, the smoothed IDF still gives such a term weight 1, and in a large corpus written with a
   * common vocabulary (a wire's formulas, a hot name in most articles) an event's centroid drifts
   * towards those terms until every article joins it: 7 909 of 9 919 generated articles formed
   * one story. Below that many articles document frequency says too little to drop anything (a
   * folder of one story's articles shares all its names).
   */
  static final double UBIQUITOUS_SHARE = 0.5;
  static final int UBIQUITOUS_MIN_ARTICLES = 100;
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
  private final StoryLexicon lexicon = StoryLexicon.fromResources();

  private StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  public static StoryClusterer withDefaults() {
    return new StoryClusterer(Settings.defaults());
  }

  public static StoryClusterer with(Settings settings) {
    return new StoryClusterer(settings);
  }

  public Result cluster(List<ArticleSignature> input) {
    List<ArticleSignature> sigs = new ArrayList<>(input);
    sigs.sort(Comparator.comparing((ArticleSignature s) -> StoryDates.dayPrecise(s.published()) ? s.published() : "~")
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
    TermVector[] vectors = new TermVector[n];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      vectors[i] = vector(sigs.get(i), termIds, df, n);
      days[i] = StoryDates.day(sigs.get(i).published());
    }

    // events, incrementally
    List<EventCluster> clusters = new ArrayList<>();
    Map<Integer, List<Integer>> postings = new HashMap<>();
    Candidates found = new Candidates();
    for (int i = 0; i < n; i++) {
      TermVector v = vectors[i];
      int best = -1;
      double bestScore = settings.joinThreshold();
      int keys = Math.min(settings.keyTerms(), v.terms().length);
      found.of(v, postings, clusters.size());
      for (int f = 0; f < found.size; f++) {
        int c = found.events[f];
        EventCluster cl = clusters.get(c);
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
        clusters.add(new EventCluster());
        best = clusters.size() - 1;
      }
      EventCluster target = clusters.get(best);
      target.add(i, v, days[i]);
      for (int k = 0; k < keys; k++) {
        if (target.keyTerms.add(v.terms()[k])) {
          postings.computeIfAbsent(v.terms()[k], x -> new ArrayList<>()).add(best);
        }
      }
    }

    refine(clusters, postings, vectors, days, found);
    clusters.removeIf(c -> c.members.isEmpty());
    for (EventCluster c : clusters) {
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
    Map<String, String> displayOf = StoryDescriptions.displayNames(sigs);
    List<List<String>> mainNames = new ArrayList<>();
    for (EventCluster c : clusters) {
      mainNames.add(StoryDescriptions.mainNames(c, sigs, termIds, MAIN_NAMES));
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
        if (posting.size() > settings.maxPosting() || lexicon.isBroadPlace(name)) {
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
        EventCluster a = clusters.get(c);
        EventCluster b = clusters.get(d);
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
  private void refine(List<EventCluster> clusters, Map<Integer, List<Integer>> postings, TermVector[] vectors, long[] days,
      Candidates found) {
    int[] of = new int[vectors.length];
    for (int c = 0; c < clusters.size(); c++) {
      for (int i : clusters.get(c).members) {
        of[i] = c;
      }
    }
    for (int round = 0; round < REFINE_ROUNDS; round++) {
      boolean moved = false;
      for (int i = 0; i < vectors.length; i++) {
        TermVector v = vectors[i];
        EventCluster own = clusters.get(of[i]);
        double ownScore = own.members.size() > 1 ? own.cosineWithout(v) : 0;
        double bestScore = Math.max(ownScore + REFINE_MARGIN, own.members.size() > 1 ? 0 : settings.joinThreshold());
        int best = -1;
        found.of(v, postings, clusters.size());
        for (int f = 0; f < found.size; f++) {
          int c = found.events[f];
          EventCluster cl = clusters.get(c);
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
   * each once, in the order found; terms indexing more than {@code maxPosting} events propose
   * none. One buffer per clustering run, refilled for each article ({@link #of}): an insertion-
   * ordered set of boxed event numbers per article was a fifth of the clustering's time.
   */
  private final class Candidates {
    int[] events = new int[64];
    int size;
    private int[] seenAt = new int[64];
    private int query;

    /** Fills {@link #events} with the candidates of {@code v} among {@code eventCount} events. */
    void of(TermVector v, Map<Integer, List<Integer>> postings, int eventCount) {
      if (seenAt.length < eventCount) {
        seenAt = java.util.Arrays.copyOf(seenAt, Math.max(eventCount, 2 * seenAt.length));
      }
      query++;
      size = 0;
      int queried = Math.min(QUERY_FACTOR * settings.keyTerms(), v.terms().length);
      for (int k = 0; k < queried; k++) {
        List<Integer> posting = postings.get(v.terms()[k]);
        if (posting == null || posting.size() > settings.maxPosting()) {
          continue;
        }
        for (int p = 0; p < posting.size(); p++) {
          int c = posting.get(p);
          if (seenAt[c] != query) {
            seenAt[c] = query;
            if (size == events.length) {
              events = java.util.Arrays.copyOf(events, 2 * size);
            }
            events[size++] = c;
          }
        }
      }
    }
  }

  /** True unless both are dated and the article falls outside the event's dates widened by the window. */
  private boolean inWindow(long day, EventCluster cl) {
    return day == Long.MIN_VALUE || !cl.dated()
        || (day >= cl.minDay - settings.windowDays() && day <= cl.maxDay + settings.windowDays());
  }

  private Result build(List<ArticleSignature> sigs, TermVector[] vectors, List<EventCluster> clusters, int[] parent,
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
        EventCluster cl = clusters.get(c);
        TreeSet<String> eventIds = new TreeSet<>();
        cl.members.forEach(i -> eventIds.add(sigs.get(i).article()));
        String eventId = "e-" + hash(eventIds.first());
        String[] span = StoryDates.span(cl.members, sigs);
        List<String> because = linkedBy.getOrDefault(c, List.of()).stream().map(t -> displayOf.getOrDefault(t, t)).toList();
        events.add(new Story.Event(eventId, StoryDescriptions.label(cl, cl.members, sigs, vectors), List.copyOf(eventIds),
            span[0], span[1], because));
        eventIdOf.put(c, eventId);
      }
      events.sort(Comparator.comparing((Story.Event e) -> e.firstPublished() == null ? "~" : e.firstPublished())
          .thenComparing(Story.Event::id));
      // origins
      List<Integer> ordered = new ArrayList<>(members);
      ordered.sort(Comparator.comparing((Integer i) -> StoryDates.dayPrecise(sigs.get(i).published()) ? sigs.get(i).published() : "~")
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

      String[] storySpan = StoryDates.span(members, sigs);
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
      EventCluster whole = new EventCluster();
      for (int c : group) {
        for (int i : clusters.get(c).members) {
          whole.add(i, vectors[i], Long.MIN_VALUE);
        }
      }
      List<String> entities = StoryDescriptions.mainNames(whole, sigs, termIds, STORY_ENTITIES).stream()
          .map(t -> displayOf.getOrDefault(t, t)).toList();
      stories.add(new Story(storyId, StoryDescriptions.label(whole, members, sigs, vectors), List.copyOf(ids), storySpan[0],
          storySpan[1], undated, entities, List.copyOf(events), outlets.size() + anonymous, List.copyOf(origins),
          origins.size()));

      // assignments, with dates for the undated
      String year = StoryDates.storyYear(members, sigs, settings.linkWindowDays());
      EventCluster storyDated = new EventCluster();
      for (int i : members) {
        if (StoryDates.range(sigs.get(i).published()) != null) {
          storyDated.add(i, vectors[i], Long.MIN_VALUE);
        }
      }
      for (int c : group) {
        EventCluster cl = clusters.get(c);
        EventCluster dated = new EventCluster();
        List<String> eventDates = new ArrayList<>();
        for (int i : cl.members) {
          if (StoryDates.dayPrecise(sigs.get(i).published())) {
            eventDates.add(sigs.get(i).published());
            dated.add(i, vectors[i], Long.MIN_VALUE);
          }
        }
        eventDates.sort(null);
        for (int i : cl.members) {
          ArticleSignature s = sigs.get(i);
          String[] date = StoryDates.dayPrecise(s.published()) ? null : StoryDates.storyDate(s, vectors[i], dated, eventDates,
              storyDated.cosine(vectors[i]) >= StoryDates.YEAR_SIMILARITY ? year : null, storySpan);
          assignments.put(s.article(), new StoryAssignment(s.article(), storyId, eventIdOf.get(c), originOf.get(i),
              date == null ? null : date[0], date == null ? null : date[1], date == null ? null : date[2]));
        }
      }
    }
    stories.sort(Comparator.comparing(Story::id));
    return new Result(List.copyOf(stories), java.util.Collections.unmodifiableMap(assignments));
  }

  static boolean ubiquitous(int df, int n) {
    return n >= UBIQUITOUS_MIN_ARTICLES && df > UBIQUITOUS_SHARE * n;
  }

  private TermVector vector(ArticleSignature s, Map<String, Integer> termIds, List<Integer> df, int n) {
    int k = s.terms().size();
    Integer[] order = new Integer[k];
    double[] w = new double[k];
    for (int j = 0; j < k; j++) {
      order[j] = j;
      int id = termIds.get(s.terms().get(j));
      w[j] = ubiquitous(df.get(id), n) ? 0 : s.weights().get(j) * (1 + Math.log((1.0 + n) / (1.0 + df.get(id))));
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
    return new TermVector(terms, weights);
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
