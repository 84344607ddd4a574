package org.newsclaims.consistency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchStems;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.WordClasses;

/**
 * What a date dates and what a duration measures, read from the words next to it: the event of a
 * date from {@code time-events.tsv} («la visite, débutée le 12 août» and «arrivé le 11 août» both
 * date the {@code start}), and the thing that lasts from the cues of {@code duration-cues.tsv}
 * («la nounou a menti pendant 13 jours»: {@code ment}; «un spectacle exaltant de près de quatre
 * heures» and «un spectacle d'une durée de 50 minutes»: {@code spectacl}).
 *
 * <p>Example: {@code events.dateEvent(claim)} is {@code "start"} for «débutée le 12 août».
 */
final class TimeEvents {

  private static final int EVENT_WORDS = 3;
  private static final int FRONTED_WORDS = 12;
  private static final int SPAN_WORDS = 2;
  private static final int NOUN_PHRASE_WORDS = 3;
  private static final Set<String> DE_FORMS = WordClasses.of("de-forms");
  private static final Set<String> ORDINAL_SUFFIXES = WordClasses.of("ordinal-suffix");
  private static final Set<String> ORDINAL_WORDS = union(WordClasses.of("ordinal-first"), WordClasses.of("ordinal-second"));
  /** «avant», «après»: a clause they open names another event than the one dated (text/word-classes.tsv). */
  private static final Set<String> BEFORE_AFTER = WordClasses.of("before-after");
  private static final String SPAN = "span";
  private static final String LENGTH = "length";
  private static final String LASTS = "lasts";
  private static final Set<String> DETERMINERS = union(union(WordClasses.of("definite-article"),
      WordClasses.of("indefinite-article")), WordClasses.of("demonstrative"));
  /** The events of time-events.tsv a range's first and last years date. */
  private static final String START = "start";
  private static final String END = "end";

  private final Map<String, String> eventOfStem;
  private final Map<String, String> durationCues;
  private final Set<String> skip;

  private TimeEvents(Map<String, String> eventOfStem, Map<String, String> durationCues, Set<String> skip) {
    this.eventOfStem = Map.copyOf(eventOfStem);
    this.durationCues = Map.copyOf(durationCues);
    this.skip = Set.copyOf(skip);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** The tables of this package; {@code skip} are the function and common words no event is named by. */
  static TimeEvents fromResources(Set<String> skip) {
    Map<String, String> events = new HashMap<>();
    for (String[] row : ResourceTable.read(TimeEvents.class, "time-events.tsv", 2)) {
      for (String word : row[1].split(",")) {
        String stem = FrenchStems.stem(word.strip());
        String previous = events.putIfAbsent(stem, row[0]);
        if (previous != null && !previous.equals(row[0])) {
          throw new IllegalStateException("time-events.tsv: «" + word.strip() + "» is in " + previous + " and " + row[0]);
        }
      }
    }
    Map<String, String> cues = new HashMap<>();
    for (String[] row : ResourceTable.read(TimeEvents.class, "duration-cues.tsv", 2)) {
      cues.put(row[0].strip(), row[1].strip());
    }
    return new TimeEvents(events, cues, skip);
  }

  /**
   * The event a date claim dates: {@code start} for the first year of a range or a year after a
   * start cue («de 1985», «à partir de 2005», {@link FrenchDates#bound}), {@code end} for a
   * range's last year («à 1988»); else the nearest word of {@code time-events.tsv} among the
   * {@value #EVENT_WORDS} content words before it in its clause; else, when the date opens its
   * sentence («Le 24 septembre, il avait annoncé…»), the first such word among the {@value
   * #FRONTED_WORDS} words after it, past the clauses «avant» or «après» opens («Le 24 septembre,
   * après une retraite de trois ans, il annonçait son retour»: the return, not the retirement);
   * else null.
   */
  String dateEvent(Claim c, List<String> clauseBefore) {
    String bound = FrenchDates.fromResources().bound(c.text());
    if (bound != null) {
      return FrenchDates.FROM.equals(bound) ? START : END; // «de 1985 à 1988»: the start, then the end
    }
    for (int i = clauseBefore.size() - 1, seen = 0; i >= 0 && seen < EVENT_WORDS; i--) {
      String w = clauseBefore.get(i);
      String event = eventOf(w);
      if (event != null && !(i + 1 < clauseBefore.size() && ordinal(clauseBefore.get(i + 1)))) {
        return event; // a listed word, even one the common words hold («arrivé»)
      }
      if (content(w)) {
        seen++;
      }
    }
    String sentence = c.sentence();
    int at = sentence == null || c.text() == null ? -1 : sentence.indexOf(c.text());
    if (at < 0 || PropertyReader.words(sentence.substring(0, at)).stream().anyMatch(this::content)) {
      return null;
    }
    StringBuilder rest = new StringBuilder();
    for (String clause : PropertyReader.CLAUSE_BREAK.split(sentence.substring(at + c.text().length()))) {
      List<String> words = PropertyReader.words(clause);
      if (words.isEmpty() || !BEFORE_AFTER.contains(words.get(0))) {
        rest.append(clause).append(' '); // «après une retraite de trois ans»: another event, before the dated one
      }
    }
    List<String> after = PropertyReader.words(rest.toString());
    for (int i = 0; i < Math.min(FRONTED_WORDS, after.size()); i++) {
      String event = eventOf(after.get(i));
      if (event != null) {
        return event;
      }
    }
    return null;
  }

  /**
   * The stem of what a duration measures, from the words of its clause before it: the verb or
   * noun just before a span cue («menti pendant 13 jours»), or the head of the noun phrase before
   * «de» (the word after its determiner, length words skipped: «un spectacle exaltant de trois
   * heures», «un spectacle d'une durée de 50 minutes»); else null.
   */
  String measured(List<String> before) {
    int i = before.size() - 1;
    if (i < 0) {
      return null;
    }
    if (SPAN.equals(durationCues.get(before.get(i)))) {
      for (int j = i - 1; j >= Math.max(0, i - 1 - SPAN_WORDS); j--) {
        if (content(before.get(j))) {
          return FrenchStems.stem(before.get(j));
        }
      }
      return null;
    }
    if (!DE_FORMS.contains(before.get(i))) {
      return null;
    }
    i--;
    while (i >= 0 && (lengthWord(before.get(i)) || !content(before.get(i)))) {
      i--;
    }
    int end = i;
    while (i >= 0 && content(before.get(i)) && end - i < NOUN_PHRASE_WORDS) {
      i--;
    }
    // the head is the first word of the phrase, right after its determiner; a phrase with no
    // determiner before it within reach is not read («cycle d'enseignements de cinq jours» is)
    if (end < 0 || i < 0 || content(before.get(i))) {
      return null;
    }
    return FrenchStems.stem(before.get(i + 1));
  }

  /**
   * The stem of the subject of a form of «durer» that ends {@code before} (the sentence before a
   * duration): the noun after the determiner opening the verb's clause («l'entrevue qui a débuté
   * vers 16 h a duré une demi-heure»: {@code entrevu}), or, when that clause holds nothing but
   * the verb, the noun opening the sentence («l'entrevue, en tête à tête, a duré une heure»);
   * else null («elle a duré une heure», «hier, il a duré»).
   */
  String lengthSubject(String before) {
    List<String> words = PropertyReader.words(before);
    if (words.isEmpty() || !LASTS.equals(durationCues.get(words.get(words.size() - 1)))) {
      return null;
    }
    String[] clauses = PropertyReader.CLAUSE_BREAK.split(before);
    List<String> own = PropertyReader.words(clauses[clauses.length - 1]);
    own = own.subList(0, Math.max(0, own.size() - 1));
    String head = openingNoun(own);
    if (head == null && own.stream().noneMatch(this::content) && clauses.length > 1) {
      head = openingNoun(PropertyReader.words(clauses[0]));
    }
    return head == null ? null : FrenchStems.stem(head);
  }

  /**
   * The noun right after the determiner the words open with, past adjectives that stand before
   * their noun («cette nouvelle vidéo»: {@code vidéo}; text/word-classes.tsv), or null.
   */
  private String openingNoun(List<String> words) {
    if (words.size() < 2 || !DETERMINERS.contains(words.get(0))) {
      return null;
    }
    int k = 1;
    while (k + 1 < words.size() && PREPOSED.contains(words.get(k))) {
      k++;
    }
    return content(words.get(k)) ? words.get(k) : null;
  }

  /** «nouvelle», «grand»: adjectives before their noun (text/word-classes.tsv). */
  private static final Set<String> PREPOSED = WordClasses.of("preposed-adjective");

  /** True for a noun or verb of length («durée», «a duré»): never what lasts. */
  private boolean lengthWord(String w) {
    String role = durationCues.get(w);
    return LENGTH.equals(role) || LASTS.equals(role);
  }

  /** The event class {@code time-events.tsv} gives the word's stem, or null (words under three letters name none). */
  private String eventOf(String w) {
    return w.length() >= 3 ? eventOfStem.get(FrenchStems.stem(w)) : null;
  }

  /**
   * True for a rank («14e», «1er», «deuxième», «première»): after «terminé» or «achevé» it is a
   * placing in a race («Evans avait terminé 14e du Giro en 2002»), not the end of anything.
   */
  private static boolean ordinal(String w) {
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    if (digits > 0) {
      return ORDINAL_SUFFIXES.contains(w.substring(digits));
    }
    return ORDINAL_WORDS.contains(w) || w.endsWith("ième") || w.endsWith("ièmes");
  }

  private boolean content(String w) {
    return w.length() >= 3 && !Character.isDigit(w.charAt(0)) && !skip.contains(w);
  }
}
