package org.newsclaims.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Quote;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.WordClasses;

/**
 * The outcome of entity resolution as claims and quotes need it: the alias table (a mention's
 * name, through {@link EntityClusterer#aliasKey}, to its entity id) and each entity's canonical
 * name. Keys a claim by its entity id and gives claim and quote speakers their canonical names.
 * Immutable view of the two maps (the batch pipeline reads them as side inputs, streaming builds
 * them per window).
 *
 * <p>Example: with {@code "guerassimov" → "person:gerasimov"} and {@code "person:gerasimov" →
 * "Valéri Guérassimov"}, a quote whose speaker mention is "Guérassimov" gets the speaker
 * "Valéri Guérassimov" and the speaker id {@code person:gerasimov}.
 */
public final class AliasTable {

  /** "Le", "La", "L'", "Un" …: the definite and indefinite articles, capitalised, that open a role phrase. */
  private static final Set<String> OPENING_ARTICLES = openingArticles();

  private final Map<String, String> aliasToId;
  private final Map<String, String> idToName;

  public AliasTable(Map<String, String> aliasToId, Map<String, String> idToName) {
    this.aliasToId = aliasToId;
    this.idToName = idToName;
  }

  /** The entity id of a mention name, or null when unknown. */
  public String idOf(String name) {
    return name == null ? null : aliasToId.get(EntityClusterer.aliasKey(name));
  }

  /** The claim keyed by entity id, its speaker given a canonical name. */
  public Claim key(Claim claim) {
    String entityId = idOf(claim.entity());
    String speakerId = idOf(claim.speakerMention());
    // an unresolved mention stays the speaker only when it is a name, never a role phrase
    String fallback = looksLikeName(claim.speakerMention()) ? claim.speakerMention() : claim.speaker();
    String speaker = speakerId != null ? idToName.getOrDefault(speakerId, fallback) : fallback;
    return claim.withEntity(entityId != null ? entityId : claim.entity()).withSpeaker(speaker);
  }

  /** The quote with its speaker's canonical name and entity id. */
  public Quote key(Quote quote) {
    String speakerId = idOf(quote.speakerMention());
    // without an entity the extractor's own speaker stands (null for unresolved roles: never guessed)
    String speaker = speakerId != null ? idToName.getOrDefault(speakerId, quote.speaker()) : quote.speaker();
    return quote.withSpeaker(speaker, speakerId);
  }

  /**
   * True for a proper name ("Jean Dupont"), false for a role phrase ("Le procureur de Lyon",
   * "L'avocat", "Une source") or a lower-case mention: a capitalised first word that is not a
   * capitalised article (the word classes definite-article and indefinite-article).
   */
  static boolean looksLikeName(String mention) {
    if (mention == null || mention.isEmpty() || !Character.isUpperCase(mention.charAt(0))) {
      return false;
    }
    int apostrophe = mention.indexOf('\'');
    int space = mention.indexOf(' ');
    if (apostrophe > 0 && (space < 0 || apostrophe < space)
        && OPENING_ARTICLES.contains(mention.substring(0, apostrophe + 1))) {
      return false;
    }
    return space < 0 || !OPENING_ARTICLES.contains(mention.substring(0, space));
  }

  private static Set<String> openingArticles() {
    Set<String> out = new HashSet<>();
    for (String wordClass : new String[] {"definite-article", "indefinite-article"}) {
      for (String w : WordClasses.of(wordClass)) {
        out.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
      }
    }
    return Lookup.set(out);
  }
}
