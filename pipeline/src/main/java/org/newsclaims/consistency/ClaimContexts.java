package org.newsclaims.consistency;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.Claim;
import org.newsclaims.text.FrenchStems;

/**
 * Builds each claim's {@link ClaimContext} for {@link FactClusters}: the weighted words that say
 * what its figure is about, and what the sentence tells of the figure beyond its property (who
 * owns an amount and which name is its subject, the participles restricting the counted noun, a
 * group's age bound). Reads the counted phrase with the word lists of {@link PropertyReader},
 * which builds it.
 *
 * <p>Example: {@code reader.context(claim, reader.read(claim))}.
 */
final class ClaimContexts {

  private static final int CONTEXT_WORDS = 10;
  private static final double HEAD_WEIGHT = 3.0;
  /**
   * A past participle by its ending («détenus», «associés», «libérées», «inscrits», «pris»), not
   * an adjective of origin («français», «chinois»): after the counted noun it restricts what is
   * counted («onze militaires détenus» are not «vingt militaires de la mission»).
   */
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{2,}(?:ée?s?|us|ues?|[^ao]is|ies|its?)");

  private final PropertyReader reader;
  private final Map<String, String> classOfStem;
  private final Set<String> classNames;
  private final Set<String> genericHeads;
  private final Set<String> modifierStems;
  private final Set<String> functionWords;
  private final Set<String> commonWords;
  private final List<List<String>> collectiveCues;

  ClaimContexts(PropertyReader reader, Map<String, String> classOfStem, Set<String> classNames, Set<String> genericHeads,
      Set<String> modifierStems, Set<String> functionWords, Set<String> commonWords, List<List<String>> collectiveCues) {
    this.reader = reader;
    this.classOfStem = classOfStem;
    this.classNames = classNames;
    this.genericHeads = genericHeads;
    this.modifierStems = modifierStems;
    this.functionWords = functionWords;
    this.commonWords = commonWords;
    this.collectiveCues = collectiveCues;
  }

  /**
   * The words that say what the claim's figure is about: the counted noun ({@value #HEAD_WEIGHT}),
   * its quantity class and the frame when it names the quantity (as much), the rest of the counted
   * phrase and the words of the sentence within {@value #CONTEXT_WORDS} words of the figure (1),
   * another frame (0.5); common words ({@code entities/stopwords.txt}) and
   * numbers left out.
   */
  ClaimContext context(Claim c, ComparableProperty p) {
    Map<String, Double> weights = new HashMap<>();
    List<String> what = c.what() == null ? List.of() : PropertyReader.words(c.what());
    int head = reader.countedNoun(what);
    boolean weak = reader.weakHead(what, head);
    String headStem = null;
    for (int i = Math.max(head, 0); i < what.size(); i++) {
      String stem = reader.contentStem(what.get(i));
      if (stem != null) {
        if (weak && i == head) {
          weights.merge(stem, 1.0, Math::max); // a word around the figure, not what it counts
          continue;
        }
        if (headStem == null) {
          headStem = stem;
        }
        weights.merge(stem, i == head ? HEAD_WEIGHT : 1.0, Math::max);
      }
    }
    if (head >= 0 && p != null && (p.quantity().startsWith("frame:") || p.quantity().equals(c.frame()))
        && genericHeads.contains(FrenchStems.stem(what.get(head)))) {
      // «coûté la vie à 80 000 personnes»: the frame says what is counted, «personnes» only who;
      // two figures of people are then one quantity by their frame, not by that noun
      headStem = null;
    }
    if (Claim.Units.AGE.equals(c.unit()) && !what.isEmpty()) {
      // whose age: the last word of the name or noun («Alberto Contador» and «Contador» are one
      // person, «l'ex-otage» is an «otage»), so that two ages of one person are compared
      String last = what.get(what.size() - 1);
      String stem = reader.contentStem(last.substring(last.lastIndexOf('-') + 1));
      if (stem != null) {
        headStem = stem;
        weights.merge(stem, HEAD_WEIGHT, Math::max);
      }
    }
    if (p != null && classNames.contains(p.quantity())) {
      weights.merge("class:" + p.quantity(), HEAD_WEIGHT, Math::max);
    }
    for (boolean before : new boolean[] {true, false}) {
      for (String w : window(c, before)) {
        String stem = reader.contentStem(w);
        if (stem != null) {
          weights.merge(stem, 1.0, Math::max);
        }
      }
    }
    String frame = p != null && (p.quantity().startsWith("frame:") || p.quantity().startsWith(PropertyReader.EVENT_PREFIX)
        || p.quantity().startsWith(PropertyReader.OFFSET_PREFIX)) ? p.quantity() : null;
    if (p != null && PropertyReader.DURATION.equals(p.dimension()) && frame == null && !PropertyReader.UNNAMED.equals(p.quantity())
        && !p.quantity().equals(headStem)) {
      headStem = p.quantity(); // what lasts, read before the figure («un spectacle exaltant de»)
      weights.merge(headStem, HEAD_WEIGHT, Math::max);
    }
    if (frame != null && !frame.startsWith("frame:")) {
      weights.merge(frame, HEAD_WEIGHT, Math::max);
    }
    String clockEvent = null;
    if (p != null && PropertyReader.CLOCK.equals(p.dimension())) {
      // times of day are one kind of quantity: two may disagree whatever words surround them, but
      // not the times of two different events (a start against an end), nor of two zones
      clockEvent = p.quantity().startsWith(PropertyReader.EVENT_PREFIX) ? p.quantity() : null;
      frame = PropertyReader.CLOCK;
      weights.merge(PropertyReader.CLOCK + ":" + p.modifiers(), HEAD_WEIGHT, Math::max);
    }
    if (c.frame() != null && !c.frame().isBlank()) {
      // a frame naming a quantity class is that class's word («augmentation de capital», «lever»)
      String token = reader.frameQuantity(c.frame());
      boolean names = frame != null || p != null && token.equals(p.quantity());
      weights.merge(classNames.contains(token) ? "class:" + token : token, names ? HEAD_WEIGHT : 0.5, Math::max);
    }
    String known = p != null && classNames.contains(p.quantity()) ? p.quantity() : clockEvent;
    return new ClaimContext(c.article(), known, headStem, frame, p == null ? "" : p.modifiers(),
        p != null && "count".equals(p.dimension()) ? restrictors(what, head) : "", groupAge(c, what, head), p != null && p.dimension().startsWith(PropertyReader.MONEY) ? owner(c) : "",
        p != null && p.dimension().startsWith(PropertyReader.MONEY) ? subject(c) : "",
        weights, c.event(), SentenceNames.shared().of(c.sentence()), p == null ? PropertyReader.EVENT : p.scope());
  }

  private static final String AGE_STEM = FrenchStems.stem("âge");

  /**
   * Who an amount belongs to, as far as the sentence tells: {@link ClaimContext#GROUP} when it
   * makes it a group's total ({@code collective-cues.txt} before the figure, or a sentence
   * opening with «les» and a common noun: «Les banques françaises ont perdu 20 milliards»);
   * {@link ClaimContext#NAMED} when a name stands before the figure («Le Crédit agricole a perdu»,
   * a capitalised word inside the sentence); else empty.
   */
  private String owner(Claim c) {
    String sentence = c.sentence();
    int at = sentence == null || c.text() == null ? -1 : sentence.indexOf(c.text());
    if (at < 0) {
      return "";
    }
    List<String> before = PropertyReader.words(sentence.substring(0, at));
    for (int i = 0; i < before.size(); i++) {
      for (List<String> cue : collectiveCues) {
        if (i + cue.size() <= before.size() && before.subList(i, i + cue.size()).equals(cue)) {
          return ClaimContext.GROUP;
        }
      }
    }
    Matcher word = PropertyReader.WORD.matcher(sentence.substring(0, at));
    boolean first = true;
    boolean opensWithLes = false;
    while (word.find()) {
      String w = word.group();
      if (first) {
        opensWithLes = w.equals("Les");
      } else if (opensWithLes) {
        return Character.isLowerCase(w.charAt(0)) && !functionWords.contains(w) && !commonWords.contains(w)
            ? ClaimContext.GROUP : "";
      } else if (Character.isUpperCase(w.charAt(0))) {
        return ClaimContext.NAMED;
      }
      first = false;
    }
    return "";
  }

  /**
   * The name an amount's sentence makes its subject: the first word of the last clause before the
   * figure that opens with a name, past function and common words («Mais cet été, Natixis a dû
   * lever 3,9 milliards», «En mai, le Crédit agricole a levé 5,9 milliards», «Natixis, qui est en
   * pleine augmentation de capital, … d'un montant de 3,7 milliards»), as a stem; else empty. Two
   * amounts of different subjects are two quantities: one bank's capital raised is not another's.
   */
  private String subject(Claim c) {
    String sentence = c.sentence();
    int at = sentence == null || c.text() == null ? -1 : sentence.indexOf(c.text());
    if (at < 0) {
      return "";
    }
    String subject = "";
    for (String clause : PropertyReader.CLAUSE_BREAK.split(sentence.substring(0, at))) {
      Matcher word = PropertyReader.WORD.matcher(clause);
      for (boolean opening = true; word.find(); opening = false) {
        String w = word.group();
        String lower = w.toLowerCase(Locale.ROOT);
        boolean common = functionWords.contains(lower) || commonWords.contains(lower);
        boolean capital = Character.isUpperCase(w.charAt(0)) && w.indexOf('\'') < 0 && w.indexOf('’') < 0;
        if (common && (!capital || opening)) {
          continue; // «Mais cet été», «En mai, le …»; a capitalised word inside is a name («le Crédit agricole»)
        }
        if (capital) {
          subject = FrenchStems.stem(w);
        }
        break;
      }
    }
    return subject;
  }

  /**
   * True for years that are the age bound of a group rather than a figure of the story: the
   * noun they qualify stands before them and is plural («les mineurs de 16 ans», «des enfants
   * âgés de 13 ans»), or is «âge» («dès l'âge de 13 ans»). A rule names several such bounds for
   * several groups; one person's age («une femme de 34 ans») and a duration («dix ans de
   * négociations», noun after the figure) are not.
   */
  private static boolean groupAge(Claim c, List<String> what, int head) {
    if (!Claim.Units.YEAR.equals(c.unit()) && !Claim.Units.AGE.equals(c.unit()) || head < 0) {
      return false;
    }
    String noun = what.get(head);
    if (FrenchStems.stem(noun).equals(AGE_STEM)) {
      return true;
    }
    String sentence = c.sentence() == null ? "" : c.sentence().toLowerCase(Locale.ROOT);
    int figure = c.text() == null ? -1 : sentence.indexOf(c.text().toLowerCase(Locale.ROOT));
    int at = sentence.indexOf(noun);
    boolean plural = noun.length() > 3 && (noun.endsWith("s") || noun.endsWith("x"));
    return plural && at >= 0 && figure > at;
  }

  /**
   * The past participles right after the counted noun, before any preposition or function word
   * («militaires colombiens détenus par la guérilla» gives {@code detenu}), as stems joined by
   * {@code +}: they say which of the things named are counted. Quantity classes («personnes
   * tuées») and the listed modifiers are read elsewhere and left out. Read for counts only: the
   * noun of a share or an area is the whole it is taken of («86 % de la zone occupée», «la
   * région entièrement»), one whole however it is qualified.
   */
  private String restrictors(List<String> what, int head) {
    TreeSet<String> out = new TreeSet<>();
    for (int i = head + 1; head >= 0 && i < what.size(); i++) {
      String w = what.get(i);
      if (functionWords.contains(w) || commonWords.contains(w) || Character.isDigit(w.charAt(0))) {
        break;
      }
      String stem = FrenchStems.stem(w);
      if (PARTICIPLE.matcher(w).matches() && !classOfStem.containsKey(stem) && !modifierStems.contains(stem)) {
        out.add(stem);
      }
    }
    return String.join("+", out);
  }

  /** The words of the sentence within {@value #CONTEXT_WORDS} words before or after the figure. */
  private static List<String> window(Claim c, boolean before) {
    String sentence = c.sentence();
    if (sentence == null || c.text() == null) {
      return List.of();
    }
    int at = sentence.indexOf(c.text());
    if (at < 0) {
      return PropertyReader.words(sentence);
    }
    List<String> side = PropertyReader.words(before ? sentence.substring(0, at) : sentence.substring(at + c.text().length()));
    return before ? side.subList(Math.max(0, side.size() - CONTEXT_WORDS), side.size())
        : side.subList(0, Math.min(CONTEXT_WORDS, side.size()));
  }
}
