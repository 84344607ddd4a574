package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.newsclaims.model.Entity;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;

/**
 * Merges the mentions of one block (one {@link NameKey}) into entities.
 *
 * <p>Names that the gazetteer knows go to their gazetteer entity. Other person names join a
 * cluster when their given names agree: equal after transliteration ("Oleksandre" and
 * "Oleksandr"), Jaro-Winkler similarity at least {@value #GIVEN_NAME_SIMILARITY}, the same
 * Double Metaphone code with similarity at least {@value #PHONETIC_SIMILARITY}, or an initial
 * that matches ("V. Poutine"); a bare surname joins the block's largest cluster. Places and
 * organisations of one block are one entity unless the gazetteer tells them apart. The
 * canonical name is the gazetteer's, else the most frequent name (then the one with more words,
 * then the alphabetically first). Example: the block {@code person:gerasimov} with "Valéri
 * Guérassimov", "Valery Gerasimov" and "Gerasimov" gives one entity {@code
 * person:valeri-guerassimov}. Immutable and thread-safe; output sorted.
 */
public final class EntityClusterer {

  /** Given names at least this similar (Jaro-Winkler on transliteration keys) are one name. */
  static final double GIVEN_NAME_SIMILARITY = 0.88;
  /** "de", "von", "al" in "Charles de Gaulle": no given name. */
  private static final java.util.Set<String> PARTICLES = NameLexicon.folded("name-particle");

  /** With equal Double Metaphone codes, given names at least this similar are one name. */
  static final double PHONETIC_SIMILARITY = 0.75;

  /** Place or organisation names at least this similar share an entity within a block. */
  static final double NAME_SIMILARITY = 0.80;

  /** Entities of the block and, for each mention name, the id of its entity. */
  public record Result(List<Entity> entities, Map<String, String> aliasToId) {}

  private static final class Stats {
    long count;
    final TreeSet<String> articles = new TreeSet<>();
    final TreeSet<String> texts = new TreeSet<>();
  }

  /**
   * What clustering needs from a block's mentions, per mention name: the number of mentions,
   * the articles and the surface forms. Summaries of parts of a block merge into the summary of
   * the whole block (in any order, with the same result), so a runner can pre-aggregate
   * mentions before the shuffle: a name in every article costs one entry per name, not one
   * element per mention. Mutable; not thread-safe.
   */
  public static final class Summary {
    private final TreeMap<String, Stats> byName = new TreeMap<>();
    private String type;

    /** Adds one mention. */
    public Summary add(EntityMention m) {
      Stats s = byName.computeIfAbsent(m.name(), k -> new Stats());
      s.count++;
      s.articles.add(m.article());
      s.texts.add(m.text());
      type(m.type());
      return this;
    }

    /** Adds {@code count} mentions of {@code name} in the given articles with the given texts. */
    public Summary add(String name, String type, long count, Iterable<String> articles, Iterable<String> texts) {
      Stats s = byName.computeIfAbsent(name, k -> new Stats());
      s.count += count;
      articles.forEach(s.articles::add);
      texts.forEach(s.texts::add);
      type(type);
      return this;
    }

    /** Adds all of another summary's mentions. */
    public Summary merge(Summary other) {
      other.byName.forEach((name, o) -> add(name, null, o.count, o.articles, o.texts));
      type(other.type);
      return this;
    }

    private void type(String t) {
      if (t != null && (type == null || t.compareTo(type) < 0)) {
        type = t;
      }
    }

    /** The mentions' type (the alphabetically first when they differ), or null. */
    public String type() {
      return type;
    }

    /** The mention names, sorted. */
    public java.util.Set<String> names() {
      return java.util.Collections.unmodifiableSet(byName.keySet());
    }

    public long count(String name) {
      return byName.get(name).count;
    }

    /** Sorted article ids of the name's mentions. */
    public java.util.Set<String> articles(String name) {
      return java.util.Collections.unmodifiableSet(byName.get(name).articles);
    }

    /** Sorted surface forms of the name's mentions. */
    public java.util.Set<String> texts(String name) {
      return java.util.Collections.unmodifiableSet(byName.get(name).texts);
    }
  }

  private static final class Cluster {
    Gazetteer.Entry known;
    final List<String> names = new ArrayList<>();
    long count;

    Cluster(Gazetteer.Entry known) {
      this.known = known;
    }
  }

  private final Gazetteer gazetteer;
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
  private final DoubleMetaphone metaphone = new DoubleMetaphone();

  private EntityClusterer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public static EntityClusterer fromResources() {
    return new EntityClusterer(Gazetteer.get());
  }

  public Result cluster(String blockKey, Iterable<EntityMention> mentions) {
    Summary summary = new Summary();
    mentions.forEach(summary::add);
    return cluster(blockKey, summary);
  }

  /** Clusters a block from the summary of its mentions. */
  public Result cluster(String blockKey, Summary summary) {
    Map<String, Stats> byName = summary.byName;
    String type = summary.type != null ? summary.type
        : blockKey.contains(":") ? blockKey.substring(0, blockKey.indexOf(':')) : blockKey;
    final String entityType = type;
    List<String> order = new ArrayList<>(byName.keySet());
    order.sort(Comparator.<String>comparingInt(n -> gazetteer.lookup(n, entityType) != null ? 0 : 1)
        .thenComparingInt(n -> given(n).isEmpty() ? 1 : 0)
        .thenComparing(n -> -byName.get(n).count)
        .thenComparing(Comparator.naturalOrder()));
    List<Cluster> clusters = new ArrayList<>();
    List<String> bare = new ArrayList<>();
    for (String name : order) {
      Gazetteer.Entry known = gazetteer.lookup(name, entityType);
      boolean person = EntityMention.PERSON.equals(entityType);
      if (person && known == null && given(name).isEmpty()) {
        bare.add(name);
        continue;
      }
      Cluster target = null;
      for (Cluster c : clusters) {
        if (compatible(c, name, known, person)) {
          target = c;
          break;
        }
      }
      if (target == null) {
        target = new Cluster(known);
        clusters.add(target);
      }
      if (target.known == null) {
        target.known = known;
      }
      target.names.add(name);
      target.count += byName.get(name).count;
    }
    for (String name : bare) {
      Cluster target = null;
      for (Cluster c : clusters) {
        if (target == null || c.count > target.count) {
          target = c;
        }
      }
      if (target == null) {
        target = new Cluster(null);
        clusters.add(target);
      }
      target.names.add(name);
      target.count += byName.get(name).count;
    }
    return build(blockKey, entityType, clusters, byName);
  }

  private boolean compatible(Cluster c, String name, Gazetteer.Entry known, boolean person) {
    if (c.known != null && known != null) {
      return c.known == known;
    }
    for (String other : c.names) {
      if (person) {
        if (!givenCompatible(given(other), given(name))) {
          return false;
        }
      } else if (similarity.apply(key(other), key(name)) < NAME_SIMILARITY) {
        return false;
      }
    }
    return true;
  }

  /** Whether two given-name word lists can belong to one person. */
  boolean givenCompatible(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    if (oneGiven(a.get(0), b.get(0))) {
      return true;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (shorter.size() < longer.size()) {
      for (String s : shorter) {
        if (longer.stream().noneMatch(l -> oneGiven(s, l))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private boolean oneGiven(String x, String y) {
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0);
    }
    String kx = NameKey.word(x, true);
    String ky = NameKey.word(y, true);
    if (kx.equals(ky)) {
      return true;
    }
    double sim = similarity.apply(kx, ky);
    return sim >= GIVEN_NAME_SIMILARITY
        || sim >= PHONETIC_SIMILARITY && metaphone.isDoubleMetaphoneEqual(kx, ky);
  }

  /** Folded given-name words of a person name: every word but the surname (and particles). */
  static List<String> given(String name) {
    List<String> ws = NameKey.words(Folding.fold(name).replace("-", ""));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ws.size() - 1; i++) {
      String w = ws.get(i);
      if (!PARTICLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : NameKey.words(Folding.fold(name))) {
      sb.append(NameKey.word(w, false)).append(' ');
    }
    return sb.toString().strip();
  }

  private Result build(String blockKey, String type, List<Cluster> clusters,
      Map<String, Stats> byName) {
    List<Entity> entities = new ArrayList<>();
    Map<String, Map<String, Long>> votes = new TreeMap<>();
    TreeSet<String> ids = new TreeSet<>();
    for (Cluster c : clusters) {
      String canonical = c.known != null ? c.known.canonical() : c.names.stream()
          .min(Comparator.<String>comparingLong(n -> -byName.get(n).count)
              .thenComparingInt(n -> -NameKey.words(Folding.fold(n)).size())
              .thenComparing(Comparator.naturalOrder()))
          .orElseThrow();
      String id = type + ":" + slug(canonical);
      String unique = id;
      for (int k = 2; ids.contains(unique); k++) {
        unique = id + "-" + k;
      }
      ids.add(unique);
      TreeSet<String> aliases = new TreeSet<>();
      TreeSet<String> articles = new TreeSet<>();
      long count = 0;
      for (String n : c.names) {
        Stats s = byName.get(n);
        aliases.add(n);
        for (String t : s.texts) {
          if (NameKey.of(t, type).equals(blockKey) || Folding.fold(t).equals(Folding.fold(n))) {
            aliases.add(t);
          }
          votes.computeIfAbsent(aliasKey(t), k -> new TreeMap<>()).merge(unique, s.count, Long::sum);
        }
        votes.computeIfAbsent(aliasKey(n), k -> new TreeMap<>()).merge(unique, s.count, Long::sum);
        articles.addAll(s.articles);
        count += s.count;
      }
      entities.add(new Entity(unique, canonical, type, List.copyOf(aliases), List.copyOf(articles),
          count));
    }
    entities.sort(Comparator.comparing(Entity::id));
    Map<String, String> aliasToId = new TreeMap<>();
    votes.forEach((alias, byId) -> aliasToId.put(alias, byId.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey()));
    return new Result(List.copyOf(entities), java.util.Collections.unmodifiableMap(aliasToId));
  }

  /** Ascii slug of a name: {@code slug("Valéri Guérassimov") = "valeri-guerassimov"}. */
  static String slug(String name) {
    StringBuilder sb = new StringBuilder();
    for (char c : Folding.fold(name).toCharArray()) {
      if (c < 128 && Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }

  /** The key under which the alias table stores a mention name: accent- and case-folded. */
  public static String aliasKey(String name) {
    return Folding.fold(name);
  }
}
