package org.newsclaims.attribution;

/**
 * Who says a quotation or a figure, as the attributor found it.
 *
 * <p>Example: for «Nous tiendrons», a déclaré le président élu, in an article that named
 * "le président élu, Jean Dupont" earlier: {@code name="Jean Dupont", mention="Jean Dupont",
 * type="person", cue="a déclaré", method="role", confidence=0.81}. For «…», selon la police:
 * {@code name="police", mention="la police", type="organisation"}.
 *
 * @param name the speaker: a person's fullest name in the article, or the normalised source
 *     (determiner dropped, common nouns in lower case: "police", "autorités chinoises",
 *     "Élysée", "un proche du dossier" for an unnamed speaker; "procureur" for a person's title
 *     the article gives no one it names); null when the evidence names nobody or is too weak
 * @param mention the speaker as the article words it (a resolved role gives the holder's
 *     name), or null
 * @param type {@link #PERSON}, {@link #ORGANISATION}, {@link #ANONYMOUS}, {@link #COLLECTIVE},
 *     or null when unknown
 * @param cue the speech verb or phrase ("a déclaré", "selon", ":"), or null
 * @param method which sieve decided: {@code explicit}, {@code pronoun}, {@code role},
 *     {@code continuation}, {@code interview}, {@code subject}, {@code none} (the quote
 *     extractor adds {@code heading} for a crosshead)
 * @param confidence 0..1; below {@link #LOW_CONFIDENCE} the speaker is shown as uncertain
 */
public record Speaker(String name, String mention, String type, String cue, String method,
    double confidence) {

  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";
  public static final String ANONYMOUS = "anonymous";
  public static final String COLLECTIVE = "collective";

  /**
   * A head noun of {@code speaker-nouns.tsv} for a text that speaks for its authors ("le
   * rapport", "l'arrêt"): the speaker is that text, typed {@link #ORGANISATION}.
   */
  static final String DOCUMENT = "document";

  public static final String EXPLICIT = "explicit";
  public static final String PRONOUN = "pronoun";
  public static final String ROLE = "role";
  public static final String CONTINUATION = "continuation";
  public static final String INTERVIEW = "interview";
  public static final String SUBJECT = "subject";
  public static final String NO_METHOD = "none";

  /** Below this confidence a report shows the speaker as uncertain, not as their words. */
  public static final double LOW_CONFIDENCE = 0.5;

  /** Nobody found. */
  public static final Speaker NONE = new Speaker(null, null, null, null, NO_METHOD, 0.0);

  /** A cue was found but it names nobody ("a-t-on précisé"). */
  static Speaker nobody(String cue, String method, double confidence) {
    return new Speaker(null, null, null, cue, method, confidence);
  }

  /** True when a report may show the words as this speaker's (named, confident enough). */
  public boolean isConfident() {
    return name != null && confidence >= LOW_CONFIDENCE;
  }

  Speaker withConfidence(double c) {
    return new Speaker(name, mention, type, cue, method, c);
  }

  Speaker withMethod(String m, double c) {
    return new Speaker(name, mention, type, cue, m, c);
  }

  Speaker withCue(String c) {
    return new Speaker(name, mention, type, c, method, confidence);
  }
}
