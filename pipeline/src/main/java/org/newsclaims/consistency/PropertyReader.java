package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.Claim;
import org.newsclaims.text.FrenchStems;
import org.newsclaims.text.ResourceTable;

/**
 * Reads what a numeric claim measures from its own words, with an open vocabulary: the dimension
 * of its unit, what is counted (the counted noun, or the predicate just before an amount), the
 * modifiers that change the quantity, the period it covers and its scope. Two claims are compared
 * only when their {@link ComparableProperty properties} are equal.
 *
 * <p>Synonyms come from {@code quantity-classes.tsv} («morts», «tués», «victimes», «décès» are
 * {@code deaths}); a word in no class is its own class by stem, so an unknown kind of figure is
 * still comparable. The frame lexicon of the claim extractor is used only when the claim names
 * nothing counted.
 *
 * <p>Example: «au moins 18 personnes tuées» and «22 morts» both read as {@code count/deaths}; «en
 * moyenne 8,1 millions de téléspectateurs» reads as {@code count/viewers} with scope
 * {@code generic}, so it is not compared with one evening's audience.
 */
public final class PropertyReader {

  /** Scope of a figure: the reported event, a usual figure, another event, a forecast. */
  public static final String EVENT = "event";
  public static final String GENERIC = "generic";
  public static final String OTHER = "other";
  public static final String FORECAST = "forecast";
  /** Scope of a duration counted from the day of writing («il y a 15 jours»): see {@link TimeOffsets}. */
  public static final String ELAPSED = "elapsed";
  /** Quantity prefix of a date read by the event it dates ({@link TimeEvents}: {@code event:start}). */
  static final String EVENT_PREFIX = "event:";
  /** Quantity prefix of a duration counted from the day of writing ({@code offset:ago:find}). */
  static final String OFFSET_PREFIX = "offset:";
  /** The quantity of a figure whose words name nothing counted: compared only where its context matches. */
  public static final String UNNAMED = "unnamed";
  /** The dimension of times of day ({@code dimensions.tsv}). */
  static final String CLOCK = "clock";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern YEAR = Pattern.compile("\\ben (1[89]\\d\\d|20\\d\\d)\\b");
  static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()«»\"]");
  private static final int CLAUSE_WORDS = 8;
  private static final int PREDICATE_WORDS = 3;
  private static final int CONTEXT_WORDS = 10;
  private static final double HEAD_WEIGHT = 3.0;
  /**
   * A past participle by its ending («détenus», «associés», «libérées», «inscrits», «pris»), not
   * an adjective of origin («français», «chinois»): after the counted noun it restricts what is
   * counted («onze militaires détenus» are not «vingt militaires de la mission»).
   */
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{2,}(?:ée?s?|us|ues?|[^ao]is|ies|its?)");

  private final Dimensions dimensions;
  private final Map<String, String> classOfStem;
  private final Set<String> classNames;
  private final Set<String> genericHeads;
  private final Set<String> weakHeads;
  private final Set<String> modifierStems;
  private final Set<String> functionWords;
  private final Set<String> commonWords;
  private final Map<String, String> scopeCues;
  private final int longestCue;
  private final List<List<String>> collectiveCues;
  private final TimeEvents timeEvents;
  private final TimeOffsets timeOffsets = TimeOffsets.fromResources();
  /** The phrases naming a time zone after a time of day ({@code clock-zones.tsv}), with their zone. */
  private final List<Map.Entry<List<String>, String>> clockZones = readClockZones();

  private PropertyReader(Dimensions dimensions, Map<String, String> classOfStem, Set<String> genericHeads,
      Set<String> weakHeads, Set<String> modifierStems, Set<String> functionWords, Set<String> commonWords, Map<String, String> scopeCues,
      List<List<String>> collectiveCues) {
    this.dimensions = dimensions;
    this.classOfStem = Map.copyOf(classOfStem);
    this.classNames = Set.copyOf(classOfStem.values());
    this.genericHeads = Set.copyOf(genericHeads);
    this.weakHeads = Set.copyOf(weakHeads);
    this.modifierStems = Set.copyOf(modifierStems);
    this.functionWords = Set.copyOf(functionWords);
    this.commonWords = Set.copyOf(commonWords);
    this.scopeCues = Map.copyOf(scopeCues);
    this.longestCue = scopeCues.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    this.collectiveCues = List.copyOf(collectiveCues);
    Set<String> skip = new HashSet<>(functionWords);
    skip.addAll(commonWords);
    this.timeEvents = TimeEvents.fromResources(skip);
  }

  public static PropertyReader fromResources() {
    Map<String, String> classes = new HashMap<>();
    for (String[] row : ResourceTable.read(PropertyReader.class, "quantity-classes.tsv", 2)) {
      for (String word : row[1].split(",")) {
        String stem = FrenchStems.stem(word);
        if (!stem.isEmpty()) {
          String previous = classes.putIfAbsent(stem, row[0]);
          if (previous != null && !previous.equals(row[0])) {
            throw new IllegalStateException("quantity-classes.tsv: «" + word.strip() + "» is in " + previous
                + " and " + row[0]);
          }
        }
      }
    }
    Set<String> generic = new HashSet<>();
    ResourceTable.words(PropertyReader.class, "generic-heads.txt").forEach(w -> generic.add(FrenchStems.stem(w)));
    // «200 000 Chinois»: nationals say only which people are counted
    org.newsclaims.entities.Demonyms.foldedForms().forEach(f -> generic.add(FrenchStems.stem(f)));
    Set<String> weak = new HashSet<>();
    ResourceTable.words(PropertyReader.class, "weak-heads.txt").forEach(w -> weak.add(FrenchStems.stem(w)));
    Set<String> modifiers = new HashSet<>();
    ResourceTable.words(PropertyReader.class, "quantity-modifiers.txt").forEach(w -> modifiers.add(FrenchStems.stem(w)));
    Set<String> function = new HashSet<>();
    ResourceTable.words(PropertyReader.class, "function-words.txt").forEach(w -> function.add(fold(w)));
    Set<String> common = new HashSet<>();
    ResourceTable.words(PropertyReader.class, "/org/newsclaims/entities/stopwords.txt").forEach(w -> common.add(fold(w)));
    Map<String, String> cues = new HashMap<>();
    for (String[] row : ResourceTable.read(PropertyReader.class, "scope-cues.tsv", 2)) {
      cues.put(String.join(" ", words(row[0])), row[1]);
    }
    List<List<String>> collective = new ArrayList<>();
    ResourceTable.lines(PropertyReader.class, "collective-cues.txt").forEach(l -> collective.add(words(l)));
    return new PropertyReader(Dimensions.fromResources(), classes, generic, weak, modifiers, function, common, cues,
        collective);
  }

  /**
   * What a claim measures, or null when it has no unit or (a date) no day range; a figure whose
   * words name nothing counted is {@link #UNNAMED}.
   */
  public ComparableProperty read(Claim c) {
    if (c.unit() == null) {
      return null;
    }
    if (Claim.Units.DATE.equals(c.unit())) {
      boolean yearless = ClaimDates.yearlessDay(c) != null; // «le 2 juillet»: compared by month and day
      if (!yearless && (ClaimDates.range(c.date()) == null || !ClaimDates.yearKnown(c) || !ClaimDates.dayWritten(c))) {
        return null; // a guessed year, or a day read from «mercredi» or «hier»: not compared as a date
      }
      String event = timeEvents.dateEvent(c, clause(c, true));
      String frame = event != null ? EVENT_PREFIX + event
          : c.frame() == null || c.frame().isBlank() ? UNNAMED : "frame:" + c.frame();
      return new ComparableProperty("date", frame, "", null, scope(c));
    }
    String dimension = dimensions.dimension(c.unit());
    if (Claim.Units.TIME.equals(c.unit())) {
      // a time of day: the event it times («doit débuter à 20h08»: the start), in its zone
      String event = timeEvents.dateEvent(c, clause(c, true));
      return new ComparableProperty(CLOCK, event != null ? EVENT_PREFIX + event : UNNAMED, clockZone(c), null, scope(c));
    }
    List<String> what = c.what() == null ? List.of() : words(c.what());
    if (Claim.Units.AGE.equals(c.unit())) {
      // whose age: outlets name one person differently («Ingrid Betancourt», «l'ex-otage», «cette
      // femme»), so the ages of a story are one quantity and the words around them tell whose
      return new ComparableProperty(dimension, Claim.Units.AGE, "", null, scope(c));
    }
    String quantity = null;
    TreeSet<String> modifiers = new TreeSet<>();
    int head = countedNoun(what);
    if (weakHead(what, head)) {
      head = -1; // «à hauteur d'un milliard»: named by its predicate or its words, not by «hauteur»
    }
    if (head > 0 && OTHER_THAN.contains(what.get(head - 1))) {
      modifiers.add(FrenchStems.stem(what.get(head - 1))); // «14 autres otages»: the others, counted apart
    }
    boolean genericHead = false;
    if (head >= 0) {
      String stem = FrenchStems.stem(what.get(head));
      if (genericHeads.contains(stem)) {
        // «personnes tuées», «soldats capturés»: the word after a noun of people says what is counted
        String next = head + 1 < what.size() ? FrenchStems.stem(what.get(head + 1)) : "";
        if (classOfStem.containsKey(next)) {
          stem = next;
          head++;
        } else {
          genericHead = true;
        }
      }
      quantity = classOfStem.getOrDefault(stem, stem);
      for (int i = head + 1; i < what.size(); i++) {
        String m = FrenchStems.stem(what.get(i));
        if (modifierStems.contains(m)) {
          modifiers.add(m);
        }
      }
    }
    boolean known = quantity != null && classNames.contains(quantity) && !genericHead;
    String amountPredicate = !known && dimension.startsWith(MONEY) ? predicateBefore(c) : null;
    if (amountPredicate != null && !amountPredicate.equals(c.frame())) {
      // «des contrats qui avaient rapporté 500 000 € au moment des attentats»: the predicate just
      // before an amount names it better than another frame of its sentence (a frame of the
      // predicate's own class is kept, as before)
      quantity = amountPredicate;
    } else if (!known && c.frame() != null && !c.frame().isBlank()) {
      // the frame lexicon names the predicate («repris», «occupé»): a synonym class of its own,
      // or the quantity class of that name («une augmentation de capital de 3,7 milliards» and
      // «a levé 3,9 milliards» both measure capital_raise)
      quantity = frameQuantity(c.frame());
    } else if (!known && (quantity == null || genericHead || !"count".equals(dimension))) {
      // an amount or a share names its quantity by the predicate before it («une perte de 600
      // millions», «a perdu 600 millions») more reliably than by the noun after it, as does a
      // count of people («les firmes emploient 300 000 personnes», «… 200 000 Chinois»)
      String predicate = predicateBefore(c);
      if (predicate != null) {
        quantity = predicate;
      }
    }
    String scope = scope(c);
    if (DURATION.equals(dimension)) {
      String direction = timeOffsets.direction(c);
      String measured = direction == null ? timeEvents.measured(clause(c, true)) : null;
      if (direction == null && measured == null) {
        measured = timeEvents.lengthSubject(sentenceBefore(c)); // «l'entrevue … a duré une demi-heure»
      }
      String measuredClass = measured == null ? null : classOfStem.get(measured);
      if (direction != null) {
        // «trouvé il y a 15 jours»: a distance from the day of writing, not a length of the story
        String event = timeEvents.dateEvent(c, clause(c, true));
        quantity = OFFSET_PREFIX + direction + (event == null ? "" : ":" + event);
        scope = ELAPSED;
      } else if (measuredClass != null && !known) {
        // what lasts names a class («a agonisé pendant six jours»): it wins over a frame of the
        // sentence («décédé»), as a counted noun of a class does
        quantity = measuredClass;
      } else if (measured != null && (c.frame() == null || c.frame().isBlank())) {
        quantity = measured; // what lasts: «menti pendant 13 jours», «un spectacle exaltant de trois heures»
      }
    }
    if (quantity == null) {
      quantity = UNNAMED; // the words around it may still tell which figure it is (FactClusters)
    }
    String period = c.period();
    if (period != null && (period.isBlank() || period.equals("total"))) {
      period = null;
    }
    return new ComparableProperty(dimension, quantity, String.join("+", modifiers), period, scope);
  }

  private static final String DURATION = "duration";
  /** «autres» before the counted noun: the others, a quantity of their own (text/word-classes.tsv). */
  private static final Set<String> OTHER_THAN = org.newsclaims.text.WordClasses.of("other-than");
  /** «selon», «d'après»: a source's incise, read across (text/word-classes.tsv). */
  private static final Set<String> SOURCE_INCISE = org.newsclaims.text.WordClasses.of("source-incise");

  /**
   * The words that say what the claim's figure is about: the counted noun ({@value #HEAD_WEIGHT}),
   * its quantity class and the frame when it names the quantity (as much), the rest of the counted
   * phrase and the words of the sentence within {@value #CONTEXT_WORDS} words of the figure (1),
   * another frame (0.5); common words ({@code entities/stopwords.txt}) and
   * numbers left out.
   */
  public ClaimContext context(Claim c, ComparableProperty p) {
    Map<String, Double> weights = new HashMap<>();
    List<String> what = c.what() == null ? List.of() : words(c.what());
    int head = countedNoun(what);
    boolean weak = weakHead(what, head);
    String headStem = null;
    for (int i = Math.max(head, 0); i < what.size(); i++) {
      String stem = contentStem(what.get(i));
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
      String stem = contentStem(last.substring(last.lastIndexOf('-') + 1));
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
        String stem = contentStem(w);
        if (stem != null) {
          weights.merge(stem, 1.0, Math::max);
        }
      }
    }
    String frame = p != null && (p.quantity().startsWith("frame:") || p.quantity().startsWith(EVENT_PREFIX)
        || p.quantity().startsWith(OFFSET_PREFIX)) ? p.quantity() : null;
    if (p != null && DURATION.equals(p.dimension()) && frame == null && !UNNAMED.equals(p.quantity())
        && !p.quantity().equals(headStem)) {
      headStem = p.quantity(); // what lasts, read before the figure («un spectacle exaltant de»)
      weights.merge(headStem, HEAD_WEIGHT, Math::max);
    }
    if (frame != null && !frame.startsWith("frame:")) {
      weights.merge(frame, HEAD_WEIGHT, Math::max);
    }
    String clockEvent = null;
    if (p != null && CLOCK.equals(p.dimension())) {
      // times of day are one kind of quantity: two may disagree whatever words surround them, but
      // not the times of two different events (a start against an end), nor of two zones
      clockEvent = p.quantity().startsWith(EVENT_PREFIX) ? p.quantity() : null;
      frame = CLOCK;
      weights.merge(CLOCK + ":" + p.modifiers(), HEAD_WEIGHT, Math::max);
    }
    if (c.frame() != null && !c.frame().isBlank()) {
      // a frame naming a quantity class is that class's word («augmentation de capital», «lever»)
      String token = frameQuantity(c.frame());
      boolean names = frame != null || p != null && token.equals(p.quantity());
      weights.merge(classNames.contains(token) ? "class:" + token : token, names ? HEAD_WEIGHT : 0.5, Math::max);
    }
    String known = p != null && classNames.contains(p.quantity()) ? p.quantity() : clockEvent;
    return new ClaimContext(c.article(), known, headStem, frame, p == null ? "" : p.modifiers(),
        p != null && "count".equals(p.dimension()) ? restrictors(what, head) : "", groupAge(c, what, head), p != null && p.dimension().startsWith(MONEY) ? owner(c) : "",
        p != null && p.dimension().startsWith(MONEY) ? subject(c) : "",
        weights, c.event(), SentenceNames.shared().of(c.sentence()), p == null ? EVENT : p.scope());
  }

  private static final String MONEY = "money:";
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
    List<String> before = words(sentence.substring(0, at));
    for (int i = 0; i < before.size(); i++) {
      for (List<String> cue : collectiveCues) {
        if (i + cue.size() <= before.size() && before.subList(i, i + cue.size()).equals(cue)) {
          return ClaimContext.GROUP;
        }
      }
    }
    Matcher word = WORD.matcher(sentence.substring(0, at));
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
    for (String clause : CLAUSE_BREAK.split(sentence.substring(0, at))) {
      Matcher word = WORD.matcher(clause);
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

  /** True when the counted noun is one of {@code weak-heads.txt} («hauteur», «somme»): it names nothing counted. */
  private boolean weakHead(List<String> what, int head) {
    return head >= 0 && weakHeads.contains(FrenchStems.stem(what.get(head)));
  }

  private String contentStem(String word) {
    if (word.length() < 3 || Character.isDigit(word.charAt(0)) || functionWords.contains(word)
        || commonWords.contains(word)) {
      return null;
    }
    String stem = FrenchStems.stem(word);
    return stem.length() < 2 ? null : stem;
  }

  /**
   * The zone of a time of day: the zone of the first {@code clock-zones.tsv} phrase the words
   * right after it start with («20h08 (heure locale)»: {@code local}), else empty.
   */
  String clockZone(Claim c) {
    String sentence = c.sentence();
    int at = sentence == null || c.text() == null ? -1 : sentence.indexOf(c.text());
    if (at < 0) {
      return "";
    }
    List<String> after = words(sentence.substring(at + c.text().length()));
    for (Map.Entry<List<String>, String> z : clockZones) {
      List<String> phrase = z.getKey();
      if (after.size() >= phrase.size() && after.subList(0, phrase.size()).equals(phrase)) {
        return z.getValue();
      }
    }
    return "";
  }

  /** The rows of {@code clock-zones.tsv}, longest phrase first. */
  private static List<Map.Entry<List<String>, String>> readClockZones() {
    List<Map.Entry<List<String>, String>> zones = new ArrayList<>();
    for (String[] row : ResourceTable.read(PropertyReader.class, "clock-zones.tsv", 2)) {
      zones.add(Map.entry(words(row[1]), row[0].strip()));
    }
    zones.sort((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size()));
    return List.copyOf(zones);
  }

  /** The words of the sentence within {@value #CONTEXT_WORDS} words before or after the figure. */
  private static List<String> window(Claim c, boolean before) {
    String sentence = c.sentence();
    if (sentence == null || c.text() == null) {
      return List.of();
    }
    int at = sentence.indexOf(c.text());
    if (at < 0) {
      return words(sentence);
    }
    List<String> side = words(before ? sentence.substring(0, at) : sentence.substring(at + c.text().length()));
    return before ? side.subList(Math.max(0, side.size() - CONTEXT_WORDS), side.size())
        : side.subList(0, Math.min(CONTEXT_WORDS, side.size()));
  }

  /** The claim's sentence before its figure, or the empty string. */
  private static String sentenceBefore(Claim c) {
    String sentence = c.sentence();
    int at = sentence == null || c.text() == null ? -1 : sentence.indexOf(c.text());
    return at < 0 ? "" : sentence.substring(0, at);
  }

  /** The class of a known word among the few words just before the number, or null. */
  private String predicateBefore(Claim c) {
    List<String> before = clause(c, true);
    for (int i = before.size() - 1, seen = 0; i >= 0 && seen < PREDICATE_WORDS; i--) {
      String w = before.get(i);
      if (functionWords.contains(w)) {
        continue;
      }
      seen++;
      String cls = classOfStem.get(FrenchStems.stem(w));
      if (cls != null) {
        return cls;
      }
    }
    return null;
  }

  /**
   * The words that best name what a fact's figures measure, for its label: the counted words most
   * of its claims give («délégations»), else the last content word before the figure in the
   * most claims («a perdu 6,85 milliards» gives «perdu»), else null. Ties: the first in claim order.
   */
  String namingWords(List<Claim> claims) {
    Map<String, Integer> counted = new java.util.LinkedHashMap<>();
    Map<String, Integer> before = new java.util.LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.what() != null && !c.what().isBlank()) {
        counted.merge(c.what().strip(), 1, Integer::sum);
      }
      List<String> clause = clause(c, true);
      for (int i = clause.size() - 1; i >= 0; i--) {
        if (contentStem(clause.get(i)) != null) {
          before.merge(clause.get(i), 1, Integer::sum);
          break;
        }
      }
    }
    Map<String, Integer> pick = counted.isEmpty() ? before : counted;
    return pick.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
  }

  /**
   * The quantity a claim's frame names: the class of {@code quantity-classes.tsv} of the same
   * name when there is one (the frame {@code cost} and the class {@code cost} are one quantity),
   * else {@code frame:<frame>}.
   */
  String frameQuantity(String frame) {
    return classNames.contains(frame) ? frame : "frame:" + frame;
  }

  /** True when the property's quantity is a frame or a class of {@code quantity-classes.tsv}. */
  public boolean named(ComparableProperty p) {
    return p.quantity().startsWith("frame:") || classNames.contains(p.quantity());
  }

  /**
   * {@link #GENERIC}, {@link #OTHER} or {@link #FORECAST} when a cue of {@code scope-cues.tsv}
   * (or «en» and a year other than the publication year: «en 1999») is in the figure's clause; else {@link #EVENT}.
   */
  public String scope(Claim c) {
    List<String> clause = new ArrayList<>(clause(c, true));
    clause.addAll(clause(c, false));
    for (int i = 0; i < clause.size(); i++) {
      for (int n = Math.min(longestCue, clause.size() - i); n >= 1; n--) {
        String cue = scopeCues.get(String.join(" ", clause.subList(i, i + n)));
        if (cue != null) {
          return cue;
        }
      }
    }
    String published = c.published();
    if (published != null && published.length() >= 4) {
      Matcher years = YEAR.matcher(String.join(" ", clause));
      while (years.find()) {
        if (!years.group(1).equals(published.substring(0, 4))) {
          return OTHER;
        }
      }
    }
    return EVENT;
  }

  /**
   * The folded words of the figure's clause before ({@code before}) or after the claim's text in
   * its sentence, at most {@value #CLAUSE_WORDS}, stopping at a clause break.
   */
  List<String> clause(Claim c, boolean before) {
    String sentence = c.sentence();
    if (sentence == null || c.text() == null) {
      return List.of();
    }
    int at = sentence.indexOf(c.text());
    if (at < 0) {
      return List.of();
    }
    String side = before ? sentence.substring(0, at) : sentence.substring(at + c.text().length());
    Matcher breaks = CLAUSE_BREAK.matcher(side);
    if (before) {
      List<Integer> ends = new ArrayList<>();
      while (breaks.find()) {
        ends.add(breaks.end());
      }
      int last = ends.isEmpty() ? -1 : ends.get(ends.size() - 1);
      String clause = last >= 0 ? side.substring(last) : side;
      if (ends.size() >= 1 && side.charAt(last - 1) == ',') {
        // «l'inflation, selon les prévisions, s'élèvera à 2 %»: the clause goes on before a
        // source's incise
        int open = ends.size() >= 2 ? ends.get(ends.size() - 2) : -1;
        List<String> incise = open >= 0 ? words(side.substring(open, last)) : List.of();
        String first = incise.isEmpty() ? "" : incise.get(0).endsWith("'") && incise.size() > 1
            ? incise.get(0) + incise.get(1) : incise.get(0); // «d'après» is read as «d'» and «après»
        if (SOURCE_INCISE.contains(first) && side.charAt(open - 1) == ',') {
          int from = ends.size() >= 3 ? ends.get(ends.size() - 3) : 0;
          clause = side.substring(from, open - 1) + " " + clause;
        }
      }
      side = clause;
    } else if (breaks.find()) {
      side = side.substring(0, breaks.start());
    }
    List<String> words = words(side);
    return before ? words.subList(Math.max(0, words.size() - CLAUSE_WORDS), words.size())
        : words.subList(0, Math.min(CLAUSE_WORDS, words.size()));
  }

  /** The first content word of the counted phrase, past a modifier standing before it («autres otages»). */
  private int countedNoun(List<String> what) {
    int head = firstContentWord(what);
    return head >= 0 && head + 1 < what.size() && OTHER_THAN.contains(what.get(head)) ? head + 1 : head;
  }

  private int firstContentWord(List<String> what) {
    for (int i = 0; i < what.size(); i++) {
      if (!functionWords.contains(what.get(i)) && !Character.isDigit(what.get(i).charAt(0))) {
        return i;
      }
    }
    return -1;
  }

  /** Lower-case words with accents kept (cues and function words are listed that way). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.replace('’', '\''));
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      int apostrophe = w.indexOf('\'');
      if (apostrophe > 0 && apostrophe <= 2) {
        out.add(w.substring(0, apostrophe + 1));
        w = w.substring(apostrophe + 1);
        if (w.isEmpty()) {
          continue;
        }
      }
      out.add(w);
    }
    return out;
  }

  private static String fold(String w) {
    return w.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
