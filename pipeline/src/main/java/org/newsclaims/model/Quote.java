package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One quotation and who said it.
 *
 * <p>Example: « Nous continuons d'avancer », a écrit Zelensky sur Telegram gives
 * {@code text="Nous continuons d'avancer", speakerMention="Zelensky", cue="a écrit",
 * method="explicit"}.
 *
 * @param article input file name
 * @param text the quoted words without the marks
 * @param speaker canonical name (after entity resolution) or null when nobody is named
 * @param speakerMention the speaker as the article names them (full name when the article
 *     gives it; the words of an unresolved role or an unnamed source) or null
 * @param cue the speech verb or phrase that attributes it ("a déclaré", "selon"), or null
 * @param method how the speaker was found: {@code explicit}, {@code pronoun}, {@code role},
 *     {@code continuation}, {@code subject}, {@code heading}, {@code interview}, {@code none}
 * @param confidence 0..1; below 0.5 the speaker is uncertain and reports say so
 * @param partial true when the quote is a fragment inside the author's own sentence
 * @param unclosed true when the opening mark never closes (the quote stops at the paragraph)
 * @param sentence the sentence (or sentences) around the quote
 * @param start start offset of the quoted text in {@link Article#text()}
 * @param end end offset (exclusive)
 * @param speakerId the speaker's entity id (see entities.jsonl), or null when the speaker is
 *     unknown or not a resolved entity
 * @param inTitle true for a quotation in the headline: {@code start}, {@code end} and
 *     {@code sentence} then refer to {@link Article#title()}
 * @param speakerType {@code person}, {@code organisation}, {@code anonymous},
 *     {@code collective}, or null when nobody is named
 * @param story the article's story id (see stories.jsonl), or null
 */
@JsonPropertyOrder({
  "article", "text", "speaker", "speakerId", "speakerMention", "speakerType", "cue", "method",
  "confidence",
  "partial", "unclosed", "inTitle", "sentence", "start", "end", "story"
})
public record Quote(
    String article,
    String text,
    String speaker,
    String speakerMention,
    String cue,
    String method,
    double confidence,
    boolean partial,
    boolean unclosed,
    String sentence,
    int start,
    int end,
    String speakerId,
    boolean inTitle,
    String speakerType,
    String story) {

  /** A quote before its article's story is known. */
  public Quote(String article, String text, String speaker, String speakerMention, String cue,
      String method, double confidence, boolean partial, boolean unclosed, String sentence,
      int start, int end, String speakerId, boolean inTitle, String speakerType) {
    this(article, text, speaker, speakerMention, cue, method, confidence, partial, unclosed,
        sentence, start, end, speakerId, inTitle, speakerType, null);
  }

  /** A quote without a speaker type (nobody named, or a test that does not care). */
  public Quote(String article, String text, String speaker, String speakerMention, String cue,
      String method, double confidence, boolean partial, boolean unclosed, String sentence,
      int start, int end, String speakerId, boolean inTitle) {
    this(article, text, speaker, speakerMention, cue, method, confidence, partial, unclosed,
        sentence, start, end, speakerId, inTitle, null, null);
  }

  /** A quote before entity resolution (no speaker id yet). */
  public Quote(String article, String text, String speaker, String speakerMention, String cue,
      String method, double confidence, boolean partial, boolean unclosed, String sentence,
      int start, int end) {
    this(article, text, speaker, speakerMention, cue, method, confidence, partial, unclosed,
        sentence, start, end, null, false);
  }

  public Quote withSpeaker(String newSpeaker) {
    return new Quote(article, text, newSpeaker, speakerMention, cue, method, confidence,
        partial, unclosed, sentence, start, end, speakerId, inTitle, speakerType, story);
  }

  /** The same quote found in the headline (offsets into the title). */
  public Quote inHeadline() {
    return new Quote(article, text, speaker, speakerMention, cue, method, confidence, partial,
        unclosed, sentence, start, end, speakerId, true, speakerType, story);
  }

  /** The quote keyed to its speaker's entity: canonical name and id. */
  public Quote withSpeaker(String newSpeaker, String newSpeakerId) {
    return new Quote(article, text, newSpeaker, speakerMention, cue, method, confidence,
        partial, unclosed, sentence, start, end, newSpeakerId, inTitle, speakerType, story);
  }

  /** The quote placed in its article's story. */
  public Quote withStory(String newStory) {
    return new Quote(article, text, speaker, speakerMention, cue, method, confidence, partial,
        unclosed, sentence, start, end, speakerId, inTitle, speakerType, newStory);
  }
}
