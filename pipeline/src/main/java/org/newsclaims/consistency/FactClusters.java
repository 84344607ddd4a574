package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the claims of one story and dimension into facts: the claims that give the same
 * quantity, whatever the words each outlet uses («15 000 figurants», «quelque 15 000 acteurs»,
 * «15 000 participants»). Two claims of different articles are linked when the words around their
 * figures are alike (IDF-weighted cosine of {@link ClaimContext}s, the counted noun weighted up),
 * more strongly when their figures differ than when they agree: a disagreement needs clear
 * evidence that both sides speak of the same thing. Links are made best first, and never join
 * two claims that cannot be one quantity: figures of one article that cannot both hold (an
 * article does not contradict itself), different known quantity classes («morts» and «blessés»)
 * or different quantity-changing modifiers.
 *
 * <p>Example: {@code FactClusters.of(contexts, sameValue, tooFar)} gives lists of indexes.
 */
final class FactClusters {

  /** Above this many claims in one pool, only claims of one exact property are linked. */
  static final int POOL_LIMIT = 1500;
  /** A second claim of the same article this close in similarity makes a pairing ambiguous. */
  private static final double AMBIGUITY_MARGIN = 0.1;
  /** An agreeing group a lone claim is compared with gives its figure in at least this many articles. */
  private static final int AGREEING_ARTICLES = 3;

  /** Minimum similarity to link claims stating the same figure, and claims stating different ones. */
  private final double sameFigureThreshold;
  private final double differentFigureThreshold;

  FactClusters(double sameFigureThreshold, double differentFigureThreshold) {
    this.sameFigureThreshold = sameFigureThreshold;
    this.differentFigureThreshold = differentFigureThreshold;
  }

  /** Whether two claims (by index) state the same figure, or figures that cannot both hold. */
  interface Relation {
    boolean test(int a, int b);
  }

  private record Link(int a, int b, double similarity) {}

  /**
   * The facts among {@code contexts}: lists of indexes into it, each sorted, in order of their
   * first index. {@code sameFigure} says whether two claims give the same figure; {@code
   * comparable} whether two different figures are close enough to be two readings of one quantity
   * (not a part against the whole); {@code exclusive} whether they cannot both be true (used only
   * within one article). Different figures are linked only when both claims name the same counted
   * noun or class. {@code closeToGroup} says whether a lone claim's figure is close enough to an
   * agreeing group's to be another reading of it ({@link #joinLoneClaims}): the group's agreement
   * already shows that its counted noun names one quantity of the story, so small counts need not
   * be refused there.
   */
  List<List<Integer>> cluster(List<ClaimContext> contexts, Relation sameFigure, Relation comparable,
      Relation closeToGroup, Relation exclusive) {
    int n = contexts.size();
    Map<String, Double> idf = idf(contexts);
    double[] norms = new double[n];
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = new HashMap<>();
      for (Map.Entry<String, Double> w : contexts.get(i).weights().entrySet()) {
        v.put(w.getKey(), w.getValue() * idf.get(w.getKey()));
      }
      vectors.add(v);
      norms[i] = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = sim[j][i] = cosine(vectors.get(i), vectors.get(j), norms[i], norms[j]);
      }
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        ClaimContext a = contexts.get(i);
        ClaimContext b = contexts.get(j);
        if (a.article().equals(b.article()) || !a.compatibleWith(b)) {
          continue;
        }
        double s = sim[i][j];
        boolean link = sameFigure.test(i, j) ? s >= sameFigureThreshold
            : a.sameQuantityClass(b) && a.mayDisagreeWith(b) && s >= differentFigureThreshold && comparable.test(i, j)
                && unambiguous(i, j, sim, contexts, sameFigure) && unambiguous(j, i, sim, contexts, sameFigure);
        if (link) {
          links.add(new Link(i, j, s));
        }
      }
    }
    links.sort(Comparator.comparingDouble((Link l) -> -l.similarity()).thenComparingInt(Link::a).thenComparingInt(Link::b));
    int[] parent = new int[n];
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    for (Link l : links) {
      int ra = root(parent, l.a());
      int rb = root(parent, l.b());
      if (ra == rb || !mergeable(members.get(ra), members.get(rb), contexts, exclusive, sameFigure)) {
        continue;
      }
      join(parent, members, ra, rb);
    }
    joinLoneClaims(vectors, norms, parent, members, contexts, sameFigure, closeToGroup, exclusive);
    Map<Integer, List<Integer>> facts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      facts.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(facts.values());
  }

  /**
   * Links a claim left alone to the group of claims that agree on another figure, when its words
   * are alike enough to the group's pooled words («cinq enfants» in three outlets, each sentence
   * naming the children differently, against «trois de ses quatre enfants» in a fourth): one
   * outlet's words seldom match another's closely, but they match what several outlets say
   * together. The group must agree on one figure across {@value #AGREEING_ARTICLES} articles or
   * more, name the lone claim's counted noun, class or frame in every claim, and its sentences must
   * name a subject of the lone claim's (when both name any); the lone claim must be the one claim
   * of its article so close to the group ({@link #AMBIGUITY_MARGIN}).
   */
  private void joinLoneClaims(List<Map<String, Double>> vectors, double[] norms, int[] parent,
      List<List<Integer>> members, List<ClaimContext> contexts, Relation sameFigure, Relation closeToGroup,
      Relation exclusive) {
    int n = contexts.size();
    List<Integer> groups = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<Integer> m = members.get(r);
      if (parent[r] == r && m.size() > 1 && agreeing(m, contexts, sameFigure)) {
        groups.add(r);
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    Map<Integer, double[]> toGroup = new TreeMap<>(); // lone claim → {group root, similarity}
    for (int g : groups) {
      List<Integer> group = List.copyOf(members.get(g));
      Map<String, Double> pooled = new HashMap<>();
      java.util.Set<String> names = new java.util.TreeSet<>();
      java.util.Set<String> articles = new java.util.TreeSet<>();
      for (int i : group) {
        vectors.get(i).forEach((w, x) -> pooled.merge(w, x / norms[i], Double::sum));
        names.addAll(contexts.get(i).names());
        articles.add(contexts.get(i).article());
      }
      double pooledNorm = Math.sqrt(pooled.values().stream().mapToDouble(x -> x * x).sum());
      double[] toPooled = new double[n]; // each claim's similarity to the group, computed once
      for (int k = 0; k < n; k++) {
        toPooled[k] = cosine(vectors.get(k), pooled, norms[k], pooledNorm);
      }
      for (int i = 0; i < n; i++) {
        ClaimContext lone = contexts.get(i);
        if (parent[i] != i || members.get(i).size() != 1 || articles.contains(lone.article())
            || sameFigure.test(i, group.get(0)) || !SentenceNames.meet(lone.names(), names)) {
          continue;
        }
        boolean fits = true;
        for (int j : group) {
          ClaimContext m = contexts.get(j);
          fits = lone.sameQuantityClass(m) && lone.mayDisagreeWith(m.withNames(lone.names()))
              && closeToGroup.test(i, j);
          if (!fits) {
            break;
          }
        }
        double s = fits ? toPooled[i] : 0;
        if (s < differentFigureThreshold || toGroup.containsKey(i) && toGroup.get(i)[1] >= s) {
          continue;
        }
        boolean alone = true;
        for (int k = 0; k < n && alone; k++) {
          alone = k == i || !contexts.get(k).article().equals(lone.article()) || sameFigure.test(i, k)
              || toPooled[k] <= s - AMBIGUITY_MARGIN;
        }
        if (alone) {
          toGroup.put(i, new double[] {g, s});
        }
      }
    }
    for (Map.Entry<Integer, double[]> e : toGroup.entrySet()) {
      int lone = e.getKey();
      int g = root(parent, (int) e.getValue()[0]);
      if (mergeable(members.get(g), members.get(lone), contexts, exclusive, sameFigure)) {
        join(parent, members, g, lone);
      }
    }
  }

  /** True when the claims give one figure and come from {@value #AGREEING_ARTICLES} articles or more. */
  private static boolean agreeing(List<Integer> group, List<ClaimContext> contexts, Relation sameFigure) {
    java.util.Set<String> articles = new java.util.TreeSet<>();
    for (int i : group) {
      if (!sameFigure.test(group.get(0), i)) {
        return false;
      }
      articles.add(contexts.get(i).article());
    }
    return articles.size() >= AGREEING_ARTICLES;
  }

  /**
   * True when {@code j} is clearly the claim of its article that {@code i} is about: no other
   * claim of that article giving another figure is nearly as similar to {@code i}, nor gives
   * {@code i}'s own figure in words alike enough to be linked with it. Otherwise the article gives several
   * figures in the same words («un coût de 3 milliards, pour un budget de 6 milliards») and
   * pairing {@code i} with one of them would be a guess.
   */
  private boolean unambiguous(int i, int j, double[][] sim, List<ClaimContext> contexts, Relation sameFigure) {
    String article = contexts.get(j).article();
    for (int k = 0; k < contexts.size(); k++) {
      if (k == j || !contexts.get(k).article().equals(article) || sameFigure.test(j, k)) {
        continue;
      }
      if (sim[i][k] > sim[i][j] - AMBIGUITY_MARGIN && !otherSubject(contexts.get(i), contexts.get(k))) {
        return false;
      }
      if (sameFigure.test(i, k) && sim[i][k] >= sameFigureThreshold && contexts.get(i).compatibleWith(contexts.get(k))) {
        // the other article gives i's own figure in like words («supprimant 500 emplois») beside
        // the different one («la suppression de 850 emplois, annoncée en mai»): it agrees with i,
        // and its other figure is another quantity
        return false;
      }
    }
    return true;
  }

  /**
   * True when two amounts' sentences make different names their subjects («Natixis a levé»
   * against «le Crédit agricole a levé»): the second is not a rival reading of the first.
   */
  private static boolean otherSubject(ClaimContext a, ClaimContext b) {
    return !a.subject().isEmpty() && !b.subject().isEmpty() && !a.subject().equals(b.subject());
  }

  /**
   * Two facts can merge when no article would then hold two figures that cannot both hold, and no
   * two different figures would be of differently restricted nouns (the held soldiers against the
   * whole mission, joined through a third claim naming only «militaires») or of different scopes
   * (a forecast and the outcome, joined through a third claim giving the forecast's figure).
   */
  private static boolean mergeable(List<Integer> a, List<Integer> b, List<ClaimContext> contexts, Relation exclusive,
      Relation sameFigure) {
    for (int i : a) {
      for (int j : b) {
        ClaimContext x = contexts.get(i);
        ClaimContext y = contexts.get(j);
        if (!x.compatibleWith(y) || x.article().equals(y.article()) && exclusive.test(i, j)
            || !(x.restrictors().equals(y.restrictors()) && x.scope().equals(y.scope())) && !sameFigure.test(i, j)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Joins the facts of two roots under the smaller one. */
  private static void join(int[] parent, List<List<Integer>> members, int ra, int rb) {
    int keep = Math.min(ra, rb);
    int drop = Math.max(ra, rb);
    parent[drop] = keep;
    members.get(keep).addAll(members.get(drop));
    members.set(drop, List.of());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** IDF of each word over the claims of the pool: a word every claim has says little. */
  private static Map<String, Double> idf(List<ClaimContext> contexts) {
    Map<String, Integer> df = new HashMap<>();
    for (ClaimContext c : contexts) {
      c.weights().keySet().forEach(w -> df.merge(w, 1, Integer::sum));
    }
    Map<String, Double> idf = new HashMap<>();
    double n = contexts.size();
    df.forEach((w, d) -> idf.put(w, Math.log(1 + n / d)));
    return idf;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b, double na, double nb) {
    if (na == 0 || nb == 0) {
      return 0;
    }
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot / (na * nb);
  }
}
