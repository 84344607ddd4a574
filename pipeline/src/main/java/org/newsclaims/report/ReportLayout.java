package org.newsclaims.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsclaims.model.Finding;

/**
 * How both reports are organised: by story, the stories holding disagreements first.
 *
 * <p>Each {@link StoryGroup} holds a story's disagreements ({@code conflict},
 * {@code changed_over_time}, {@code internal_inconsistency}, in that order), its agreements
 * ({@code agree}, {@code compatible}) and its figures given by one source only. A finding belongs
 * to its {@code story}; a quote finding (no story of its own) to the story most of its articles
 * belong to; a finding none of whose articles has a story, to a group outside any story. Stories
 * are ordered: those with disagreements (most first), then those with agreements only, then those
 * with single-source figures only; ties by story id, so the order never depends on the input's.
 * Everything is sorted once: {@code O(n log n)} in the findings and articles shown.
 *
 * <p>Example: {@code ReportLayout.of(findings, articles, stories).groups()}.
 */
public final class ReportLayout {

  /** The verdicts of a disagreement, in reading order. */
  static final List<String> DISAGREEMENTS =
      List.of(Finding.CONFLICT, Finding.CHANGED_OVER_TIME, Finding.INTERNAL_INCONSISTENCY);
  /** The verdicts of an agreement, in reading order. */
  static final List<String> AGREEMENTS = List.of(Finding.AGREE, Finding.COMPATIBLE);
  /** Every verdict, in reading order. */
  static final List<String> VERDICTS = List.of(Finding.CONFLICT, Finding.CHANGED_OVER_TIME,
      Finding.INTERNAL_INCONSISTENCY, Finding.AGREE, Finding.COMPATIBLE, Finding.SINGLE_SOURCE);

  /** The run counts a report opens with, in this order, where the run has them. */
  static final List<String> COUNT_KEYS =
      List.of("articles", "stories", "claims", "quotes", "entities", "findings", "rejects");

  /** "N key" for each of {@link #COUNT_KEYS} that {@code counts} holds, in that order. */
  static List<String> countLines(Map<String, Long> counts) {
    List<String> out = new ArrayList<>();
    for (String key : COUNT_KEYS) {
      if (counts.containsKey(key)) {
        out.add(counts.get(key) + " " + key);
      }
    }
    return out;
  }

  /**
   * How many findings have each verdict, in reading order ({@link #rank}, then by name);
   * with {@code everyVerdict}, each of {@link #VERDICTS} is listed, at 0 when none has it.
   */
  static Map<String, Long> verdictCounts(List<Finding> findings, boolean everyVerdict) {
    Map<String, Long> counts = new TreeMap<>(Comparator.comparingInt(ReportLayout::rank)
        .thenComparing(Comparator.naturalOrder()));
    if (everyVerdict) {
      VERDICTS.forEach(v -> counts.put(v, 0L));
    }
    findings.forEach(f -> counts.merge(f.verdict(), 1L, Long::sum));
    return counts;
  }

  /** The key of the group of findings outside any story; sorts after every story id. */
  static final String NO_STORY = "~";

  /**
   * One story's findings.
   *
   * @param id the story id, or {@link #NO_STORY}
   * @param info the story as {@code stories.jsonl} gives it, or null when unknown
   * @param outlets the outlets known to print it, sorted
   * @param articles how many articles it holds (those the report knows when {@code info} is null)
   */
  public record StoryGroup(String id, StoryInfo info, List<String> outlets, int articles,
      List<Finding> disagreements, List<Finding> agreements, List<Finding> singleSource) {

    /** 0: holds disagreements; 1: agreements only; 2: single-source figures only. */
    public int tier() {
      return !disagreements.isEmpty() ? 0 : !agreements.isEmpty() ? 1 : 2;
    }

    /** The story's headline, or a plain name for a story the report does not know. */
    public String label() {
      if (info != null && info.label() != null && !info.label().isBlank()) {
        return info.label();
      }
      return NO_STORY.equals(id) ? "Findings outside any story" : "Story " + id;
    }
  }

  private final Map<String, ArticleInfo> articles;
  private final List<StoryGroup> groups;

  private ReportLayout(Map<String, ArticleInfo> articles, List<StoryGroup> groups) {
    this.articles = articles;
    this.groups = groups;
  }

  public static ReportLayout of(List<Finding> findings, List<ArticleInfo> articles, List<StoryInfo> stories) {
    Map<String, ArticleInfo> byName = new HashMap<>();
    articles.forEach(a -> byName.merge(a.article(), a, (x, y) -> x.toString().compareTo(y.toString()) <= 0 ? x : y));
    Map<String, StoryInfo> storyById = new HashMap<>();
    stories.forEach(s -> storyById.putIfAbsent(s.id(), s));

    Map<String, List<Finding>> byStory = new TreeMap<>();
    for (Finding f : findings) {
      byStory.computeIfAbsent(storyOf(f, byName), k -> new ArrayList<>()).add(f);
    }
    Map<String, Integer> articlesPerStory = new HashMap<>();
    byName.values().forEach(a -> articlesPerStory.merge(a.story() == null ? NO_STORY : a.story(), 1, Integer::sum));

    List<StoryGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : byStory.entrySet()) {
      List<Finding> dis = new ArrayList<>();
      List<Finding> agr = new ArrayList<>();
      List<Finding> single = new ArrayList<>();
      for (Finding f : e.getValue()) {
        (DISAGREEMENTS.contains(f.verdict()) ? dis : AGREEMENTS.contains(f.verdict()) ? agr : single).add(f);
      }
      dis.sort(READING_ORDER);
      agr.sort(READING_ORDER);
      single.sort(READING_ORDER);
      StoryInfo info = storyById.get(e.getKey());
      List<String> outlets = info != null ? info.outlets() : outletsOf(e.getValue(), byName);
      int count = info != null ? info.articles() : articlesPerStory.getOrDefault(e.getKey(), 0);
      groups.add(new StoryGroup(e.getKey(), info, outlets, count, List.copyOf(dis), List.copyOf(agr),
          List.copyOf(single)));
    }
    groups.sort(Comparator.comparingInt(StoryGroup::tier)
        .thenComparing((StoryGroup g) -> -g.disagreements().size())
        .thenComparing(g -> -g.agreements().size())
        .thenComparing(g -> -g.singleSource().size())
        .thenComparing(StoryGroup::id));
    return new ReportLayout(byName, List.copyOf(groups));
  }

  /** Findings by verdict (in {@link #VERDICTS} order), then entity, property and id. */
  static final Comparator<Finding> READING_ORDER = Comparator.comparingInt((Finding f) -> rank(f.verdict()))
      .thenComparing(f -> nz(f.entityName())).thenComparing(f -> nz(f.property())).thenComparing(f -> nz(f.id()));

  /** Every story group, in reading order. */
  public List<StoryGroup> groups() {
    return groups;
  }

  /** The groups of one tier ({@link StoryGroup#tier()}), in reading order. */
  public List<StoryGroup> tier(int tier) {
    return groups.stream().filter(g -> g.tier() == tier).toList();
  }

  /**
   * The groups a report tells in full, in reading order: those with a disagreement or an
   * agreement (tiers 0 and 1); the single-source ones ({@code tier(2)}) get one table row each.
   */
  public List<StoryGroup> told() {
    return groups.stream().filter(g -> g.tier() < 2).toList();
  }

  /** What the report knows of an article, or null. */
  public ArticleInfo article(String name) {
    return articles.get(name);
  }

  /**
   * The story a finding is shown under: its own, else the story most of its articles belong to
   * (ties: the smallest id), else {@link #NO_STORY}.
   */
  static String storyOf(Finding f, Map<String, ArticleInfo> articles) {
    if (f.story() != null) {
      return f.story();
    }
    Map<String, Integer> votes = new TreeMap<>();
    f.claims().forEach(e -> vote(votes, articles.get(e.article())));
    f.quotes().forEach(q -> vote(votes, articles.get(q.article())));
    String best = NO_STORY;
    int most = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() > most) {
        best = v.getKey();
        most = v.getValue();
      }
    }
    return best;
  }

  private static void vote(Map<String, Integer> votes, ArticleInfo a) {
    if (a != null && a.story() != null) {
      votes.merge(a.story(), 1, Integer::sum);
    }
  }

  private static List<String> outletsOf(List<Finding> findings, Map<String, ArticleInfo> articles) {
    TreeSet<String> outlets = new TreeSet<>();
    for (Finding f : findings) {
      f.claims().forEach(e -> addOutlet(outlets, articles.get(e.article())));
      f.quotes().forEach(q -> addOutlet(outlets, articles.get(q.article())));
    }
    return List.copyOf(outlets);
  }

  private static void addOutlet(TreeSet<String> outlets, ArticleInfo a) {
    if (a != null && a.outlet() != null && !a.outlet().isBlank()) {
      outlets.add(a.outlet());
    }
  }

  static int rank(String verdict) {
    int i = VERDICTS.indexOf(verdict);
    return i < 0 ? VERDICTS.size() : i;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
