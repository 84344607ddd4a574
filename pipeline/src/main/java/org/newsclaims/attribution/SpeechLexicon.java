package org.newsclaims.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.text.Folding;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.WordClasses;

/**
 * The French word lists the speaker attributor reads, loaded once from the documented
 * resources beside this class: the one speech-verb lexicon of quotes and claims
 * ({@code speech-verbs.txt}), {@code adverbs.txt}, the civilities (text/word-classes.tsv),
 * {@code role-synonyms.txt}, {@code name-stopwords.txt}, the closed word classes
 * ({@code word-classes.tsv}) and the speaker nouns with their type ({@code speaker-nouns.tsv}).
 * Immutable.
 *
 * <p>Example: {@code lexicon.isParticiple("déclarée", false)} is true.
 */
public final class SpeechLexicon {

  private final Set<String> plainParticiples;
  private final Set<String> reflParticiples;
  private final Set<String> plainPresents;
  private final Set<String> reflPresents;
  private final Set<String> adverbs;
  private final Set<String> postAdverbs;
  private final Map<String, String> honorifics;
  private final Map<String, String> roleSynonyms;
  private final Set<String> nameStopwords;
  private final Set<String> infinitives;
  private final Map<String, Set<String>> wordClasses;
  private final Map<String, String> speakerNouns;
  private final Set<String> demonyms;

  private SpeechLexicon(Set<String> plainParticiples, Set<String> reflParticiples,
      Set<String> plainPresents, Set<String> reflPresents, Set<String> adverbs,
      Set<String> postAdverbs, Map<String, String> honorifics, Map<String, String> roleSynonyms,
      Set<String> nameStopwords, Set<String> infinitives, Map<String, Set<String>> wordClasses,
      Map<String, String> speakerNouns, Set<String> demonyms) {
    this.plainParticiples = plainParticiples;
    this.reflParticiples = reflParticiples;
    this.plainPresents = plainPresents;
    this.reflPresents = reflPresents;
    this.adverbs = adverbs;
    this.postAdverbs = postAdverbs;
    this.honorifics = honorifics;
    this.roleSynonyms = roleSynonyms;
    this.nameStopwords = nameStopwords;
    this.infinitives = infinitives;
    this.wordClasses = wordClasses;
    this.speakerNouns = speakerNouns;
    this.demonyms = demonyms;
  }

  private static final class Holder {
    static final SpeechLexicon INSTANCE = load();
  }

  public static SpeechLexicon get() {
    return Holder.INSTANCE;
  }

  private static SpeechLexicon load() {
    Set<String> pp = new HashSet<>();
    Set<String> rp = new HashSet<>();
    Set<String> pr = new HashSet<>();
    Set<String> rr = new HashSet<>();
    Set<String> inf = new HashSet<>();
    for (String line : lines("speech-verbs.txt")) {
      String[] cols = line.split("\\s+");
      if (cols.length < 4) {
        throw new IllegalStateException("speech-verbs.txt: expected 4 columns: " + line);
      }
      String use = cols[3];
      if (cols.length > 4) {
        inf.add(cols[4]);
      } else if (cols[0].endsWith("é")) {
        inf.add(cols[0].substring(0, cols[0].length() - 1) + "er");
      }
      boolean plain = use.equals("plain") || use.equals("both");
      boolean refl = use.equals("refl") || use.equals("both");
      if (cols[2].endsWith("ent")) {
        String imperfect = cols[2].substring(0, cols[2].length() - 3) + "ait";
        (plain ? pr : rr).add(imperfect);
        if (refl) {
          rr.add(imperfect);
        }
      }
      for (int i = 0; i < 3; i++) {
        Set<String> target = i == 0 ? (plain ? pp : null) : (plain ? pr : null);
        if (target != null) {
          target.add(cols[i]);
        }
        Set<String> rtarget = i == 0 ? (refl ? rp : null) : (refl ? rr : null);
        if (rtarget != null) {
          rtarget.add(cols[i]);
        }
      }
    }
    Set<String> adv = new HashSet<>();
    Set<String> post = new HashSet<>();
    for (String line : lines("adverbs.txt")) {
      String[] cols = line.split("\\s+");
      adv.add(cols[0]);
      if (cols.length > 1 && cols[1].equals("post")) {
        post.add(cols[0]);
      }
    }
    Map<String, String> hon = new HashMap<>();
    WordClasses.of("civility").forEach(w -> hon.put(w, "?"));
    WordClasses.of("civility-masculine").forEach(w -> hon.put(w, "m"));
    WordClasses.of("civility-feminine").forEach(w -> hon.put(w, "f"));
    Map<String, String> syn = new HashMap<>();
    for (String line : lines("role-synonyms.txt")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("role-synonyms.txt: expected '=': " + line);
      }
      syn.put(Folding.fold(line.substring(0, eq).trim()), Folding.fold(line.substring(eq + 1).trim()));
    }
    Set<String> ns = new HashSet<>();
    for (String line : lines("name-stopwords.txt")) {
      ns.add(Folding.fold(line.trim()));
    }
    Map<String, Set<String>> classes = WordClasses.read(SpeechLexicon.class, "word-classes.tsv");
    Map<String, String> nouns = new HashMap<>();
    for (String line : lines("speaker-nouns.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("speaker-nouns.tsv: expected 2 columns: " + line);
      }
      nouns.put(Folding.fold(cols[0]), cols[1]);
    }
    return new SpeechLexicon(Lookup.set(pp), Lookup.set(rp), Lookup.set(pr), Lookup.set(rr),
        Lookup.set(adv), Lookup.set(post), Lookup.map(hon), Lookup.map(syn), Lookup.set(ns),
        Lookup.set(inf), classes, Lookup.map(nouns), org.newsclaims.entities.Demonyms.foldedForms());
  }

  /** The entities' person titles and roles ("procureur", "ministre de la défense"), folded. */
  private static final class Titles {
    static final Set<String> FOLDED = load();

    private static Set<String> load() {
      Set<String> out = new HashSet<>();
      for (String[] row : org.newsclaims.text.ResourceTable.read(SpeechLexicon.class,
          "/org/newsclaims/entities/titles.tsv")) {
        if (row.length > 1 && (row[0].equals("person-title") || row[0].equals("role"))) {
          out.add(Folding.fold(row[1]));
        }
      }
      return Lookup.set(out);
    }
  }

  /**
   * True when a folded role (determiner and modifiers dropped) is or opens with a person title
   * of the entities' {@code titles.tsv}: "procureur de la republique", "maire", "juge".
   */
  boolean isPersonTitle(String foldedRole) {
    if (Titles.FOLDED.contains(foldedRole)) {
      return true;
    }
    int sp = foldedRole.indexOf(' ');
    return sp > 0 && Titles.FOLDED.contains(foldedRole.substring(0, sp));
  }

  /**
   * True when a noun names who may speak or act: a person's title or role of the entities'
   * {@code titles.tsv} («maire», «procureur») or a speaker noun of {@code speaker-nouns.tsv} of
   * any type («gouvernement», «police», «communiqué»); takes any case and accents.
   */
  public boolean namesSomeone(String noun) {
    String folded = Folding.fold(noun);
    return isPersonTitle(folded) || speakerNouns.containsKey(folded);
  }

  private static List<String> lines(String resource) {
    return org.newsclaims.text.ResourceTable.lines(SpeechLexicon.class, resource);
  }

  /** True for a listed past participle, with or without agreement endings. */
  boolean isParticiple(String lower, boolean reflexive) {
    Set<String> set = reflexive ? reflParticiples : plainParticiples;
    if (set.contains(lower)) {
      return true;
    }
    for (String ending : new String[] {"es", "e", "s"}) {
      if (lower.endsWith(ending) && set.contains(lower.substring(0, lower.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  boolean isPresent(String lower, boolean reflexive) {
    return (reflexive ? reflPresents : plainPresents).contains(lower);
  }

  /** True for the infinitive of a listed speech verb ("ajouter", "dire"). */
  boolean isInfinitive(String lower) {
    return infinitives.contains(lower);
  }

  boolean isAdverb(String lower) {
    return adverbs.contains(lower) || (lower.length() > 5 && lower.endsWith("ment")
        && !speakerNouns.containsKey(Folding.fold(lower))); // "gouvernement" is a noun
  }

  boolean isPostAdverb(String lower) {
    return postAdverbs.contains(lower) || (lower.length() > 5 && lower.endsWith("ment")
        && !speakerNouns.containsKey(Folding.fold(lower)));
  }

  /**
   * The gender of an honorific ("m", "f" or "?"), or null when the word is none: a civility
   * written in title case ("Mme", "M") or in capitals ("MME"), never in lower case ("me").
   */
  String honorificGender(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    String rest = word.substring(1);
    boolean written = rest.equals(lower.substring(1)) || rest.equals(rest.toUpperCase(java.util.Locale.ROOT));
    return written ? honorifics.get(lower) : null;
  }

  /** The plain role a periphrasis stands for (folded), or null. */
  String roleSynonym(String foldedRole) {
    return roleSynonyms.get(foldedRole);
  }

  boolean isNameStopword(String word) {
    return nameStopwords.contains(Folding.fold(word));
  }

  /** True for a demonym ("Américain", "Française"): "l'Américain" is a person, not a body. */
  boolean isDemonym(String word) {
    return demonyms.contains(Folding.fold(word));
  }

  /** The words of a closed class of {@code word-classes.tsv} ("determiner", "role-stop"). */
  public Set<String> words(String wordClass) {
    Set<String> w = wordClasses.get(wordClass);
    if (w == null) {
      throw new IllegalStateException("word-classes.tsv: no class " + wordClass);
    }
    return w;
  }

  /**
   * The speaker type a head noun gives ({@code organisation}, {@code collective},
   * {@code anonymous}, {@code person}), or null when the noun is not listed. Takes any case
   * and accents.
   */
  String nounType(String word) {
    return speakerNouns.get(Folding.fold(word));
  }
}
