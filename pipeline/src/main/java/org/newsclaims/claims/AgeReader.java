package org.newsclaims.claims;

import java.util.HashSet;
import java.util.Set;
import org.newsclaims.entities.Demonyms;
import org.newsclaims.text.Folding;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.Token;
import org.newsclaims.text.WordClasses;

/**
 * Says when a number of years is a person's age and whose age it is ({@code not-claims.txt}):
 * after «âgé de» («Lance Armstrong, âgé de 37 ans»), after a noun naming a person and «de» («la
 * mère de 34 ans», «cette Algérienne de 34 ans», «la mère de famille de 34 ans»), or set apart
 * after a name («Ingrid Betancourt, 46 ans», «Jérôme Kerviel (31 ans)»).
 *
 * <p>Example: in «la mère de 34 ans a été entendue», {@code isAge} holds at «34» and {@code
 * subject} is the range of «mère». Immutable and thread-safe.
 */
final class AgeReader {

  /** Words of a common noun naming whose age it is («le dalaï lama», «la jeune femme»). */
  private static final int AGE_NOUN_WORDS = 3;
  /** How far before the number «âgé» may stand («âgée de près de 40 ans»). */
  private static final int PARTICIPLE_REACH = 4;

  /** Prepositions before a place name: «à Lyon», «en France» (text/word-classes.tsv). */
  private static final Set<String> PLACE_PREPOSITIONS = WordClasses.of("place-preposition");
  /** «un», «une»: «une Tunisienne de 29 ans» is a person, unnamed. */
  private static final Set<String> INDEFINITE = WordClasses.of("indefinite-article");

  private final Set<String> participles;
  private final Set<String> personNouns;
  private final Set<String> foldedPersonNouns;
  private final Set<String> demonyms;
  private final QualifierTable qualifiers;

  private AgeReader(Set<String> participles, Set<String> personNouns, Set<String> demonyms,
      QualifierTable qualifiers) {
    this.participles = participles;
    this.personNouns = personNouns;
    Set<String> folded = new HashSet<>();
    personNouns.forEach(w -> folded.add(Folding.fold(w)));
    this.foldedPersonNouns = Set.copyOf(folded);
    this.demonyms = demonyms;
    this.qualifiers = qualifiers;
  }

  static AgeReader fromResources(QualifierTable qualifiers) {
    Set<String> ag = new HashSet<>();
    Set<String> pn = new HashSet<>();
    for (String[] r : ResourceTable.read(AgeReader.class, "not-claims.txt")) {
      // «Agé de 37 ans»: capitals often lose their accent, so words are compared folded
      switch (r[0]) {
        case "agecue" -> ag.add(Folding.fold(r[1]));
        case "person" -> pn.add(r[1]);
        default -> { } // AmountReader's
      }
    }
    return new AgeReader(Set.copyOf(ag), Set.copyOf(pn), Demonyms.foldedForms(), qualifiers);
  }

  /**
   * True when the number of years {@code [from, unitEnd)} is an age: «âgé de» shortly before it,
   * a person's noun and «de» right before it (a qualifier between: «une femme de près de 40
   * ans»), «, 12 ans,» appended to a name, or «(12 ans)».
   */
  boolean isAge(ClaimSentence s, int from, int unitEnd) {
    for (int k = Math.max(s.ts, from - PARTICIPLE_REACH); k < from; k++) {
      if (isParticiple(s.at(k))) {
        return true;
      }
    }
    if (personNounBefore(s, from) >= 0) {
      return true;
    }
    return from > s.ts && s.at(from - 1).is(",")
        && (unitEnd >= s.te || s.at(unitEnd).is(",") || s.at(unitEnd).is(")") || s.at(unitEnd).is("."))
        || from > s.ts && s.at(from - 1).is("(") && unitEnd < s.te && s.at(unitEnd).is(")");
  }

  /**
   * Whose age a number of years before {@code from} is: the name just before it («Ingrid
   * Betancourt, 46 ans», «Jérôme Kerviel (31 ans)», «Lance Armstrong, âgé de 37 ans») or the noun
   * naming the person («l'ex-otage, âgée de 46 ans», «cette femme de 46 ans», «la mère de famille
   * de 34 ans», «le dalaï lama, 73 ans»), or, for a fronted age («Âgé de 37 ans, le détenteur du
   * record»), the subject after it, a personal pronoun included («Aujourd'hui âgée de 46 ans,
   * elle …»: the caller resolves it); as a token range, or null when none stands there («elle a
   * 46 ans»), or when the person is unnamed («un homme de 45 ans» is compared with nothing).
   */
  int[] subject(ClaimSentence s, int from, int unitEnd) {
    int noun = personNounBefore(s, from);
    if (noun >= 0) {
      int first = noun - 1 > s.ts && isPersonNoun(s.at(noun - 1)) && !ClaimSentence.isDeterminer(s.at(noun - 1))
          ? noun - 1 : noun; // «le jeune trader»
      return first > s.ts && ClaimSentence.isDeterminer(s.at(first - 1)) ? new int[] {first, noun + 1} : null;
    }
    int k = skipQualifier(s, from) - 1;
    int participle = -1;
    while (k > s.ts && (isParticiple(s.at(k)) || s.isDe(k))) {
      if (isParticiple(s.at(k))) {
        participle = k;
      }
      k--; // «âgé de»
    }
    if (isParticiple(s.at(k))) {
      participle = k; // the sentence's first token
    }
    if (participle >= 0 && opensSentence(s, participle)) {
      return subjectAfter(s, unitEnd); // «Âgé de 37 ans, le détenteur du record a annoncé …»
    }
    if (k > s.ts + 1 && s.at(k).is("est") && s.at(k - 1).is("qui")) {
      k -= 2; // «le dalaï-lama, qui est âgé de 73 ans»
    } else if (k > s.ts + 2 && s.at(k).is("est") && s.at(k - 1).is("et") && s.at(k - 2).isCapitalised()) {
      // «il s'appelle Boris et est âgé de 33 ans»: the coordinated predicate shares its subject,
      // named just before «et»; not a place («il vit à Lyon et est âgé de 40 ans»)
      int j = k - 2;
      while (j > s.ts && s.at(j - 1).isWord() && s.at(j - 1).isCapitalised()) {
        j--;
      }
      if (j > s.ts && PLACE_PREPOSITIONS.contains(s.at(j - 1).lower())) {
        return null;
      }
      k -= 2;
    }
    if (k > s.ts && (s.at(k).is(",") || s.at(k).is("("))) {
      k--;
    }
    if (k > s.ts && s.at(k).isWord() && !s.at(k).isCapitalised()) {
      // «l'ex-otage, âgée de 46 ans», «le dalaï lama, 73 ans»: a noun of up to three words after its determiner
      for (int j = k; j > s.ts && k - j < AGE_NOUN_WORDS && s.at(j).isWord() && !s.at(j).isCapitalised(); j--) {
        if (ClaimSentence.isDeterminer(s.at(j - 1))) {
          return new int[] {j, k + 1};
        }
      }
    }
    int end = k + 1;
    while (k >= s.ts && s.at(k).isWord() && s.at(k).isCapitalised() && !ClaimSentence.isDeterminer(s.at(k))) {
      k--;
    }
    int begin = k + 1;
    return begin < end ? new int[] {begin, end} : null;
  }

  /**
   * The token of the person's noun whose «de» stands right before the number {@code from} (a
   * qualifier between): a listed noun («la mère de 34 ans», «un homme d'une quarantaine
   * d'années»), a capitalised demonym («cette Algérienne de 34 ans»), or such a noun before «de»
   * and one more noun («la mère de famille de 34 ans», «une femme de ménage de 50 ans»); or -1.
   */
  private int personNounBefore(ClaimSentence s, int from) {
    int de = skipQualifier(s, from) - 1;
    if (de <= s.ts || !s.isDe(de)) {
      return -1;
    }
    int noun = de - 1;
    if (isPersonNoun(s.at(noun)) || isNational(s, noun)
        || noun - 1 > s.ts && isPersonNoun(s.at(noun - 1)) && isCommonNoun(s.at(noun)) && !isParticiple(s.at(noun))) {
      return noun; // «la mère de 34 ans», «cette Algérienne de 34 ans», «le jeune trader de 31 ans»
    }
    // «mère de famille», «femme de ménage»: the person is the noun before the complement
    if (noun - 2 >= s.ts && isCommonNoun(s.at(noun)) && s.isDe(noun - 1) && isPersonNoun(s.at(noun - 2)) && !s.at(noun - 2).isCapitalised()) {
      return noun - 2;
    }
    return -1;
  }

  /**
   * True for a capitalised noun right after a determiner or «un», «une»: a demonym or an
   * inhabitant's noun that entities/demonyms.tsv may not list («cette Algérienne», «le
   * Marseillais»), as a name seldom follows a determiner.
   */
  private static boolean isNational(ClaimSentence s, int noun) {
    Token t = s.at(noun);
    return t.isWord() && t.isCapitalised() && noun - 1 >= s.ts
        && (ClaimSentence.isDeterminer(s.at(noun - 1)) || INDEFINITE.contains(s.at(noun - 1).lower()));
  }

  /** A lower-case word of more than two letters: «trader», «famille». */
  private static boolean isCommonNoun(Token t) {
    return t.isWord() && !t.isCapitalised() && t.text().length() > 2;
  }

  /** The first token of the qualifier ending right before {@code from} («près de»), else {@code from}. */
  private int skipQualifier(ClaimSentence s, int from) {
    QualifierTable.Qualifier q = qualifiers.before(s, from);
    return q == null ? from : from - q.tokens().length;
  }

  /** True for a noun naming a person: listed, or a capitalised demonym («Algérienne»). */
  boolean isPersonNoun(Token t) {
    if (!t.isWord()) {
      return false;
    }
    // as written: folded, «retraité» would be «retraite», «élève» a verb; a capital may have lost its accent
    return personNouns.contains(t.lower())
        || t.isCapitalised() && (foldedPersonNouns.contains(Folding.fold(t.text())) || demonyms.contains(Folding.fold(t.text())));
  }

  private boolean isParticiple(Token t) {
    return participles.contains(Folding.fold(t.text()));
  }

  /**
   * The subject after a fronted age («Agée de 34 ans et mère de cinq enfants, la jeune femme a
   * affirmé …»): after the next comma, a name (capitalised words), a determiner and up to
   * {@value #AGE_NOUN_WORDS} lower-case words of more than two letters, or a personal pronoun
   * («elle»: the caller tells whom it stands for).
   */
  private static int[] subjectAfter(ClaimSentence s, int unitEnd) {
    int k = unitEnd;
    while (k < s.te && !s.at(k).is(",") && !ClaimSentence.isClauseBreak(s.at(k))) {
      k++;
    }
    if (k >= s.te || !s.at(k).is(",")) {
      return null;
    }
    int begin = k + 1;
    int end = begin;
    while (end < s.te && s.at(end).isWord() && s.at(end).isCapitalised() && !ClaimSentence.isDeterminer(s.at(end))) {
      end++;
    }
    if (end > begin) {
      return new int[] {begin, end};
    }
    if (begin < s.te && SubjectPronouns.isPronoun(s.at(begin))) {
      return new int[] {begin, begin + 1};
    }
    if (begin >= s.te || !ClaimSentence.isDeterminer(s.at(begin))) {
      return null;
    }
    begin++;
    end = begin;
    while (end < s.te && end - begin < AGE_NOUN_WORDS && s.at(end).isWord() && s.at(end).text().length() > 2
        && !ClaimSentence.isDeterminer(s.at(end))) {
      end++;
    }
    return end > begin ? new int[] {begin, end} : null;
  }

  /** True when at most one word («Aujourd'hui», «Désormais») stands before token {@code k} in its sentence. */
  private static boolean opensSentence(ClaimSentence s, int k) {
    for (int j = s.ts + 1; j < k; j++) {
      if (s.at(j).start() != s.at(j - 1).end()) {
        return false;
      }
    }
    return true;
  }
}
