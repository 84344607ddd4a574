package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/**
 * One numeric (or date) claim stated in an article.
 *
 * <p>Example: "plus de 86% de la zone" gives {@code value=86, low=86, high=100,
 * unit="percent", qualifier="more_than", what="zone précédemment occupée"}.
 *
 * @param article input file name of the article
 * @param text the surface form as written, e.g. {@code plus de 86%}
 * @param value the stated number (null for vague amounts such as "plusieurs centaines")
 * @param low lower bound of the interval the claim allows (null if unbounded)
 * @param high upper bound of the interval the claim allows (null if unbounded)
 * @param unit one of {@link Units} (closed set, see docs/output-format.md)
 * @param qualifier one of {@link Qualifiers}
 * @param what what is counted or measured ("soldats ukrainiens", "territoire")
 * @param frame the event class the claim belongs to ({@code retake}, {@code capture},
 *     {@code ceasefire}, ...) from the frame lexicon, or null
 * @param period the span the amount covers when the text states one ("5 derniers jours",
 *     "total"), or null
 * @param entity entity id the claim is about (after resolution; before it, the mention)
 * @param speaker the source of the figure, normalised so that sources compare across outlets:
 *     a person's canonical name, or an organisation or unnamed source without its determiner
 *     and with common nouns in lower case ("police", "organisateurs", "autorités chinoises",
 *     "source officielle", "CGT"); null when the outlet itself states it
 * @param speakerMention the source as written in the article ("la police", "selon un bilan
 *     provisoire" gives "un bilan provisoire"), or null
 * @param date ISO date the claim refers to (or for {@code unit=date}, the date stated), null
 *     when unknown
 * @param weekday for {@code unit=date}: the weekday the text names ({@code mercredi}) or null
 * @param sentence the sentence that holds the claim (evidence)
 * @param start start offset in {@link Article#text()}
 * @param end end offset (exclusive)
 * @param published the article's publication date: when the source stated the claim (the
 *     "as of" date that orders changing figures), or null when unknown
 * @param story the article's story id (see stories.jsonl), or null
 * @param event the article's event id within the story, or null
 * @param origin the article's wire-copy origin (see {@link Article#origin()}), or null
 * @param speakerType {@code person}, {@code organisation}, {@code anonymous},
 *     {@code collective}, or null when {@code speaker} is null
 */
@JsonPropertyOrder({
  "article", "text", "value", "low", "high", "unit", "qualifier", "what", "frame", "period",
  "entity", "speaker", "speakerMention", "date", "published", "weekday", "sentence", "start", "end",
  "story", "event", "origin", "speakerType"
})
public record Claim(
    String article,
    String text,
    Double value,
    Double low,
    Double high,
    String unit,
    String qualifier,
    String what,
    String frame,
    String period,
    String entity,
    String speaker,
    String speakerMention,
    String date,
    String weekday,
    String sentence,
    int start,
    int end,
    String published,
    String story,
    String event,
    String origin,
    String speakerType) {

  /** A claim without its source's type (tests, or no source found). */
  public Claim(String article, String text, Double value, Double low, Double high, String unit,
      String qualifier, String what, String frame, String period, String entity, String speaker,
      String speakerMention, String date, String weekday, String sentence, int start, int end,
      String published, String story, String event, String origin) {
    this(article, text, value, low, high, unit, qualifier, what, frame, period, entity, speaker,
        speakerMention, date, weekday, sentence, start, end, published, story, event, origin,
        null);
  }

  /** A claim whose article's publication date is not known yet (the pipeline adds it). */
  public Claim(String article, String text, Double value, Double low, Double high, String unit,
      String qualifier, String what, String frame, String period, String entity, String speaker,
      String speakerMention, String date, String weekday, String sentence, int start, int end) {
    this(article, text, value, low, high, unit, qualifier, what, frame, period, entity, speaker,
        speakerMention, date, weekday, sentence, start, end, null, null, null, null);
  }

  /** A claim without its article's story (the pipeline adds it). */
  public Claim(String article, String text, Double value, Double low, Double high, String unit,
      String qualifier, String what, String frame, String period, String entity, String speaker,
      String speakerMention, String date, String weekday, String sentence, int start, int end, String published) {
    this(article, text, value, low, high, unit, qualifier, what, frame, period, entity, speaker,
        speakerMention, date, weekday, sentence, start, end, published, null, null, null);
  }

  /** The claim placed in its article's story, event and origin. */
  public Claim withStory(String newStory, String newEvent, String newOrigin) {
    return new Claim(article, text, value, low, high, unit, qualifier, what, frame, period,
        entity, speaker, speakerMention, date, weekday, sentence, start, end, published, newStory, newEvent, newOrigin, speakerType);
  }

  public Claim withPublished(String newPublished) {
    return new Claim(article, text, value, low, high, unit, qualifier, what, frame, period,
        entity, speaker, speakerMention, date, weekday, sentence, start, end, newPublished, story, event, origin, speakerType);
  }

  public Claim withEntity(String newEntity) {
    return new Claim(article, text, value, low, high, unit, qualifier, what, frame, period,
        newEntity, speaker, speakerMention, date, weekday, sentence, start, end, published, story, event, origin,
        speakerType);
  }

  public Claim withSpeaker(String newSpeaker) {
    return new Claim(article, text, value, low, high, unit, qualifier, what, frame, period,
        entity, newSpeaker, speakerMention, date, weekday, sentence, start, end, published, story, event, origin,
        speakerType);
  }

  public Claim withDate(String newDate) {
    return new Claim(article, text, value, low, high, unit, qualifier, what, frame, period,
        entity, speaker, speakerMention, newDate, weekday, sentence, start, end, published, story, event, origin,
        speakerType);
  }

  /** The claim with its source's type ({@code person}, {@code organisation}, …). */
  public Claim withSpeakerType(String newSpeakerType) {
    return new Claim(article, text, value, low, high, unit, qualifier, what, frame, period,
        entity, speaker, speakerMention, date, weekday, sentence, start, end, published, story,
        event, origin, newSpeakerType);
  }

  /** The closed set of units (documented in docs/output-format.md). */
  public static final class Units {
    public static final String PERCENT = "percent";
    public static final String KM2 = "km2";
    public static final String KM = "km";
    public static final String M = "m";
    public static final String HECTARE = "hectare";
    public static final String COUNT = "count";
    public static final String MINUTE = "minute";
    public static final String HOUR = "hour";
    public static final String DAY = "day";
    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String YEAR = "year";
    public static final String DATE = "date";
    /** a time of day, in hours after midnight: «20h08» is 20.133, its bounds the minute written */
    public static final String TIME = "time";
    /** a person's age in years: «Ingrid Betancourt, 46 ans» (what = the person) */
    public static final String AGE = "age";
    public static final String EUR = "currency:EUR";
    public static final String USD = "currency:USD";
    public static final String GBP = "currency:GBP";
    public static final String CHF = "currency:CHF";
    public static final String TONNE = "tonne";
    public static final String KG = "kg";
    /** degrees Celsius: "42 degrés", "42 °C" */
    public static final String CELSIUS = "celsius";

    private Units() {}

    /** A {@link #TIME} value (hours after midnight) as {@code 20:08}, to the nearest minute. */
    public static String clock(double hours) {
      long minutes = Math.round(hours * 60);
      return String.format(Locale.ROOT, "%02d:%02d", minutes / 60 % 24, minutes % 60);
    }
  }

  /** The closed set of qualifiers (documented in docs/output-format.md). */
  public static final class Qualifiers {
    public static final String EXACT = "exact";
    public static final String MORE_THAN = "more_than";
    public static final String LESS_THAN = "less_than";
    public static final String AT_LEAST = "at_least";
    public static final String AT_MOST = "at_most";
    public static final String ABOUT = "about";
    public static final String RANGE = "range";
    public static final String VAGUE = "vague";
    public static final String TOTAL = "total";

    private Qualifiers() {}
  }
}
