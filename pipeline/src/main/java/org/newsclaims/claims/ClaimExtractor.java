package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsclaims.attribution.ArticleSpeakers;
import org.newsclaims.attribution.Speaker;
import org.newsclaims.attribution.SpeakerAttributor;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim.Qualifiers;
import org.newsclaims.model.Claim.Units;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.quotes.QuoteExtractor;
import org.newsclaims.text.FrenchDates.DateMention;
import org.newsclaims.text.FrenchDates.ResolvedDate;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.Span;
import org.newsclaims.text.SpanKind;
import org.newsclaims.text.Token;
import org.newsclaims.text.TokenStream;

/**
 * Extracts the numeric and date claims of one article.
 *
 * <p>The article is tokenised once ({@link FrenchNumberFormat#tokenize}); numbers
 * ({@link FrenchNumberFormat#scan}) and dates ({@link FrenchDates#find}) are found over the
 * tokens, then, sentence by sentence, small readers over the tokens around each number read
 * the claim: {@link AmountReader} (unit, qualifier, counted noun phrase, ranges, what is no
 * claim), {@link FrameReader} (event frame), {@link PeriodReader}, {@link TotalityReader}
 * (shares stated without a number: "repris entièrement", "quelques poches"),
 * {@link SentenceDates} and {@link ClaimSpeakers}. This class only sequences them.
 *
 * <p>Example: "ses troupes avaient repris au total plus de 1.100 km2 de territoire" gives
 * {@code text="plus de 1.100 km2", value=1100, low=1100, high=null, unit=km2,
 * qualifier=more_than, what="territoire", frame=retake, period=total}.
 *
 * <p>Output conventions: {@code value} is the stated number (null for ranges, vague amounts
 * and partial shares); {@code low}/{@code high} the interval the words allow (see
 * {@code qualifiers.txt}); {@code period} is {@code total} ("au total", "depuis août") or
 * {@code last:N:unit} ("au cours des cinq derniers jours" gives {@code last:5:day}) or null;
 * {@code entity} is the name of the nearest place mention of the sentence, else the article's
 * most mentioned place; {@code speaker}, {@code speakerMention} and {@code speakerType} come
 * from the shared attributor ({@link ClaimSpeakers}): the enclosing quote, reported speech
 * ("X a affirmé que", "ce dernier a assuré"), "selon la police", "de source officielle";
 * {@code speaker} is the normalised source ("police"), which the resolver may replace by an
 * entity's canonical name; {@code date} is the sentence's explicit date (not a "depuis" start), else the
 * publication date. Date claims have {@code unit=date}, the resolved ISO {@code date} and the
 * {@code weekday} as written, even when it contradicts the date.
 *
 * <p>Linear in the article length; immutable and thread-safe once built.
 */
public final class ClaimExtractor {

  private final FrenchDates dates;
  private final FrenchNumberFormat numbers;
  private final FrameReader frames;
  private final PeriodReader periods;
  private final AmountReader amounts;
  private final TotalityReader totality;
  private final SpeakerAttributor attributor;
  private final SubjectPronouns pronouns;

  private ClaimExtractor() {
    numbers = FrenchNumberFormat.fromResources();
    dates = FrenchDates.fromResources();
    UnitTable units = UnitTable.fromResources();
    NounPhraseReader nounPhrases = NounPhraseReader.fromResources(numbers, dates, units);
    frames = FrameReader.fromResources();
    periods = PeriodReader.fromResources(units);
    QualifierTable qualifiers = QualifierTable.fromResources();
    AgeReader ages = AgeReader.fromResources(qualifiers);
    amounts = AmountReader.fromResources(units, qualifiers, nounPhrases, ages);
    pronouns = SubjectPronouns.fromResources(ages);
    totality = TotalityReader.fromResources(nounPhrases);
    attributor = SpeakerAttributor.fromResources();
  }

  private static final class Holder {
    static final ClaimExtractor INSTANCE = new ClaimExtractor();
  }

  public static ClaimExtractor fromResources() {
    return Holder.INSTANCE;
  }

  // ================================================================ article level

  /** What one article offers every sentence. */
  private record ArticleContext(Article article, String text, List<Token> tokens,
      List<Quote> quotes, List<EntityMention> places, List<EntityMention> persons,
      List<EntityMention> speakers, String topPlace, TreeMap<Integer, ResolvedDate> datesByToken,
      ArticleSpeakers sources) {}

  /**
   * @param article the normalised article
   * @param quotes its quotations (a claim inside a quote takes the quote's speaker)
   * @param mentions its entity mentions (a claim is about the place or organisation nearby)
   */
  public List<Claim> extract(Article article, List<Quote> quotes, List<EntityMention> mentions) {
    String text = article.text();
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return extract(article, quotes, mentions, attributor.forArticle(text,
        QuoteExtractor.quotedStretches(text), mentions == null ? List.of() : mentions));
  }

  /**
   * The same, with the article's speaker evidence already read (shared with its quotes).
   *
   * @param sources {@link SpeakerAttributor#forArticle} of the article's text
   */
  public List<Claim> extract(Article article, List<Quote> quotes, List<EntityMention> mentions,
      ArticleSpeakers sources) {
    return extract(article, quotes, mentions, sources, TokenStream.of(article.text()));
  }

  /**
   * The same, reading the tokens and sentences of the article's shared stream.
   *
   * @param stream {@link TokenStream#of} the article's text
   */
  public List<Claim> extract(Article article, List<Quote> quotes, List<EntityMention> mentions,
      ArticleSpeakers sources, TokenStream stream) {
    String text = article.text();
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Token> tokens = stream.tokens();
    List<DateMention> found = dates.find(text, tokens, 0, tokens.size());
    TreeMap<Integer, ResolvedDate> byToken = new TreeMap<>();
    for (ResolvedDate r : dates.resolve(found, article.published())) {
      byToken.put(r.mention().fromToken(), r);
    }
    List<EntityMention> places = new ArrayList<>();
    List<EntityMention> persons = new ArrayList<>();
    List<EntityMention> speakers = new ArrayList<>();
    Map<String, Integer> placeCounts = new TreeMap<>();
    for (EntityMention m : mentions == null ? List.<EntityMention>of() : mentions) {
      if (EntityMention.PLACE.equals(m.type())) {
        places.add(m);
        placeCounts.merge(m.name(), 1, Integer::sum);
      } else {
        speakers.add(m);
        if (EntityMention.PERSON.equals(m.type())) {
          persons.add(m);
        }
      }
    }
    Comparator<EntityMention> byStart = Comparator.comparingInt(EntityMention::start);
    places.sort(byStart);
    persons.sort(byStart);
    speakers.sort(byStart);
    String topPlace = null;
    int best = 0;
    for (Map.Entry<String, Integer> e : placeCounts.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        topPlace = e.getKey();
      }
    }
    ArticleContext ctx = new ArticleContext(article, text, tokens,
        quotes == null ? List.of() : quotes, places, persons, speakers, topPlace, byToken,
        sources);
    List<Claim> out = new ArrayList<>();
    RunningCurrency currency = new RunningCurrency();
    int ti = 0;
    ClaimSentence previous = null;
    for (Span s : stream.sentences()) {
      while (ti < tokens.size() && tokens.get(ti).start() < s.start()) {
        ti++;
      }
      int te = ti;
      while (te < tokens.size() && tokens.get(te).end() <= s.end()) {
        te++;
      }
      if (te > ti) {
        SentenceReader reader = new SentenceReader(ctx, s, ti, te, currency, previous);
        reader.read(out);
        previous = reader.s;
        currency.nextSentence();
      }
      ti = te;
    }
    return out;
  }

  /**
   * Infers the publication date from the text when the article has none: the latest date
   * stated with a day (year inferred as in {@link FrenchDates#resolve}); ISO string or null.
   * Months alone ("en août 2024") are not used: they usually recall the past, so they would
   * date the article too early.
   */
  public String inferPublicationDate(Article article) {
    if (article.published() != null && !article.published().isBlank()) {
      return article.published();
    }
    if (article.text() == null) {
      return null;
    }
    List<DateMention> found = dates.find(article.text());
    String bestDay = null;
    for (ResolvedDate r : dates.resolve(found, null)) {
      String iso = r.iso();
      if (iso == null || iso.contains("W")) {
        continue;
      }
      if (iso.length() == 10 && (bestDay == null || iso.compareTo(bestDay) > 0)) {
        bestDay = iso;
      }
    }
    return bestDay;
  }

  // ================================================================ sentence level

  /**
   * The currency of the article's latest amount, while it is at most {@value RunningCurrency#CURRENCY_SENTENCES}
   * sentences back: a bare «2,55 milliards» after it is in that currency ({@link AmountReader}).
   */
  private static final class RunningCurrency {
    private static final int CURRENCY_SENTENCES = 3;
    private String unit;
    private int age;

    String current() {
      return unit != null && age <= CURRENCY_SENTENCES ? unit : null;
    }

    void saw(String claimUnit) {
      if (claimUnit != null && claimUnit.startsWith("currency:")) {
        unit = claimUnit;
        age = 0;
      }
    }

    void nextSentence() {
      age++;
    }
  }

  /** Reads the claims of one sentence; lives for one sentence only. */
  private final class SentenceReader {
    private final ArticleContext ctx;
    private final ClaimSentence s;
    /** The sentence before, whose subject a pronoun may stand for; null for the first. */
    private final ClaimSentence previous;
    private final Set<Integer> blocked = new HashSet<>(); // tokens that cannot be claims
    private final SentenceDates sentenceDates;
    private final FrameReader.Frames sentenceFrames;
    private final ClaimSpeakers.Finder speakerFinder;
    private List<EntityMention> sentencePlaces;
    private String period;

    private final RunningCurrency currency;

    SentenceReader(ArticleContext ctx, Span sentence, int ts, int te, RunningCurrency currency,
        ClaimSentence previous) {
      this.ctx = ctx;
      this.previous = previous;
      this.currency = currency;
      this.s = new ClaimSentence(ctx.text(), ctx.tokens(), sentence, ts, te);
      this.sentenceDates = new SentenceDates(s, ctx.datesByToken(), blocked);
      this.sentenceFrames = frames.find(s);
      this.speakerFinder = ClaimSpeakers.in(s, ctx.quotes(), ctx.sources());
    }

    void read(List<Claim> out) {
      List<NumberSpan> spans = numbers.scan(s.tk, s.ts, s.te);
      period = periods.read(s, spans, sentenceDates, blocked);
      List<Claim> mine = new ArrayList<>();
      Claim previousClaim = null;
      ClaimReading previousCount = null;
      for (int n = 0; n < spans.size(); n++) {
        NumberSpan sp = spans.get(n);
        if (isBlocked(sp) || n > 0 && isHalfOfPrevious(spans.get(n - 1), sp)) {
          continue;
        }
        NumberSpan next = n + 1 < spans.size() ? spans.get(n + 1) : null;
        ClaimReading r = amounts.read(s, sp, next, currency.current(), previousCount);
        // only the count of the number just before gives its noun to a bare one («5, 7, 9 et 12 ans» do not)
        previousCount = r != null && Units.COUNT.equals(r.unit()) && r.whatFrom() >= 0 ? r : null;
        if (r == null) {
          continue;
        }
        currency.saw(r.unit());
        if (r.to() > sp.toToken() && next != null && r.to() >= next.toToken()) {
          n++; // the range consumed the next number
        }
        Claim c = toClaim(r, previousClaim);
        if (c != null) {
          mine.add(c);
          previousClaim = c;
        }
      }
      for (TotalityReader.Share sh : totality.read(s, sentenceFrames,
          () -> !sentencePlaces().isEmpty())) {
        mine.add(build(sh.from(), sh.to(), sh.value(), sh.low(), sh.high(), Units.PERCENT,
            sh.qualifier(), sh.what(), sh.frame(), period, null));
      }
      for (ResolvedDate d : sentenceDates.all()) {
        mine.add(dateClaim(d));
      }
      for (ClockReader.Clock t : ClockReader.read(s)) {
        mine.add(build(t.from(), t.to(), t.hours(), t.low(), t.high(), Units.TIME, Qualifiers.EXACT, null,
            null, period, null));
      }
      mine.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
      out.addAll(mine);
    }

    /**
     * «2 ans et demi», «six ans et quart»: a one-word fraction after «et» that closes the
     * quantity before it (its number and at most two unit words) is part of that quantity,
     * never a share of its own, even where that quantity gives no claim (an unnamed person's
     * age, a period blocked as the sentence's time span).
     */
    private boolean isHalfOfPrevious(NumberSpan previous, NumberSpan sp) {
      int et = sp.fromToken() - 1;
      if (sp.kind() != SpanKind.FRACTION || sp.toToken() != sp.fromToken() + 1 || et <= s.ts
          || !s.at(et).is("et")) {
        return false;
      }
      int gap = et - previous.toToken();
      if (gap < 1 || gap > 2) {
        return false;
      }
      for (int k = previous.toToken(); k < et; k++) {
        if (!s.at(k).isWord()) {
          return false;
        }
      }
      return true;
    }

    private boolean isBlocked(NumberSpan sp) {
      for (int k = sp.fromToken(); k < sp.toToken(); k++) {
        if (blocked.contains(k)) {
          return true;
        }
      }
      return false;
    }

    /** The claim of a reading, or null for the age of a pronoun standing for nobody known. */
    private Claim toClaim(ClaimReading r, Claim previousClaim) {
      String frame = sentenceFrames.frameFor(r.from(), r.to(), r.whatFrom(), r.whatTo());
      String what = r.what();
      if (Units.AGE.equals(r.unit()) && r.whatFrom() >= 0 && r.whatTo() == r.whatFrom() + 1
          && SubjectPronouns.isPronoun(s.at(r.whatFrom()))) {
        what = pronouns.person(s, r.whatFrom(), ctx.sources()); // «Aujourd'hui âgée de 46 ans, elle …»
        if (what == null) {
          return null;
        }
      } else if (Units.AGE.equals(r.unit()) && r.whatFrom() >= 0) {
        String named = pronouns.personNamed(s, r.whatFrom(), r.whatTo(), ctx.sources()); // «cette femme de 46 ans»
        what = named != null ? named : what;
      } else if (what == null && amounts.isDuration(r.unit())) {
        what = pronouns.thingLasting(s, r.from(), r.to(), previous); // «Pendant une heure, il a …»
      }
      if (r.restates() && previousClaim != null) {
        frame = previousClaim.frame() != null ? previousClaim.frame() : frame;
        what = what != null ? what : previousClaim.what();
      }
      return build(r.from(), r.to(), r.value(), r.low(), r.high(), r.unit(), r.qualifier(), what,
          frame, period, null);
    }

    private Claim build(int from, int to, Double value, Double low, Double high, String unit,
        String qualifier, String what, String frame, String claimPeriod, String weekday) {
      int start = s.at(from).start();
      int end = s.at(to - 1).end();
      Speaker source = speakerFinder.speakerFor(start, end);
      return new Claim(ctx.article().article(), ctx.text().substring(start, end), tidy(value),
          tidy(low), tidy(high), unit, qualifier, what, frame, claimPeriod, entityFor(start),
          source.name(), source.mention(),
          sentenceDates.dateFor(start, ctx.article().published()), weekday, s.sentenceText,
          start, end).withSpeakerType(source.name() == null ? null : source.type());
    }

    private Claim dateClaim(ResolvedDate d) {
      DateMention m = d.mention();
      // a date dates the event the sentence names ("lors d'une visite ... a exprimé mercredi"),
      // before any other frame nearer to it
      String frame = sentenceFrames.nearestEvent(m.fromToken());
      if (frame == null) {
        frame = sentenceFrames.nearest(m.fromToken(), s.ts, s.te);
      }
      int start = m.start();
      int end = m.end();
      Speaker source = speakerFinder.speakerFor(start, end);
      return new Claim(ctx.article().article(), m.text(), null, null, null, Units.DATE,
          Qualifiers.EXACT, null, frame, null, entityFor(start), source.name(),
          source.mention(), d.iso(), m.weekday(), s.sentenceText, start, end)
          .withSpeakerType(source.name() == null ? null : source.type());
    }

    /** The name of the place mention of the sentence nearest the claim, else the article's. */
    private String entityFor(int start) {
      EntityMention best = null;
      int bestDist = Integer.MAX_VALUE;
      for (EntityMention m : sentencePlaces()) {
        int d = m.start() >= start ? m.start() - start : start - m.end();
        if (d < bestDist) {
          bestDist = d;
          best = m;
        }
      }
      return best != null ? best.name() : ctx.topPlace();
    }

    /** The place mentions inside this sentence (binary search in the sorted list). */
    private List<EntityMention> sentencePlaces() {
      if (sentencePlaces == null) {
        List<EntityMention> all = ctx.places();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (all.get(mid).start() < s.span.start()) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        sentencePlaces = new ArrayList<>();
        for (int k = lo; k < all.size() && all.get(k).start() < s.span.end(); k++) {
          if (all.get(k).end() <= s.span.end()) {
            sentencePlaces.add(all.get(k));
          }
        }
      }
      return sentencePlaces;
    }
  }

  /**
   * Rounds away floating-point noise (27.500000000000004 -> 27.5) at 15 significant digits, so a
   * stated figure keeps all its decimals (9,2321312 % stays 9.2321312); keeps null.
   */
  private static final double[] TIDY_SCALES = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

  private static Double tidy(Double v) {
    if (v == null || v.isNaN() || v.isInfinite()) {
      return v;
    }
    double d = v;
    if (d != 0 && Math.abs(d) < 1e11) {
      // the usual figures (1200, 27.5, 3.25): v is the double nearest to m / 10^k, a decimal
      // of at most 15 digits, which is what rounding at 15 significant digits gives back, so
      // the BigDecimal (slow) is not needed
      for (double p : TIDY_SCALES) {
        double m = Math.rint(d * p);
        if (Math.abs(m) < 1e15 && m / p == d) {
          return v;
        }
      }
    }
    double scaled = new java.math.BigDecimal(v).round(new java.math.MathContext(15)).doubleValue();
    return Math.abs(v) >= 1e11 ? v : scaled;
  }
}
