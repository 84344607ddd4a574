package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.WordClasses;

/**
 * Decides which place each claim of an article is about, so that outlets' figures on one
 * event land under one entity.
 *
 * <p>A claim is about the local place its sentence puts it in ("autour de la ville de Soudja,
 * « presque entièrement détruite »"): a place in locative position ({@code locative-cues.txt})
 * close to the figure. Otherwise it is about the article's main local place, the one it names
 * most. Countries, continents and capitals used for governments ({@code broad-places.txt}) only
 * win when the article names no local place: "selon Kiev, la zone dépasse 1 000 km²" is about
 * the zone the article is about, not about Kiev. Outlets word the same fact with different
 * actors ("repris par Moscou", "perdu par l'Ukraine"), so keying by the place keeps their claims
 * together where keying by the nearest name would scatter them.
 *
 * <p>Example: {@code ClaimSubjects.fromResources().assign(article, claims, mentions)}.
 */
public final class ClaimSubjects {

  /** How far (in characters) from the figure a locative place may be to claim it. */
  private static final int REACH = 80;
  private static final Set<String> ARTICLES = WordClasses.of("definite-article");

  private final Set<String> broad;
  private final List<String> cues;

  private ClaimSubjects(Set<String> broad, List<String> cues) {
    this.broad = Lookup.set(broad);
    this.cues = List.copyOf(cues);
  }

  public static ClaimSubjects fromResources() {
    Set<String> broad = new HashSet<>();
    ResourceTable.words(ClaimSubjects.class, "broad-places.txt").forEach(l -> broad.add(Folding.fold(l)));
    List<String> cues = new ArrayList<>();
    ResourceTable.words(ClaimSubjects.class, "locative-cues.txt").forEach(l -> cues.add(lower(l)));
    cues.sort((a, b) -> b.length() - a.length());
    return new ClaimSubjects(broad, cues);
  }

  /** The claims with {@code entity} set to the name of the place each is about (or null). */
  public List<Claim> assign(Article article, List<Claim> claims, List<EntityMention> mentions) {
    String text = article.text();
    List<EntityMention> places = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (EntityMention.PLACE.equals(m.type()) && m.name() != null && m.start() >= 0 && m.end() <= text.length()) {
        places.add(m);
      }
    }
    PlaceFacts facts = new PlaceFacts(text, places);
    String topic = topic(facts);
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      EntityMention local = localPlace(text, c, facts);
      out.add(c.withEntity(local != null ? local.name() : topic));
    }
    return out;
  }

  /** The local place the article names most (locative mentions count double), else the most named place. */
  private String topic(PlaceFacts facts) {
    Map<String, int[]> local = new HashMap<>();
    Map<String, int[]> any = new HashMap<>();
    for (int i = 0; i < facts.places.size(); i++) {
      EntityMention m = facts.places.get(i);
      int weight = facts.locative(i) ? 2 : 1;
      score(any, m, weight);
      if (!facts.broad(i)) {
        score(local, m, weight);
      }
    }
    String best = best(local);
    return best != null ? best : best(any);
  }

  private static void score(Map<String, int[]> scores, EntityMention m, int weight) {
    int[] s = scores.computeIfAbsent(m.name(), k -> new int[] {0, Integer.MAX_VALUE});
    s[0] += weight;
    s[1] = Math.min(s[1], m.start());
  }

  /** Highest score; ties go to the place named first. */
  private static String best(Map<String, int[]> scores) {
    String best = null;
    int[] bestScore = null;
    for (Map.Entry<String, int[]> e : scores.entrySet()) {
      int[] s = e.getValue();
      if (bestScore == null || s[0] > bestScore[0] || (s[0] == bestScore[0] && s[1] < bestScore[1])) {
        best = e.getKey();
        bestScore = s;
      }
    }
    return best;
  }

  private EntityMention localPlace(String text, Claim c, PlaceFacts facts) {
    int sentenceStart = Math.max(0, c.start() - REACH * 4);
    if (c.sentence() != null) {
      int at = text.lastIndexOf(c.sentence(), Math.max(0, c.start()));
      if (at >= 0 && at + c.sentence().length() >= c.end()) {
        sentenceStart = at;
      }
    }
    int sentenceEnd = c.sentence() != null ? sentenceStart + c.sentence().length() : c.end() + REACH;
    EntityMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < facts.places.size(); i++) {
      EntityMention m = facts.places.get(i);
      if (m.start() < sentenceStart || m.end() > sentenceEnd || facts.broad(i) || !facts.locative(i)) {
        continue;
      }
      int distance = m.end() <= c.start() ? c.start() - m.end() : Math.max(0, m.start() - c.end());
      if (distance <= REACH && distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * An article's places with {@link #isBroad} and {@link #locative} of each, worked out once
   * when first asked: every claim of the article asks them again of the same places.
   */
  private final class PlaceFacts {
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    final List<EntityMention> places;
    private final String text;
    private final byte[] broad;
    private final byte[] locative;

    PlaceFacts(String text, List<EntityMention> places) {
      this.text = text;
      this.places = places;
      this.broad = new byte[places.size()];
      this.locative = new byte[places.size()];
    }

    boolean broad(int i) {
      if (broad[i] == UNKNOWN) {
        broad[i] = isBroad(places.get(i).name()) ? YES : NO;
      }
      return broad[i] == YES;
    }

    boolean locative(int i) {
      if (locative[i] == UNKNOWN) {
        locative[i] = ClaimSubjects.this.locative(text, places.get(i).start()) ? YES : NO;
      }
      return locative[i] == YES;
    }
  }

  boolean isBroad(String name) {
    return broad.contains(Folding.fold(name));
  }

  /** True when the words just before {@code start} end with a locative cue (articles skipped). */
  boolean locative(String text, int start) {
    int from = Math.max(0, start - 40);
    // cues keep their accents: "à" is a cue, "a" (the verb) is not
    String before = lower(text.substring(from, start)).stripTrailing();
    for (String article : ARTICLES) {
      if (before.endsWith(" " + article) || before.equals(article) || (article.equals("l'") && before.endsWith("l'"))) {
        before = before.substring(0, before.length() - article.length()).stripTrailing();
        break;
      }
    }
    for (String cue : cues) {
      if (before.endsWith(cue)) {
        int at = before.length() - cue.length();
        if (at == 0 || !Character.isLetter(before.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
