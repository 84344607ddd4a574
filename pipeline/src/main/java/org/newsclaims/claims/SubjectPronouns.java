package org.newsclaims.claims;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsclaims.attribution.ArticleSpeakers;
import org.newsclaims.attribution.SpeechLexicon;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.Token;
import org.newsclaims.text.WordClasses;

/**
 * Ties a figure whose subject is a personal pronoun to what the pronoun stands for
 * ({@code subjects.txt}): a fronted age to the person named just before («Betancourt avait été
 * enlevée en 2002. Aujourd'hui âgée de 46 ans, elle …»: Betancourt's age), and a duration to
 * the thing the sentence before opens with («Avec tout ça, le spectacle ne pouvait être que
 * réussi. Pendant plus d'une heure, il a mis à l'honneur …»: the show lasts over an hour; «Le
 * défilé a commencé à 20 h. Il a duré deux heures.»). When the pronoun stands for nothing so
 * read, the caller leaves the figure unnamed or drops the age.
 *
 * <p>Example: {@code thingLasting(s, from, to, previous)} on «Il a duré deux heures.» after «Le
 * défilé a commencé à 20 h.» is {@code "défilé"}. Immutable and thread-safe.
 */
final class SubjectPronouns {

  /** Tokens of a fronted adjunct skipped before the subject of the sentence before («Avec tout ça, »). */
  private static final int MAX_FRONTED = 8;
  /** Verb forms at most between a pronoun and «durer» («il n'a pas duré»). */
  private static final int MAX_AUXILIARIES = 3;

  private static final Map<String, Set<String>> CLASSES = WordClasses.read(SubjectPronouns.class, "subjects.txt");
  private static final Set<String> MASCULINE = CLASSES.get("pronoun-masculine");
  private static final Set<String> FEMININE = CLASSES.get("pronoun-feminine");
  private static final Set<String> PLURAL = CLASSES.get("pronoun-plural");
  private static final Set<String> DET_MASCULINE = CLASSES.get("determiner-masculine");
  private static final Set<String> DET_FEMININE = CLASSES.get("determiner-feminine");
  private static final Set<String> DET_PLURAL = CLASSES.get("determiner-plural");
  private static final Set<String> PREPOSED = WordClasses.of("preposed-adjective");
  private static final Set<String> AUXILIARIES = CLASSES.get("auxiliary");
  private static final Set<String> IMPERSONAL = CLASSES.get("impersonal");
  private static final Set<String> DEMONSTRATIVE = WordClasses.of("demonstrative");

  private final AgeReader ages;
  /** Forms of «durer» and the prepositions of duration of consistency/duration-cues.tsv. */
  private final Set<String> lasts;
  private final Set<String> spans;

  private SubjectPronouns(AgeReader ages, Set<String> lasts, Set<String> spans) {
    this.ages = ages;
    this.lasts = lasts;
    this.spans = spans;
  }

  static SubjectPronouns fromResources(AgeReader ages) {
    Set<String> l = new HashSet<>();
    Set<String> sp = new HashSet<>();
    for (String[] r : ResourceTable.read(SubjectPronouns.class, "/org/newsclaims/consistency/duration-cues.tsv", 2)) {
      if ("lasts".equals(r[1])) {
        l.add(r[0]);
      } else if ("span".equals(r[1])) {
        sp.add(r[0]);
      }
    }
    return new SubjectPronouns(ages, Set.copyOf(l), Set.copyOf(sp));
  }

  /** True for a subject pronoun: il, elle, ils, elles. */
  static boolean isPronoun(Token t) {
    return MASCULINE.contains(t.lower()) || FEMININE.contains(t.lower());
  }

  /** {@code m} or {@code f} for a subject pronoun. */
  private static String gender(Token t) {
    return MASCULINE.contains(t.lower()) ? "m" : "f";
  }

  /**
   * The fullest name of the person a pronoun at token {@code pronoun} stands for, as the
   * attributor resolves pronouns ({@link ArticleSpeakers#personBefore}); null when none, or for
   * a plural (an age is one person's).
   */
  String person(ClaimSentence s, int pronoun, ArticleSpeakers sources) {
    Token p = s.at(pronoun);
    if (sources == null || PLURAL.contains(p.lower())) {
      return null;
    }
    return sources.personBefore(p.start(), gender(p));
  }

  /**
   * The person a noun phrase {@code [from, to)} naming someone stands for, when the article
   * tells: after a demonstrative, the person known to be of its gender named just before
   * («Fatma, cette femme de 34 ans», «Ingrid Betancourt … cette femme de 46 ans»: {@link
   * ArticleSpeakers#personOfGenderBefore}); else null («la mère de 34 ans» may be another
   * person than the one named last).
   */
  String personNamed(ClaimSentence s, int from, int to, ArticleSpeakers sources) {
    if (sources == null || from <= s.ts || to <= from) {
      return null;
    }
    Token det = s.at(from - 1);
    String d = det.lower();
    if (DEMONSTRATIVE.contains(d) && !DET_PLURAL.contains(d)) {
      String gender = DET_FEMININE.contains(d) ? "f" : DET_MASCULINE.contains(d) ? "m" : null;
      return gender == null ? null : sources.personOfGenderBefore(det.start(), gender);
    }
    return null;
  }

  /**
   * What lasts, for a duration {@code [from, to)} whose clause has a pronoun for subject: fronted
   * («Pendant plus d'une heure, il a …») or right before «durer» («Il a duré deux heures»). It is
   * the noun the sentence before opens with, after its determiner (and a fronted adjunct, and
   * adjectives before the noun), when that noun is of the pronoun's gender and number and names
   * no one who acts (a person, a role, a body, {@link SpeechLexicon#namesSomeone}: «le maire …
   * Pendant dix ans, il a dirigé la ville» is no length of anything); else null.
   */
  String thingLasting(ClaimSentence s, int from, int to, ClaimSentence previous) {
    int pronoun = pronounOf(s, from, to);
    if (pronoun < 0 || previous == null) {
      return null;
    }
    Token p = s.at(pronoun);
    int det = subjectDeterminer(previous);
    if (det < 0) {
      return null;
    }
    String d = previous.at(det).lower();
    boolean plural = DET_PLURAL.contains(d);
    if (plural != PLURAL.contains(p.lower())
        || "m".equals(gender(p)) && DET_FEMININE.contains(d) || "f".equals(gender(p)) && DET_MASCULINE.contains(d)) {
      return null;
    }
    int noun = det + 1;
    while (noun < previous.te && PREPOSED.contains(previous.at(noun).lower())) {
      noun++;
    }
    if (noun >= previous.te) {
      return null;
    }
    Token n = previous.at(noun);
    if (!n.isWord() || n.isCapitalised() || n.text().length() < 3 || ages.isPersonNoun(n)
        || SpeechLexicon.get().namesSomeone(n.text()) || !previous.at(det).isWord()) {
      return null;
    }
    return n.text();
  }

  /** The pronoun subject of the duration's clause, or -1. */
  private int pronounOf(ClaimSentence s, int from, int to) {
    // «Pendant plus d'une heure, il a mis …»: the sentence opens with the duration
    if (from == s.ts + 1 && spans.contains(s.at(s.ts).lower()) && to + 1 < s.te && s.at(to).is(",")
        && isPronoun(s.at(to + 1))) {
      return impersonal(s, to + 1) ? -1 : to + 1;
    }
    // «il a duré deux heures», «elle devrait durer une heure»
    int k = from - 1;
    if (k <= s.ts || !lasts.contains(s.at(k).lower())) {
      return -1;
    }
    k--;
    for (int n = 0; k >= s.ts && n < MAX_AUXILIARIES && AUXILIARIES.contains(s.at(k).lower()); n++) {
      k--;
    }
    return k >= s.ts && isPronoun(s.at(k)) && (k == s.ts || ClaimSentence.isClauseBreak(s.at(k - 1))) ? k : -1;
  }

  /** True when the pronoun at {@code k} is impersonal: «il y a eu», «il a fallu», «il a plu». */
  private static boolean impersonal(ClaimSentence s, int k) {
    int next = k + 1;
    if (next < s.te && AUXILIARIES.contains(s.at(next).lower()) && !IMPERSONAL.contains(s.at(next).lower())) {
      next++;
    }
    return next < s.te && IMPERSONAL.contains(s.at(next).lower());
  }

  /** The determiner opening the subject of a sentence, after a short fronted adjunct; -1 when none. */
  private static int subjectDeterminer(ClaimSentence s) {
    if (s.te - s.ts < 2) {
      return -1;
    }
    if (ClaimSentence.isDeterminer(s.at(s.ts))) {
      return s.ts;
    }
    for (int k = s.ts + 1; k < s.te - 1 && k - s.ts <= MAX_FRONTED; k++) {
      if (s.at(k).is(",")) {
        return ClaimSentence.isDeterminer(s.at(k + 1)) ? k + 1 : -1;
      }
      if (ClaimSentence.isClauseBreak(s.at(k))) {
        return -1;
      }
    }
    return -1;
  }
}
