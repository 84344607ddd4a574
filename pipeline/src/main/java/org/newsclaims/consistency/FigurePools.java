package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.Claim;

/**
 * How {@link ConsistencyJudge} pools a group's claims before forming facts, and the pools that
 * are one figure as they stand: the scope a claim is pooled under, a story of a few short
 * statements whose articles each give one figure of a kind ({@link #onlyFigures}), and the
 * figures of one stated span ({@link #onlyFiguresOfAPeriod}). Other pools are split into facts
 * by {@link FactClusters}.
 *
 * <p>Example: {@code new FigurePools(reader, judge).onlyFigures(pool)} gives the pool or null.
 */
final class FigurePools {

  private final PropertyReader reader;
  private final ConsistencyJudge judge;

  FigurePools(PropertyReader reader, ConsistencyJudge judge) {
    this.reader = reader;
    this.judge = judge;
  }

  /**
   * The scope a claim is pooled under: a forecast or a usual figure with the event's own figures,
   * since «l'augmentation de capital de 5,5 milliards prévue» and «va procéder à une augmentation
   * de capital de 5,5 milliards» are one announced figure, and «8 % d'intérêt par an» and «un taux
   * d'intérêt de 8 %» one rate; {@link FactClusters} links only equal figures across scopes
   * ({@link ClaimContext#mayDisagreeWith}), so a forecast is never judged against an outcome, nor
   * a usual average against one day's figure.
   */
  static String scope(String scope) {
    return PropertyReader.FORECAST.equals(scope) || PropertyReader.GENERIC.equals(scope) ? PropertyReader.EVENT : scope;
  }

  /**
   * In a story of a few short statements, the pool's claims when each article gives exactly one
   * figure of the pool's kind, within a factor {@value ConsistencyJudge#MAGNITUDE} of each other,
   * in one event, of one known class and modifiers («14 autres otages» is not «15 otages»), with
   * sentences naming no different subjects: each statement's one figure of that kind is the story's figure
   * («l'incendie a parcouru 1 200 hectares» against «le feu a détruit 800 hectares»); else null.
   */
  List<Claim> onlyFigures(List<Claim> pool) {
    return onlyFiguresContexts(pool) != null ? pool : null;
  }

  /** {@link #onlyFigures}'s test; the pool's contexts when it holds, else null. */
  private List<ClaimContext> onlyFiguresContexts(List<Claim> pool) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Claim c : pool) {
      if (!seen.add(c.article())) {
        return null;
      }
    }
    if (seen.size() < 2) {
      return null;
    }
    ComparableProperty first = reader.read(pool.get(0));
    List<ClaimContext> contexts = contexts(pool);
    for (int i = 0; i < pool.size(); i++) {
      for (int j = i + 1; j < pool.size(); j++) {
        Claim a = pool.get(i);
        Claim b = pool.get(j);
        boolean same = judge.sameFigure(List.of(a, b), first.dimension());
        if (a.event() != null && b.event() != null && !a.event().equals(b.event())) {
          return null; // a linked follow-up's figure needs a known class (FactClusters)
        }
        if (!same && !judge.sameMagnitude(a, b, first.dimension(), false, false)
            || !SentenceNames.meet(SentenceNames.shared().of(a.sentence()), SentenceNames.shared().of(b.sentence()))
            || !contexts.get(i).compatibleWith(contexts.get(j))
            || !same && !contexts.get(i).mayDisagreeWith(contexts.get(j))) {
          return null;
        }
      }
    }
    return contexts;
  }

  /**
   * In a story of any length, the pool's claims when they cover one stated span («, en un an, le
   * trou s'est chiffré à 6,5 milliards» against «a perdu 6,85 milliards depuis un an»), each
   * article gives one figure over it, and two different figures never name different quantities
   * (a figure naming nothing counted, or the same counted noun, class or frame); else null. A
   * stated span is rare in a story: two outlets' figures over it are one quantity, though their
   * words, which say how the span was framed, seldom match (see {@link #onlyFigures}).
   */
  List<Claim> onlyFiguresOfAPeriod(List<Claim> pool) {
    ComparableProperty first = reader.read(pool.get(0));
    if (first.period() == null || !first.period().startsWith(LAST_PERIOD)) {
      return null;
    }
    List<ClaimContext> contexts = onlyFiguresContexts(pool);
    if (contexts == null) {
      return null;
    }
    for (int i = 0; i < pool.size(); i++) {
      for (int j = i + 1; j < pool.size(); j++) {
        ClaimContext a = contexts.get(i);
        ClaimContext b = contexts.get(j);
        if (!judge.sameFigure(List.of(pool.get(i), pool.get(j)), first.dimension()) && !a.sameQuantityClass(b)
            && !namesNothing(a) && !namesNothing(b)) {
          return null;
        }
      }
    }
    return pool;
  }

  /** Each claim's context, in the pool's order. */
  private List<ClaimContext> contexts(List<Claim> pool) {
    List<ClaimContext> contexts = new ArrayList<>(pool.size());
    for (Claim c : pool) {
      contexts.add(reader.context(c, reader.read(c)));
    }
    return contexts;
  }

  /** A stated span the figure covers ({@code last:1:year}), as the claim extractor writes it. */
  private static final String LAST_PERIOD = "last:";

  /** True when the claim's words name nothing counted: no counted noun, known class or frame. */
  private static boolean namesNothing(ClaimContext c) {
    return c.head() == null && c.knownClass() == null && c.frame() == null;
  }
}
