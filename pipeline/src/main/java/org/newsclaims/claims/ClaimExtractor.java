package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Claim.Qualifiers;
import org.newsclaims.model.Claim.Units;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchDates.DateMention;
import org.newsclaims.text.FrenchDates.ResolvedDate;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.FrenchNumberFormat.NumberSpan;
import org.newsclaims.text.FrenchNumberFormat.SpanKind;
import org.newsclaims.text.FrenchNumberFormat.Token;
import org.newsclaims.text.SentenceSplitter;
import org.newsclaims.text.Span;

/**
 * Extracts the numeric and date claims of one article.
 *
 * <p>Each sentence is tokenised ({@link FrenchNumberFormat#tokenize}); numbers
 * ({@link FrenchNumberFormat#scan}) and dates ({@link FrenchDates#find}) are found over the
 * tokens, then small patterns over the tokens around each number read its qualifier
 * ({@code qualifiers.txt}), unit ({@code units.txt}), counted noun phrase
 * ({@code noun-phrase.txt}), event frame ({@code frames.txt}), period and speaker
 * ({@code speech.txt}). Words stating a share without a number ("repris entièrement",
 * "quelques poches") come from {@code totality.txt}.
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
 * most mentioned place; {@code speakerMention} comes from the enclosing quote, reported speech
 * ("X a affirmé que", "ce dernier a assuré") or "selon X"; {@code speaker} stays null for the
 * resolver; {@code date} is the sentence's explicit date (not a "depuis" start), else the
 * publication date. Date claims have {@code unit=date}, the resolved ISO {@code date} and the
 * {@code weekday} as written, even when it contradicts the date.
 *
 * <p>Linear in the article length; immutable and thread-safe once built.
 */
public final class ClaimExtractor {

  private record UnitRow(String[] tokens, String unit, double multiplier) {}

  private record QualifierRow(String[] tokens, String qualifier, double lowFactor,
      Double highFactor) {}

  private record FrameCue(String[] tokens, String label) {}

  private record TotalityRow(String[] tokens, boolean adverb, String qualifier, double low,
      double high) {}

  /** A number claim under construction: token range and readings. */
  private record Reading(int from, int to, Double value, Double low, Double high, String unit,
      String qualifier, int whatFrom, int whatTo, String what, boolean restates) {}

  private final FrenchNumberFormat numbers;
  private final FrenchDates dates;
  private final List<UnitRow> units;
  private final List<QualifierRow> before;
  private final List<QualifierRow> after;
  private final List<FrameCue> frames;
  private final Set<String> eventFrames;
  private final List<TotalityRow> totality;
  private final List<String[]> actions;
  private final Set<String> zones;
  private final Set<String> blocks;
  private final Set<String> stop;
  private final List<String> adjSuffixes;
  private final Set<String> notBefore;
  private final Set<String> ageCues;
  private final Set<String> notCounted;
  private final List<String[]> timeCues;
  private final List<String[]> periodCues;
  /** Speech verbs, whole ("fait savoir": "fait" alone is no verb of saying). */
  private final List<String[]> speechVerbs;
  private final Set<String> speechVerbFirsts;
  private final List<String[]> pronouns;
  private final List<String[]> according;
  // the lists above indexed by the word their phrases start (or end) with: one lookup per token
  private final PhraseIndex unitIndex;
  private final PhraseIndex beforeIndex;
  private final PhraseIndex afterIndex;
  private final PhraseIndex frameIndex;
  private final PhraseIndex totalityIndex;
  private final PhraseIndex actionIndex;
  private final PhraseIndex periodIndex;
  private final PhraseIndex accordingIndex;

  private ClaimExtractor() {
    numbers = FrenchNumberFormat.fromResources();
    dates = FrenchDates.fromResources();
    List<UnitRow> u = new ArrayList<>();
    for (String[] r : table("units.txt")) {
      u.add(new UnitRow(r[0].split(" "), r[1], r.length > 2 ? Double.parseDouble(r[2]) : 1));
    }
    u.sort(Comparator.comparingInt((UnitRow r) -> -r.tokens().length));
    units = List.copyOf(u);
    List<QualifierRow> b = new ArrayList<>();
    List<QualifierRow> a = new ArrayList<>();
    for (String[] r : table("qualifiers.txt")) {
      QualifierRow q = new QualifierRow(r[0].split(" "), r[2], Double.parseDouble(r[3]),
          r[4].equals("inf") ? null : Double.parseDouble(r[4]));
      (r[1].equals("after") ? a : b).add(q);
    }
    b.sort(Comparator.comparingInt((QualifierRow r) -> -r.tokens().length));
    a.sort(Comparator.comparingInt((QualifierRow r) -> -r.tokens().length));
    before = List.copyOf(b);
    after = List.copyOf(a);
    List<FrameCue> f = new ArrayList<>();
    for (String[] r : table("frames.txt")) {
      f.add(new FrameCue(r[1].split(" "), r[0]));
    }
    f.sort(Comparator.comparingInt((FrameCue r) -> -r.tokens().length));
    frames = List.copyOf(f);
    Set<String> events = new java.util.HashSet<>();
    for (String[] r : table("event-frames.txt")) {
      events.add(r[0]);
    }
    eventFrames = Set.copyOf(events);
    List<TotalityRow> t = new ArrayList<>();
    List<String[]> act = new ArrayList<>();
    Set<String> z = new HashSet<>();
    Set<String> bl = new HashSet<>();
    for (String[] r : table("totality.txt")) {
      switch (r[0]) {
        case "phrase" -> t.add(new TotalityRow(r[1].split(" "), r[2].equals("adverb"), r[3],
            Double.parseDouble(r[4]), Double.parseDouble(r[5])));
        case "action" -> act.add(r[1].split(" "));
        case "zone" -> z.add(r[1]);
        case "block" -> bl.add(r[1]);
        default -> throw new IllegalStateException("totality.txt: unknown type " + r[0]);
      }
    }
    t.sort(Comparator.comparingInt((TotalityRow r) -> -r.tokens().length));
    totality = List.copyOf(t);
    actions = List.copyOf(act);
    zones = Set.copyOf(z);
    blocks = Set.copyOf(bl);
    Set<String> st = new HashSet<>();
    List<String> suf = new ArrayList<>();
    Set<String> nb = new HashSet<>();
    Set<String> ag = new HashSet<>();
    Set<String> nc = new HashSet<>();
    List<String[]> tc = new ArrayList<>();
    List<String[]> pc = new ArrayList<>();
    for (String[] r : table("noun-phrase.txt")) {
      switch (r[0]) {
        case "stop" -> st.add(r[1]);
        case "adjsuffix" -> suf.add(r[1]);
        case "notbefore" -> nb.add(r[1]);
        case "agecue" -> ag.add(r[1]);
        case "notcount" -> nc.add(r[1]);
        case "timecue" -> tc.add(r[1].split(" "));
        case "periodcue" -> {
          String[] words = r[1].split(" ");
          String[] entry = java.util.Arrays.copyOf(words, words.length + 1);
          entry[words.length] = r[2]; // last cell: the label
          pc.add(entry);
        }
        default -> throw new IllegalStateException("noun-phrase.txt: unknown type " + r[0]);
      }
    }
    stop = Set.copyOf(st);
    adjSuffixes = List.copyOf(suf);
    notBefore = Set.copyOf(nb);
    ageCues = Set.copyOf(ag);
    notCounted = Set.copyOf(nc);
    timeCues = List.copyOf(tc);
    periodCues = List.copyOf(pc);
    List<String[]> sv = new ArrayList<>();
    List<String[]> pr = new ArrayList<>();
    List<String[]> acc = new ArrayList<>();
    for (String[] r : table("speech.txt")) {
      switch (r[0]) {
        case "verb", "present" -> sv.add(r[1].split(" "));
        case "pronoun" -> pr.add(r[1].split(" "));
        case "according" -> acc.add(r[1].split(" "));
        default -> throw new IllegalStateException("speech.txt: unknown type " + r[0]);
      }
    }
    speechVerbs = List.copyOf(sv);
    Set<String> firsts = new HashSet<>();
    sv.forEach(v -> firsts.add(v[0]));
    speechVerbFirsts = Set.copyOf(firsts);
    pronouns = List.copyOf(pr);
    according = List.copyOf(acc);
    unitIndex = PhraseIndex.first(units.stream().map(UnitRow::tokens).toList(), false);
    beforeIndex = PhraseIndex.last(before.stream().map(QualifierRow::tokens).toList());
    afterIndex = PhraseIndex.first(after.stream().map(QualifierRow::tokens).toList(), false);
    frameIndex = PhraseIndex.first(frames.stream().map(FrameCue::tokens).toList(), true);
    totalityIndex = PhraseIndex.first(totality.stream().map(TotalityRow::tokens).toList(), false);
    actionIndex = PhraseIndex.first(actions, true);
    periodIndex = PhraseIndex.first(periodCues.stream()
        .map(row -> java.util.Arrays.copyOf(row, row.length - 1)).toList(), false); // label cut off
    accordingIndex = PhraseIndex.first(according, false);
  }

  private static List<String[]> table(String name) {
    return FrenchNumberFormat.readTable(ClaimExtractor.class, name);
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
      List<EntityMention> speakers, String topPlace, TreeMap<Integer, ResolvedDate> datesByToken) {}

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
    List<Token> tokens = FrenchNumberFormat.tokenize(text);
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
        quotes == null ? List.of() : quotes, places, persons, speakers, topPlace, byToken);
    List<Claim> out = new ArrayList<>();
    int ti = 0;
    for (Span s : SentenceSplitter.split(text)) {
      while (ti < tokens.size() && tokens.get(ti).start() < s.start()) {
        ti++;
      }
      int te = ti;
      while (te < tokens.size() && tokens.get(te).end() <= s.end()) {
        te++;
      }
      if (te > ti) {
        new SentenceReader(ctx, s, ti, te).read(out);
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

  /** Reads the claims of one sentence; lives for one sentence only. */
  private final class SentenceReader {
    private final ArticleContext ctx;
    private final Span sentence;
    private final int ts;
    private final int te;
    private final List<Token> tk;
    private final String sentenceText;
    private final Set<Integer> blocked = new HashSet<>(); // tokens that cannot be claims
    private final List<int[]> frameHits = new ArrayList<>(); // {tokenIndex, frameIndex}
    private final List<ResolvedDate> sentenceDates = new ArrayList<>();
    private List<int[]> accordingHits; // {tokenIndex, row}, found once per sentence
    private List<EntityMention> sentencePlaces;
    private String period;

    SentenceReader(ArticleContext ctx, Span sentence, int ts, int te) {
      this.ctx = ctx;
      this.sentence = sentence;
      this.ts = ts;
      this.te = te;
      this.tk = ctx.tokens();
      this.sentenceText = sentence.of(ctx.text());
    }

    void read(List<Claim> out) {
      for (ResolvedDate r : ctx.datesByToken().subMap(ts, te).values()) {
        DateMention m = r.mention();
        if (m.fromToken() >= ts && m.toToken() <= te) {
          sentenceDates.add(r);
          for (int k = m.fromToken(); k < m.toToken(); k++) {
            blocked.add(k);
          }
        }
      }
      findFrames();
      List<NumberSpan> spans = numbers.scan(tk, ts, te);
      findPeriod(spans);
      List<Claim> mine = new ArrayList<>();
      Claim previousClaim = null;
      for (int n = 0; n < spans.size(); n++) {
        NumberSpan sp = spans.get(n);
        if (isBlocked(sp)) {
          continue;
        }
        NumberSpan next = n + 1 < spans.size() ? spans.get(n + 1) : null;
        Reading r = read(sp, next);
        if (r == null) {
          continue;
        }
        if (r.to() > sp.toToken() && next != null && r.to() >= next.toToken()) {
          n++; // the range consumed the next number
        }
        Claim c = toClaim(r, previousClaim);
        mine.add(c);
        previousClaim = c;
      }
      readTotality(mine);
      for (ResolvedDate d : sentenceDates) {
        mine.add(dateClaim(d));
      }
      mine.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
      out.addAll(mine);
    }

    private boolean isBlocked(NumberSpan sp) {
      for (int k = sp.fromToken(); k < sp.toToken(); k++) {
        if (blocked.contains(k)) {
          return true;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- frames and periods

    private void findFrames() {
      for (int i = ts; i < te; i++) {
        int f = frameIndex.at(tk, i, ts, te);
        if (f >= 0) {
          frameHits.add(new int[] {i, f});
        }
      }
    }

    private boolean matchAt(String[] words, int i) {
      return matchAt(words, words.length, i);
    }

    /** True when the first {@code n} of {@code words} are the tokens at {@code i}. */
    private boolean matchAt(String[] words, int n, int i) {
      if (i < ts || i + n > te) {
        return false;
      }
      for (int w = 0; w < n; w++) {
        if (!tk.get(i + w).is(words[w])) {
          return false;
        }
      }
      return true;
    }

    /** The frame nearest the claim: in its noun phrase, then its clause, then the sentence. */
    private String frameFor(int from, int to, int whatFrom, int whatTo) {
      String inWhat = nearestFrame(from, whatFrom, whatTo);
      int[] clause = clause(from, to);
      if (inWhat != null) {
        // a participle describing the counted noun ("des terres occupées par Kiev") yields to
        // the verb that governs the amount ("... repris par Moscou"); a head noun that looks
        // like a participle ("12 blessés", "200 déplacés") keeps its frame
        if (frameAt(whatFrom) == null && participleFrameOnly(whatFrom + 1, whatTo)) {
          String outside = nearestFrameOutside(from, clause[0], clause[1], whatFrom, whatTo);
          if (outside != null) {
            return outside;
          }
        }
        return inWhat;
      }
      String inClause = nearestFrame(from, clause[0], clause[1]);
      return inClause != null ? inClause : nearestFrame(from, ts, te);
    }

    private String nearestFrame(int at, int from, int to) {
      // hits are sorted by token index: walk out from the insertion point of "at"
      int lo = 0;
      int hi = frameHits.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (frameHits.get(mid)[0] < at) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int left = lo - 1;
      int right = lo;
      while (left >= 0 || right < frameHits.size()) {
        int[] l = left >= 0 && frameHits.get(left)[0] >= from ? frameHits.get(left) : null;
        int[] r = right < frameHits.size() && frameHits.get(right)[0] < to
            ? frameHits.get(right) : null;
        if (l == null && r == null) {
          return null;
        }
        if (r != null && (l == null || r[0] - at < at - l[0])) {
          return frames.get(r[1]).label();
        }
        if (l != null && (r == null || at - l[0] <= r[0] - at)) {
          return frames.get(l[1]).label();
        }
        left--;
        right++;
      }
      return null;
    }

    /** True when every frame cue inside {@code [from, to)} is a past participle (-é, -és, -ée, -ées). */
    private boolean participleFrameOnly(int from, int to) {
      boolean any = false;
      for (int[] h : frameHits) {
        if (h[0] < from || h[0] >= to) {
          continue;
        }
        any = true;
        String word = tk.get(h[0]).text().toLowerCase(java.util.Locale.ROOT);
        if (!(word.endsWith("é") || word.endsWith("és") || word.endsWith("ée") || word.endsWith("ées"))) {
          return false;
        }
      }
      return any;
    }

    /** The frame nearest {@code at} within {@code [from, to)} but outside {@code [skipFrom, skipTo)}. */
    private String nearestFrameOutside(int at, int from, int to, int skipFrom, int skipTo) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (int[] h : frameHits) {
        if (h[0] < from || h[0] >= to || (h[0] >= skipFrom && h[0] < skipTo)) {
          continue;
        }
        int distance = Math.abs(h[0] - at);
        if (distance < bestDistance) {
          best = frames.get(h[1]).label();
          bestDistance = distance;
        }
      }
      return best;
    }

    /** The nearest frame of the sentence that names a datable event (event-frames.txt), or null. */
    private String nearestEventFrame(int at) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (int[] h : frameHits) {
        if (h[0] < ts || h[0] >= te || !eventFrames.contains(frames.get(h[1]).label())) {
          continue;
        }
        int distance = Math.abs(h[0] - at);
        if (distance < bestDistance) {
          best = frames.get(h[1]).label();
          bestDistance = distance;
        }
      }
      return best;
    }

    private String frameAt(int i) {
      for (int[] h : frameHits) {
        if (h[0] == i) {
          return frames.get(h[1]).label();
        }
      }
      return null;
    }

    /** Token range of the clause around {@code [from, to)}: between , ; : ( ) and dashes. */
    private int[] clause(int from, int to) {
      int a = from;
      while (a > ts && from - a < CLAUSE_REACH && !isClauseBreak(tk.get(a - 1))) {
        a--;
      }
      int b = to;
      while (b < te && b - to < CLAUSE_REACH && !isClauseBreak(tk.get(b))) {
        b++;
      }
      return new int[] {a, b};
    }

    private boolean isClauseBreak(Token t) {
      return t.kind() == FrenchNumberFormat.Kind.PUNCT
          && (t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is(")") || t.is("—")
          || t.is("–"));
    }

    private void findPeriod(List<NumberSpan> spans) {
      for (int i = ts; i < te && period == null; i++) {
        int pc = periodIndex.at(tk, i, ts, te);
        if (pc >= 0) {
          String[] row = periodCues.get(pc);
          period = row[row.length - 1];
        }
        if (period == null && tk.get(i).is("depuis") && startsDate(i + 1)) {
          period = "total";
        }
      }
      // "(au cours) des cinq derniers jours", "depuis trois jours": the number is the period
      for (NumberSpan sp : spans) {
        if (sp.value() == null || sp.kind() == SpanKind.FRACTION) {
          continue;
        }
        int j = sp.toToken();
        boolean last = j < te && (tk.get(j).lower().startsWith("dernier")
            || tk.get(j).lower().startsWith("dernière"));
        int u = last ? j + 1 : j;
        UnitRow unit = unitAt(u);
        if (unit == null || !isDuration(unit.unit())) {
          continue;
        }
        boolean depuis = sp.fromToken() > ts && tk.get(sp.fromToken() - 1).is("depuis");
        if (last || depuis) {
          if (period == null || period.equals("total")) {
            period = "last:" + fmt(sp.value()) + ":" + unit.unit();
          }
          for (int k = sp.fromToken(); k < u + unit.tokens().length; k++) {
            blocked.add(k);
          }
        }
      }
    }

    private boolean startsDate(int i) {
      for (ResolvedDate d : sentenceDates) {
        int f = d.mention().fromToken();
        if (f == i || (f == i + 1 && (tk.get(i).is("le") || tk.get(i).is("l'")))) {
          return true;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- numbers

    /** Reads the claim around a number, or null when it is no claim. */
    private Reading read(NumberSpan sp, NumberSpan next) {
      int from = sp.fromToken();
      Token first = tk.get(from);
      if (from > ts && notBefore.contains(tk.get(from - 1).lower())) {
        return null;
      }
      if (from > ts + 1 && tk.get(from - 1).is("°") && tk.get(from - 2).is("n")) {
        return null;
      }
      // number words with a capital inside a sentence belong to a name ("les Deux Alpes")
      if (first.isWord() && first.isCapitalised() && from > ts && !isOpener(tk.get(from - 1))) {
        return null;
      }
      // range
      Reading range = readRange(sp, next);
      if (range != null) {
        return range;
      }
      // "un"/"une" is an article, except as a bounded amount of a unit: "plus d'une semaine",
      // "moins d'un kilomètre", "près d'un an"
      if (sp.kind() == SpanKind.WEAK
          && (unitAt(sp.toToken()) == null || qualifierBefore(from) == null)) {
        return null;
      }
      int j = sp.toToken();
      Double value = sp.value();
      double low = sp.low();
      double high = sp.high();
      String unit = null;
      int unitEnd = j;
      UnitRow ofUnit = sp.kind() == SpanKind.FRACTION ? unitAt(j) : null;
      if (ofUnit == null && sp.kind() == SpanKind.FRACTION && j + 1 < te
          && (tk.get(j).is("de") || tk.get(j).is("d'"))) {
        ofUnit = unitAt(j + 1);
        j = ofUnit == null ? j : j + 1;
      }
      if (ofUnit != null && !Units.PERCENT.equals(ofUnit.unit())) {
        // "trois quarts d'heure", "1/4 kilomètre": a fraction of a unit
        unit = ofUnit.unit();
        double f = ofUnit.multiplier() / 100;
        value = value * f;
        low *= f;
        high *= f;
        unitEnd = j + ofUnit.tokens().length;
      } else if (sp.kind() == SpanKind.FRACTION) {
        j = sp.toToken();
        unit = Units.PERCENT;
      } else {
        UnitRow u = unitAt(j);
        if (u == null && (sp.multiplied() || sp.kind() != SpanKind.EXACT) && j < te
            && (tk.get(j).is("de") || tk.get(j).is("d'"))) {
          u = unitAt(j + 1);
          if (u != null) {
            j = j + 1;
          }
        }
        if (u != null) {
          unit = u.unit();
          unitEnd = j + u.tokens().length;
          if (u.multiplier() != 1) {
            value = value == null ? null : value * u.multiplier();
            low *= u.multiplier();
            high *= u.multiplier();
          }
        } else {
          // "$ 75 millions", "£ 8,10 millions", "EUR 1000": a currency written before
          u = currencyBefore(from);
          if (u != null) {
            unit = u.unit();
          }
        }
        // "15 euros 50", "15 dollars et 15 cents": the cents of an amount
        if (unit != null && unit.startsWith("currency:") && value != null && next != null
            && !sp.multiplied() && sp.kind() == SpanKind.EXACT) {
          int k = unitEnd < te && tk.get(unitEnd).is("et") ? unitEnd + 1 : unitEnd;
          Double c = next.value();
          if (next.fromToken() == k && k > unitEnd - 1 && c != null && next.kind() == SpanKind.EXACT
              && c >= 1 && c < 100 && c == Math.floor(c) && tk.get(k).isDigits()) {
            int after = next.toToken();
            boolean cents = after < te && (tk.get(after).is("cents") || tk.get(after).is("centimes"));
            if (cents || after >= te || !tk.get(after).isWord()) {
              value += c / 100;
              low = value;
              high = value;
              unitEnd = cents ? after + 1 : after;
            }
          }
        }
      }
      // years, times of day, ages and names are no claims
      if (sp.kind() == SpanKind.EXACT && isYearLike(sp) && unit == null) {
        return null;
      }
      if (unit == null && from > ts && tk.get(from - 1).isCapitalised()
          && from - 1 > ts && !isOpener(tk.get(from - 2))) {
        return null; // "Apollo 11", "Euro 2024"
      }
      if (Units.HOUR.equals(unit) && precededBy(timeCues, from)) {
        return null;
      }
      if (Units.YEAR.equals(unit) && isAge(from, unitEnd)) {
        return null;
      }
      // qualifier
      String qualifier = sp.kind() == SpanKind.APPROX ? Qualifiers.ABOUT
          : sp.kind() == SpanKind.VAGUE ? Qualifiers.VAGUE : Qualifiers.EXACT;
      int start = from;
      int anchor = from;
      if (sp.kind() == SpanKind.FRACTION && from > ts && isDeterminer(tk.get(from - 1))) {
        anchor = from - 1; // "plus de la moitié"
        start = anchor;
      }
      QualifierRow q = qualifierBefore(anchor);
      if (q == null && unitEnd < te) {
        q = qualifierAfter(unitEnd);
        if (q != null) {
          unitEnd += q.tokens().length;
        }
      } else if (q != null) {
        start = anchor - q.tokens().length;
      }
      Double lowB = low;
      Double highB = high;
      if (q != null && value != null && sp.kind() != SpanKind.VAGUE) {
        qualifier = q.qualifier();
        double base = value;
        lowB = base * q.lowFactor();
        if (q.highFactor() != null) {
          highB = base * q.highFactor();
        } else {
          highB = Units.PERCENT.equals(unit) ? Double.valueOf(100) : null;
        }
      }
      boolean restates = isRestating(start);
      // what
      int[] what = new int[] {-1, -1};
      if (sp.counted() != null) {
        int cf = sp.fromToken() + 1;
        what = new int[] {cf, cf + sp.counted().split(" ").length};
      } else if (unit == null) {
        int np = unitEnd;
        if ((sp.multiplied() || sp.kind() != SpanKind.EXACT) && np < te
            && (tk.get(np).is("de") || tk.get(np).is("d'"))) {
          np++;
        }
        what = nounPhrase(np);
        if (what == null || notCounted.contains(tk.get(what[0]).lower())) {
          return null;
        }
        unit = Units.COUNT;
        if (q == null && what[1] < te) {
          QualifierRow post = qualifierAfter(what[1]);
          if (post != null && value != null) {
            qualifier = post.qualifier();
            lowB = value * post.lowFactor();
            highB = post.highFactor() == null ? null : value * post.highFactor();
          }
        }
      } else {
        what = whatAfter(unitEnd);
        if (what == null) {
          what = nounBeforeDe(start);
        }
      }
      String whatText = what == null || what[0] < 0 ? null : surface(what[0], what[1]);
      int wf = what == null ? -1 : what[0];
      int wt = what == null ? -1 : what[1];
      return new Reading(start, unitEnd, value, lowB, highB, unit, qualifier, wf, wt, whatText,
          restates);
    }

    private boolean isOpener(Token t) {
      return t.kind() == FrenchNumberFormat.Kind.PUNCT
          && (t.is("\"") || t.is("«") || t.is("“") || t.is("(") || t.is(":") || t.is("-")
          || t.is("—") || t.is("–") || t.is("'"));
    }

    private Reading readRange(NumberSpan x, NumberSpan y) {
      if (y == null || x.value() == null || y.value() == null
          || x.kind() == SpanKind.FRACTION || y.kind() == SpanKind.FRACTION
          || y.kind() == SpanKind.WEAK) {
        return null;
      }
      int from = x.fromToken();
      int mid = x.toToken();
      UnitRow xUnit = unitAt(mid);
      if (xUnit != null) {
        mid += xUnit.tokens().length;
      }
      if (mid + 1 != y.fromToken()) {
        return null;
      }
      Token link = tk.get(mid);
      boolean entre = from > ts && tk.get(from - 1).is("entre") && link.is("et");
      boolean deA = from > ts && (tk.get(from - 1).is("de") || tk.get(from - 1).is("d'"))
          && link.is("à");
      UnitRow yUnit = unitAt(y.toToken());
      if (xUnit != null && yUnit != null && !xUnit.unit().equals(yUnit.unit())) {
        return null; // "de 15 % à 415 millions $": two amounts, no range
      }
      boolean bare = (link.is("à") || link.is("ou") || link.is("-")) && yUnit != null
          && x.kind() != SpanKind.WEAK;
      if (!(entre || deA || bare)) {
        return null;
      }
      if (isYearLike(x) && isYearLike(y)) {
        return null; // "de 2014 à 2022"
      }
      int start = entre || deA ? from - 1 : from;
      int end = y.toToken();
      String unit = Units.COUNT;
      double mult = 1;
      int[] what;
      if (yUnit != null) {
        unit = yUnit.unit();
        mult = yUnit.multiplier();
        end += yUnit.tokens().length;
        what = whatAfter(end);
      } else {
        what = nounPhrase(end);
        if (what == null || notCounted.contains(tk.get(what[0]).lower())) {
          return null;
        }
      }
      double lo = x.value() * mult;
      double hi = y.value() * mult;
      String whatText = what == null ? null : surface(what[0], what[1]);
      return new Reading(start, end, null, Math.min(lo, hi), Math.max(lo, hi), unit,
          Qualifiers.RANGE, what == null ? -1 : what[0], what == null ? -1 : what[1], whatText,
          isRestating(start));
    }

    private boolean isYearLike(NumberSpan sp) {
      if (sp.toToken() - sp.fromToken() != 1 || !tk.get(sp.fromToken()).isDigits()) {
        return false;
      }
      String t = tk.get(sp.fromToken()).text();
      if (t.length() != 4) {
        return false;
      }
      int y = Integer.parseInt(t);
      return y >= 1800 && y <= 2199;
    }

    private boolean precededBy(List<String[]> cues, int from) {
      for (String[] c : cues) {
        if (matchAt(c, from - c.length)) {
          return true;
        }
      }
      return false;
    }

    private boolean isAge(int from, int unitEnd) {
      for (int k = Math.max(ts, from - 4); k < from; k++) {
        if (ageCues.contains(tk.get(k).lower())) {
          return true;
        }
      }
      // ", 12 ans," appended to a name
      return from > ts && tk.get(from - 1).is(",")
          && (unitEnd >= te || tk.get(unitEnd).is(",") || tk.get(unitEnd).is(")"));
    }

    /** A currency row of one or two tokens ("$", "€", "eur", "usd $") ending just before. */
    private UnitRow currencyBefore(int from) {
      for (UnitRow u : units) {
        int n = u.tokens().length;
        if (n <= 2 && u.multiplier() == 1 && u.unit().startsWith("currency:")
            && !u.tokens()[0].equals("de") && !u.tokens()[0].equals("d'")
            && matchAt(u.tokens(), from - n)) {
          return u;
        }
      }
      return null;
    }

    private UnitRow unitAt(int j) {
      int u = unitIndex.at(tk, j, ts, te);
      return u < 0 ? null : units.get(u);
    }

    private QualifierRow qualifierBefore(int from) {
      int q = beforeIndex.endingAt(tk, from, ts, te);
      return q < 0 ? null : before.get(q);
    }

    private QualifierRow qualifierAfter(int at) {
      int q = afterIndex.at(tk, at, ts, te);
      return q < 0 ? null : after.get(q);
    }

    /** "soit" (skipping quote marks) right before the claim: it restates the previous one. */
    private boolean isRestating(int start) {
      int k = start - 1;
      while (k >= ts && isQuoteMark(tk.get(k))) {
        k--;
      }
      return k >= ts && tk.get(k).is("soit");
    }

    private boolean isQuoteMark(Token t) {
      return t.is("\"") || t.is("«") || t.is("»") || t.is("“") || t.is("”");
    }

    /** The noun phrase after a unit: "km2 de territoire", "% de la zone précédemment occupée". */
    private int[] whatAfter(int j) {
      while (j < te && isQuoteMark(tk.get(j))) {
        j++;
      }
      if (j < te && (tk.get(j).is("de") || tk.get(j).is("d'") || tk.get(j).is("du")
          || tk.get(j).is("des"))) {
        j++;
        if (j < te && isDeterminer(tk.get(j))) {
          j++;
        }
        return nounPhrase(j);
      }
      return null;
    }

    /** "un cessez-le-feu de 30 jours": the noun before "de". */
    private int[] nounBeforeDe(int start) {
      int k = start - 1;
      if (k > ts && (tk.get(k).is("de") || tk.get(k).is("d'"))) {
        Token n = tk.get(k - 1);
        if (n.isWord() && !stop.contains(n.lower()) && !n.isCapitalised()
            && !numbers.isNumberWord(n.lower())) {
          return new int[] {k - 1, k};
        }
      }
      return null;
    }

    private boolean isDeterminer(Token t) {
      return t.is("la") || t.is("l'") || t.is("le") || t.is("les") || t.is("ce") || t.is("cette")
          || t.is("ces") || t.is("son") || t.is("sa") || t.is("ses") || t.is("leur")
          || t.is("leurs") || t.is("notre") || t.is("nos") || t.is("cet");
    }

    /** A head noun and up to two adjectives or participles; null when no noun follows. */
    private int[] nounPhrase(int j) {
      if (j >= te) {
        return null;
      }
      Token head = tk.get(j);
      if (!head.isWord() || head.text().length() < 2 || stop.contains(head.lower())
          || numbers.isNumberWord(head.lower()) || numbers.typeOf(head.lower()) != null
          || dates.month(head.lower()) != null || dates.isWeekday(head.lower())
          || unitAt(j) != null) {
        return null;
      }
      int k = j + 1;
      while (k < te && k - j < 3) {
        Token w = tk.get(k);
        if (!w.isWord() || w.isCapitalised() || stop.contains(w.lower()) || !isAdjective(w.lower())) {
          break;
        }
        k++;
      }
      return new int[] {j, k};
    }

    private boolean isAdjective(String w) {
      for (String s : adjSuffixes) {
        if (w.endsWith(s) && (w.length() > s.length() + 1 || w.equals(s))) {
          return true;
        }
      }
      return false;
    }

    private String surface(int from, int to) {
      return ctx.text().substring(tk.get(from).start(), tk.get(to - 1).end());
    }

    private Claim toClaim(Reading r, Claim previousClaim) {
      String frame = frameFor(r.from(), r.to(), r.whatFrom(), r.whatTo());
      String what = r.what();
      String claimPeriod = period;
      if (r.restates() && previousClaim != null) {
        frame = previousClaim.frame() != null ? previousClaim.frame() : frame;
        what = what != null ? what : previousClaim.what();
      }
      return build(r.from(), r.to(), r.value(), r.low(), r.high(), r.unit(), r.qualifier(), what,
          frame, claimPeriod, null);
    }

    private Claim build(int from, int to, Double value, Double low, Double high, String unit,
        String qualifier, String what, String frame, String claimPeriod, String weekday) {
      int start = tk.get(from).start();
      int end = tk.get(to - 1).end();
      return new Claim(ctx.article().article(), ctx.text().substring(start, end), tidy(value),
          tidy(low), tidy(high), unit, qualifier, what, frame, claimPeriod, entityFor(start),
          null, speakerFor(start, end, from), dateFor(start), weekday, sentenceText, start, end);
    }

    // ---------------------------------------------------------------- totality

    private void readTotality(List<Claim> out) {
      int i = ts;
      while (i < te) {
        int row = totalityIndex.at(tk, i, ts, te);
        TotalityRow hit = row < 0 ? null : totality.get(row);
        if (hit == null) {
          i++;
          continue;
        }
        int p = i;
        int q = i + hit.tokens().length;
        i = q;
        int[] cl = clause(p, q);
        boolean isBlockedHere = false;
        for (int k = cl[0]; k < p; k++) {
          if (blocks.contains(tk.get(k).lower())) {
            isBlockedHere = true;
          }
        }
        if (isBlockedHere) {
          continue;
        }
        int action = hit.adverb()
            ? nearestAction(Math.max(cl[0], p - 4), Math.min(cl[1], q + 4), p)
            : nearestAction(p - CLAUSE_REACH, q + CLAUSE_REACH, p);
        if (action < 0) {
          continue;
        }
        int zone = -1;
        for (int k = p; k < q; k++) {
          if (zones.contains(tk.get(k).lower())) {
            zone = k;
          }
        }
        if (zone < 0) {
          int bestDist = Integer.MAX_VALUE;
          for (int k = Math.max(ts, p - CLAUSE_REACH); k < Math.min(te, q + CLAUSE_REACH); k++) {
            if (zones.contains(tk.get(k).lower()) && Math.abs(k - p) < bestDist) {
              bestDist = Math.abs(k - p);
              zone = k;
            }
          }
        }
        String what;
        int[] np = zone >= 0 ? nounPhrase(zone) : null;
        if (np != null) {
          what = surface(np[0], np[1]);
        } else if (zone >= 0) {
          what = tk.get(zone).text();
        } else if (placeInSentence() != null) {
          what = null;
        } else {
          continue;
        }
        String frame = frameAt(action);
        if (frame == null) {
          frame = frameFor(p, q, -1, -1);
        }
        Double value = hit.low() == hit.high() ? hit.high() : null;
        out.add(build(p, q, value, hit.low(), hit.high(), Units.PERCENT, hit.qualifier(), what,
            frame, period, null));
      }
    }

    private int nearestAction(int from, int to, int at) {
      int best = -1;
      int bestDist = Integer.MAX_VALUE;
      for (int k = Math.max(from, ts); k < Math.min(to, te); k++) {
        if (actionIndex.at(tk, k, ts, te) >= 0) {
          int d = Math.abs(k - at);
          if (d < bestDist) {
            bestDist = d;
            best = k;
          }
        }
      }
      return best;
    }

    private EntityMention placeInSentence() {
      return sentencePlaces().isEmpty() ? null : sentencePlaces().get(0);
    }

    // ---------------------------------------------------------------- dates

    private Claim dateClaim(ResolvedDate d) {
      DateMention m = d.mention();
      // a date dates the event the sentence names ("lors d'une visite ... a exprimé mercredi"),
      // before any other frame nearer to it
      String frame = nearestEventFrame(m.fromToken());
      if (frame == null) {
        frame = nearestFrame(m.fromToken(), ts, te);
      }
      int start = m.start();
      int end = m.end();
      return new Claim(ctx.article().article(), m.text(), null, null, null, Units.DATE,
          Qualifiers.EXACT, null, frame, null, entityFor(start), null,
          speakerFor(start, end, m.fromToken()), d.iso(), m.weekday(), sentenceText, start, end);
    }

    /** The explicit date of the sentence nearest the claim (not a "depuis" start), else published. */
    private String dateFor(int start) {
      String best = null;
      int bestDist = Integer.MAX_VALUE;
      for (ResolvedDate d : sentenceDates) {
        int f = d.mention().fromToken();
        if (d.iso() == null || d.iso().contains("W")) {
          continue;
        }
        if (f > ts && (tk.get(f - 1).is("depuis") || tk.get(f - 1).is("dès"))) {
          continue;
        }
        int dist = Math.abs(d.mention().start() - start);
        if (dist < bestDist) {
          bestDist = dist;
          best = d.iso();
        }
      }
      return best != null ? best : ctx.article().published();
    }

    // ---------------------------------------------------------------- entity and speaker

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

    private String speakerFor(int start, int end, int fromToken) {
      for (Quote q : ctx.quotes()) {
        if (q.start() <= start && end <= q.end()) {
          return q.speakerMention();
        }
      }
      // "X a affirmé que ...", "Ce dernier a assuré ..."
      for (int k = fromToken - 1; k >= ts && fromToken - k <= CLAUSE_REACH; k--) {
        if (isSpeechVerbAt(k)) {
          String s = subjectOf(k);
          if (s != null) {
            return s;
          }
        }
      }
      // "selon X" in the sentence, near the claim
      List<int[]> hits = accordingHits();
      int lo = 0;
      int hi = hits.size();
      while (lo < hi) { // first hit within reach before the claim
        int mid = (lo + hi) >>> 1;
        if (hits.get(mid)[0] < fromToken - CLAUSE_REACH) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int h = lo; h < hits.size() && hits.get(h)[0] <= fromToken + CLAUSE_REACH; h++) {
        int[] hit = hits.get(h);
        int after = hit[0] + according.get(hit[1]).length;
        if (after >= te) {
          continue;
        }
        if (tk.get(after).is("lui") || tk.get(after).is("elle")) {
          return lastPersonBefore(tk.get(hit[0]).start());
        }
        EntityMention m = mentionStartingAt(tk.get(after).start());
        if (m != null) {
          return m.name();
        }
      }
      return null;
    }

    private boolean isSpeechVerbAt(int k) {
      if (!speechVerbFirsts.contains(tk.get(k).lower())) {
        return false;
      }
      for (String[] v : speechVerbs) {
        if (matchAt(v, k)) {
          return true;
        }
      }
      return false;
    }

    private List<int[]> accordingHits() {
      if (accordingHits == null) {
        accordingHits = new ArrayList<>();
        for (int k = ts; k < te; k++) {
          int a = accordingIndex.at(tk, k, ts, te);
          if (a >= 0) {
            accordingHits.add(new int[] {k, a});
          }
        }
      }
      return accordingHits;
    }

    /** The place mentions inside this sentence (binary search in the sorted list). */
    private List<EntityMention> sentencePlaces() {
      if (sentencePlaces == null) {
        List<EntityMention> all = ctx.places();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (all.get(mid).start() < sentence.start()) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        sentencePlaces = new ArrayList<>();
        for (int k = lo; k < all.size() && all.get(k).start() < sentence.end(); k++) {
          if (all.get(k).end() <= sentence.end()) {
            sentencePlaces.add(all.get(k));
          }
        }
      }
      return sentencePlaces;
    }

    /** The speaker before a speech verb at {@code verb}: a mention or a pronoun. */
    private String subjectOf(int verb) {
      int k = verb - 1;
      // skip auxiliaries and adverbs: "a", "avait", "a également"
      int skipped = 0;
      while (k >= ts && skipped < 3 && tk.get(k).isWord() && (tk.get(k).is("a")
          || tk.get(k).is("ont") || tk.get(k).is("avait") || tk.get(k).is("avaient")
          || tk.get(k).is("aurait") || tk.get(k).lower().endsWith("ment")
          || tk.get(k).is("encore") || tk.get(k).is("aussi") || tk.get(k).is("déjà"))) {
        k--;
        skipped++;
      }
      if (k < ts) {
        return null;
      }
      for (String[] p : pronouns) {
        if (matchAt(p, k - p.length + 1)) {
          return lastPersonBefore(tk.get(k - p.length + 1).start());
        }
      }
      // a mention ending within a few tokens before the auxiliary ("M. X, pour sa part, a ...")
      int limit = tk.get(Math.max(ts, k - 8)).start();
      int auxStart = tk.get(k).end();
      EntityMention best = null;
      for (EntityMention m : ctx.speakers()) {
        if (m.end() <= auxStart && m.start() >= limit && m.start() >= sentence.start()) {
          best = m;
        }
      }
      return best == null ? null : best.name();
    }

    private String lastPersonBefore(int offset) {
      EntityMention best = null;
      for (EntityMention m : ctx.persons()) {
        if (m.end() <= offset) {
          best = m;
        }
      }
      return best == null ? null : best.name();
    }

    private EntityMention mentionStartingAt(int offset) {
      for (EntityMention m : ctx.speakers()) {
        if (m.start() == offset || (m.start() > offset && m.start() - offset <= 3)) {
          return m;
        }
      }
      return null;
    }
  }

  /** How far a clause reaches on each side, in tokens: keeps long lines linear. */
  private static final int CLAUSE_REACH = 60;

  private static boolean isDuration(String unit) {
    return unit.equals(Units.DAY) || unit.equals(Units.WEEK) || unit.equals(Units.MONTH)
        || unit.equals(Units.YEAR) || unit.equals(Units.HOUR);
  }

  /** Rounds away floating-point noise (27.500000000000004 -> 27.5); keeps null. */
  private static Double tidy(Double v) {
    if (v == null) {
      return null;
    }
    double scaled = Math.round(v * 1e4) / 1e4;
    return Math.abs(v) >= 1e11 ? v : scaled;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
