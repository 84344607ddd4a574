package org.newsclaims.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.attribution.ArticleSpeakers;
import org.newsclaims.attribution.Speaker;
import org.newsclaims.attribution.SpeakerAttributor;
import org.newsclaims.attribution.SpeechCues;
import org.newsclaims.attribution.Target;
import org.newsclaims.attribution.Tokens;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.text.SentenceSplitter;
import org.newsclaims.text.Span;

/**
 * Finds the quotations of one article and who said them.
 *
 * <p>Quote marks are paired by {@link QuoteMarkScanner}; each outer quote gets a speaker from
 * the shared attributor ({@link SpeakerAttributor}, the one claims use), with the article's entity mentions
 * when there are any and its own capitalised names otherwise. A quote is {@code partial} when
 * it is a fragment inside the author's own sentence (« traités comme des terroristes » after
 * "a suggéré que ces prisonniers soient") rather than a statement standing on its own. Quotes
 * nested in quotes are kept as partial quotes without a speaker.
 *
 * <p>Example: {@code QuoteExtractor.fromResources().extract(article, List.of())} on
 * "« Nous tiendrons », a déclaré Jean Dupont." gives one quote with {@code text="Nous
 * tiendrons"}, {@code speaker="Jean Dupont"}, {@code cue="a déclaré"},
 * {@code method="explicit"}. Thread-safe; linear in the article length.
 */
public final class QuoteExtractor {

  /** Context kept on each side of a quote in {@link Quote#sentence()} for very long sentences. */
  private static final int MAX_CONTEXT = 400;

  private final SpeakerAttributor attributor;

  private QuoteExtractor(SpeakerAttributor attributor) {
    this.attributor = attributor;
  }

  public static QuoteExtractor fromResources() {
    return new QuoteExtractor(SpeakerAttributor.fromResources());
  }

  /** The quoted stretches of a text, [open, close) of each outer quote, for the attributor. */
  public static List<int[]> quotedStretches(String text) {
    return stretches(QuoteMarkScanner.scan(text));
  }

  /**
   * The quote marks of a text, paired once ({@link QuoteMarkScanner}): their
   * {@link #stretches()} for the attributor, then the quotes
   * ({@link #extract(Article, Marks, ArticleSpeakers, List)}) without a second scan.
   */
  public static final class Marks {
    private final List<QuoteMarkScanner.Span> spans;

    private Marks(List<QuoteMarkScanner.Span> spans) {
      this.spans = spans;
    }

    /** The quoted stretches, as {@link #quotedStretches} gives them. */
    public List<int[]> stretches() {
      return QuoteExtractor.stretches(spans);
    }
  }

  /** The paired quote marks of {@code text} (null reads as the empty text). */
  public static Marks marks(String text) {
    return new Marks(QuoteMarkScanner.scan(text == null ? "" : text));
  }

  private static List<int[]> stretches(List<QuoteMarkScanner.Span> spans) {
    List<int[]> out = new ArrayList<>();
    for (QuoteMarkScanner.Span s : spans) {
      if (s.depth() == 0) {
        out.add(new int[] {s.open(), s.close()});
      }
    }
    return out;
  }

  /**
   * @param article the normalised article
   * @param mentions its entity mentions (persons help attribute speakers and resolve pronouns)
   */
  public List<Quote> extract(Article article, List<EntityMention> mentions) {
    String text = article.text() == null ? "" : article.text();
    List<QuoteMarkScanner.Span> spans = QuoteMarkScanner.scan(text);
    if (spans.isEmpty()) {
      return List.of();
    }
    ArticleSpeakers speakers = attributor.forArticle(text, stretches(spans),
        mentions == null ? List.of() : mentions);
    return extract(article, spans, speakers, SentenceSplitter.split(text));
  }

  /**
   * The quotes of an article whose speakers the caller's per-article attributor finds (the
   * same one then attributes the claims, which take the speaker of a quote around them).
   *
   * @param speakers {@link SpeakerAttributor#forArticle} of this text with
   *     {@link #quotedStretches}
   */
  public List<Quote> extract(Article article, ArticleSpeakers speakers) {
    String text = article.text() == null ? "" : article.text();
    List<QuoteMarkScanner.Span> spans = QuoteMarkScanner.scan(text);
    return spans.isEmpty() ? List.of()
        : extract(article, spans, speakers, SentenceSplitter.split(text));
  }

  /**
   * As {@link #extract(Article, ArticleSpeakers)}, with the marks of the article's text paired
   * already ({@link #marks}, whose stretches the attributor got) and its sentences split already
   * ({@link SentenceSplitter#split} of that text, e.g. the article's {@code TokenStream}).
   */
  public List<Quote> extract(Article article, Marks marks, ArticleSpeakers speakers,
      List<Span> sentences) {
    return marks.spans.isEmpty() ? List.of() : extract(article, marks.spans, speakers, sentences);
  }

  private List<Quote> extract(Article article, List<QuoteMarkScanner.Span> spans,
      ArticleSpeakers speakers, List<Span> sentences) {
    String text = article.text() == null ? "" : article.text();
    Tokens tokens = speakers.tokens();
    SpeechCues cues = speakers.cues();

    List<Quote> out = new ArrayList<>();
    QuoteMarkScanner.Span previous = null; // previous outer quote
    boolean previousFull = false;
    int previousSentenceStart = -1;
    for (QuoteMarkScanner.Span q : spans) {
      int[] sentence = sentenceAround(sentences, text, q);
      String quoted = text.substring(q.start(), q.end());
      if (q.depth() > 0) {
        out.add(new Quote(article.article(), quoted, null, null, null, "none", 0.0, true,
            q.unclosed(), clip(text, sentence, q), q.start(), q.end()));
        continue;
      }
      boolean continuation = previous != null && previousFull
          && previousSentenceStart == sentence[0]
          && precededByComma(text, q.open(), sentence[0])
          && hasCueBetween(tokens, cues, previous.close(), q.open());
      boolean partial = !continuation && isPartial(text, q, sentence[0], tokens, cues);
      Speaker a = speakers.quote(Target.quote(q.open(), q.start(), q.end(), q.close(),
          q.unclosed(), sentence[0], sentence[1], !partial));
      out.add(new Quote(article.article(), quoted, a.name(), a.mention(), a.cue(),
          a.method(), round(a.confidence()), partial, q.unclosed(), clip(text, sentence, q),
          q.start(), q.end(), null, false, a.name() == null ? null : a.type()));
      previous = q;
      previousFull = !partial;
      previousSentenceStart = sentence[0];
    }
    fillRuns(spans, out);
    return Crossheads.attribute(text, List.copyOf(out));
  }

  /**
   * A quotation running over several paragraphs is one statement: its paragraphs without a
   * speaker take the one its closing paragraph's cue gives («A ¶ B ¶ C», a conclu X), else
   * the one its opening paragraph's cue gives (X a déclaré : «A ¶ B ¶ C»). {@code out} holds
   * one quote per span, in the same order.
   */
  private static void fillRuns(List<QuoteMarkScanner.Span> spans, List<Quote> out) {
    int first = -1;
    for (int i = 0; i < spans.size(); i++) {
      QuoteMarkScanner.Span sp = spans.get(i);
      if (sp.depth() > 0) {
        continue;
      }
      if (first < 0 && sp.runsOn()) {
        first = i;
      }
      if (first >= 0 && !sp.runsOn()) {
        Quote from = out.get(i).speaker() != null ? out.get(i) : out.get(first);
        for (int k = first; k <= i && from.speaker() != null; k++) {
          Quote q = out.get(k);
          if (q.speaker() == null && spans.get(k).depth() == 0) {
            out.set(k, new Quote(q.article(), q.text(), from.speaker(), from.speakerMention(),
                from.cue(), Speaker.CONTINUATION, round(from.confidence() * RUN_FACTOR),
                q.partial(), q.unclosed(), q.sentence(), q.start(), q.end(), null, false,
                from.speakerType()));
          }
        }
        first = -1;
      }
    }
  }

  /** Confidence kept by a paragraph whose speaker the rest of its quotation gives. */
  private static final double RUN_FACTOR = 0.9;

  /** The union of the sentences that the quote (marks included) overlaps. */
  private static int[] sentenceAround(List<Span> sentences, String text,
      QuoteMarkScanner.Span q) {
    int first = indexAt(sentences, q.open());
    int last = indexAt(sentences, Math.max(q.open(), q.close() - 1));
    int start = first >= 0 ? Math.min(sentences.get(first).start(), q.open()) : q.open();
    int end = last >= 0 ? Math.max(sentences.get(last).end(), q.close()) : q.close();
    return new int[] {start, Math.min(end, text.length())};
  }

  /** Index of the sentence holding the offset, or of the last one starting before it. */
  private static int indexAt(List<Span> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  private static String clip(String text, int[] sentence, QuoteMarkScanner.Span q) {
    int s = Math.max(sentence[0], q.open() - MAX_CONTEXT);
    int e = Math.min(sentence[1], q.close() + MAX_CONTEXT);
    return text.substring(s, Math.max(s, e)).strip();
  }

  /**
   * A quote stands on its own when it opens its sentence or line (and the author's words do
   * not run on after it), follows a colon or a dash, or follows a sentence-initial "selon X,"
   * and starts with a capital; otherwise it is a fragment of the author's sentence.
   */
  private static boolean isPartial(String text, QuoteMarkScanner.Span q, int sentenceStart,
      Tokens tokens, SpeechCues cues) {
    int p = q.open() - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0 || text.charAt(p) == '\n' || q.open() <= sentenceStart) {
      return wordsFollow(q, tokens, cues);
    }
    char c = text.charAt(p);
    if (c == ':' || c == '—' || c == '–' || c == '-') {
      return false;
    }
    if (c == ',' && Character.isUpperCase(text.charAt(q.start()))) {
      // "Selon lui, « Nous … »" / "Pour M. Dupont, « Il … »"
      int firstTok = tokens.firstAtOrAfter(sentenceStart);
      SpeechCues.Cue cue = cues.at(firstTok);
      return cue == null || cue.kind() == SpeechCues.Kind.VERB;
    }
    return true;
  }

  /**
   * True when the author's words go on right after the closing mark, on the same line, with
   * no speech cue: "« Plus de 80 % » des terres reprises" is a fragment even at a line start.
   */
  private static boolean wordsFollow(QuoteMarkScanner.Span q, Tokens tokens, SpeechCues cues) {
    if (q.unclosed()) {
      return false;
    }
    int t = tokens.firstAtOrAfter(q.close());
    if (t >= tokens.size() || !tokens.isLowerWord(t) || cues.at(t) != null
        || !tokens.sameLine(q.close(), tokens.startOf(t))) {
      return false;
    }
    // « La défaite de l'ennemi … du régime » de Kiev, a-t-il poursuivi: a statement whose
    // last words the author completes before the cue
    for (int k = t + 1; k < tokens.size() && k <= t + 8; k++) {
      if (tokens.is(k, ",") && cues.at(k + 1) != null) {
        return false;
      }
      if (tokens.is(k, ".") || !tokens.sameLine(tokens.startOf(t), tokens.startOf(k))) {
        break;
      }
    }
    return true;
  }

  private static boolean precededByComma(String text, int open, int floor) {
    int p = open - 1;
    while (p >= floor && text.charAt(p) == ' ') {
      p--;
    }
    return p >= floor && text.charAt(p) == ',';
  }

  private static boolean hasCueBetween(Tokens tokens, SpeechCues cues, int from, int to) {
    for (int t = tokens.firstAtOrAfter(from); t < tokens.size() && tokens.startOf(t) < to; t++) {
      if (cues.at(t) != null) {
        return true;
      }
    }
    return false;
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
