package org.newsclaims.model;

/**
 * Builds a {@link Claim} for a test by naming its fields instead of passing 22 of them in order.
 * Defaults: article {@code a.txt}, an exact count without value, the sentence is the text itself
 * (offsets 0 to its length), every other field null.
 *
 * <pre>{@code
 * Claim c = ClaimBuilder.claim("12 morts").value(12).what("morts").frame("casualties")
 *     .sentence("Le bilan fait état de 12 morts.").build();
 * }</pre>
 */
public final class ClaimBuilder {

  private String article = "a.txt";
  private final String text;
  private Double value;
  private Double low;
  private Double high;
  private String unit = Claim.Units.COUNT;
  private String qualifier = "exact";
  private String what;
  private String frame;
  private String period;
  private String entity;
  private String speaker;
  private String speakerMention;
  private String date;
  private String weekday;
  private String sentence;
  private int start;
  private int end;
  private String published;
  private String story;
  private String event;
  private String origin;

  private ClaimBuilder(String text) {
    this.text = text;
    this.sentence = text;
    this.end = text.length();
  }

  /** A claim whose surface text is {@code text}. */
  public static ClaimBuilder claim(String text) {
    return new ClaimBuilder(text);
  }

  public ClaimBuilder article(String a) {
    this.article = a;
    return this;
  }

  /** An exact figure: value, low and high all {@code v} (change the bounds after with {@link #low}/{@link #high}). */
  public ClaimBuilder value(double v) {
    this.value = v;
    this.low = v;
    this.high = v;
    return this;
  }

  /** Value, low and high as given (null = absent or unbounded). */
  public ClaimBuilder values(Double v, Double lo, Double hi) {
    this.value = v;
    this.low = lo;
    this.high = hi;
    return this;
  }

  public ClaimBuilder low(Double lo) {
    this.low = lo;
    return this;
  }

  public ClaimBuilder high(Double hi) {
    this.high = hi;
    return this;
  }

  public ClaimBuilder unit(String u) {
    this.unit = u;
    return this;
  }

  public ClaimBuilder qualifier(String q) {
    this.qualifier = q;
    return this;
  }

  public ClaimBuilder what(String w) {
    this.what = w;
    return this;
  }

  public ClaimBuilder frame(String f) {
    this.frame = f;
    return this;
  }

  public ClaimBuilder period(String p) {
    this.period = p;
    return this;
  }

  public ClaimBuilder entity(String e) {
    this.entity = e;
    return this;
  }

  /** The resolved speaker. */
  public ClaimBuilder speaker(String s) {
    this.speaker = s;
    return this;
  }

  /** The speaker as the article names them. */
  public ClaimBuilder speakerMention(String s) {
    this.speakerMention = s;
    return this;
  }

  /** A date claim's ISO date, or the date a figure refers to. */
  public ClaimBuilder date(String d) {
    this.date = d;
    return this;
  }

  public ClaimBuilder weekday(String w) {
    this.weekday = w;
    return this;
  }

  /** The sentence around the claim; the offsets become those of the text's first occurrence in it (0 if absent). */
  public ClaimBuilder sentence(String s) {
    this.sentence = s;
    this.start = Math.max(0, s.indexOf(text));
    this.end = start + text.length();
    return this;
  }

  /** Offsets in the article text. */
  public ClaimBuilder span(int from, int to) {
    this.start = from;
    this.end = to;
    return this;
  }

  public ClaimBuilder published(String p) {
    this.published = p;
    return this;
  }

  public ClaimBuilder story(String s, String e, String o) {
    this.story = s;
    this.event = e;
    this.origin = o;
    return this;
  }

  public Claim build() {
    return new Claim(article, text, value, low, high, unit, qualifier, what, frame, period, entity, speaker,
        speakerMention, date, weekday, sentence, start, end, published, story, event, origin);
  }
}
