package org.newsclaims.model;

/**
 * Builds a {@link Quote} for a test by naming its fields instead of passing 16 of them in order.
 * Defaults: article {@code a.txt}, nobody named (method {@code none}, confidence 0), a complete
 * quote (not partial, closed, in the body), the sentence is the text itself (offsets 0 to its
 * length), every other field null.
 *
 * <pre>{@code
 * Quote q = QuoteBuilder.quote("Nous tiendrons").speaker("Jean Durand").cue("a déclaré")
 *     .sentence("« Nous tiendrons », a déclaré Jean Durand.").build();
 * }</pre>
 */
public final class QuoteBuilder {

  private String article = "a.txt";
  private final String text;
  private String speaker;
  private String speakerMention;
  private String cue;
  private String method = "none";
  private double confidence;
  private boolean partial;
  private boolean unclosed;
  private String sentence;
  private int start;
  private int end;
  private String speakerId;
  private boolean inTitle;
  private String speakerType;
  private String story;

  private QuoteBuilder(String text) {
    this.text = text;
    this.sentence = text;
    this.end = text.length();
  }

  /** A quote of the words {@code text} (without the marks). */
  public static QuoteBuilder quote(String text) {
    return new QuoteBuilder(text);
  }

  public QuoteBuilder article(String a) {
    this.article = a;
    return this;
  }

  /**
   * An explicitly attributed speaker: speaker and speaker mention both {@code name}, method
   * {@code explicit}, confidence 0.9 (change them after with the other setters).
   */
  public QuoteBuilder speaker(String name) {
    this.speaker = name;
    this.speakerMention = name;
    this.method = "explicit";
    this.confidence = 0.9;
    return this;
  }

  /** The speaker as the article names them, when it differs from the resolved one. */
  public QuoteBuilder speakerMention(String m) {
    this.speakerMention = m;
    return this;
  }

  public QuoteBuilder cue(String c) {
    this.cue = c;
    return this;
  }

  public QuoteBuilder method(String m) {
    this.method = m;
    return this;
  }

  public QuoteBuilder confidence(double c) {
    this.confidence = c;
    return this;
  }

  /** A fragment inside the author's own sentence. */
  public QuoteBuilder partial() {
    this.partial = true;
    return this;
  }

  /** An opening mark that never closes. */
  public QuoteBuilder unclosed() {
    this.unclosed = true;
    return this;
  }

  /** The sentence around the quote; the offsets become those of the text's first occurrence in it (0 if absent). */
  public QuoteBuilder sentence(String s) {
    this.sentence = s;
    this.start = Math.max(0, s.indexOf(text));
    this.end = start + text.length();
    return this;
  }

  /** Offsets in the article text (or the title, for a headline quote). */
  public QuoteBuilder span(int from, int to) {
    this.start = from;
    this.end = to;
    return this;
  }

  public QuoteBuilder speakerId(String id) {
    this.speakerId = id;
    return this;
  }

  /** A quotation of the headline. */
  public QuoteBuilder inTitle() {
    this.inTitle = true;
    return this;
  }

  public QuoteBuilder speakerType(String t) {
    this.speakerType = t;
    return this;
  }

  public QuoteBuilder story(String s) {
    this.story = s;
    return this;
  }

  public Quote build() {
    return new Quote(article, text, speaker, speakerMention, cue, method, confidence, partial, unclosed,
        sentence, start, end, speakerId, inTitle, speakerType, story);
  }
}
