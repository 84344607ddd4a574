package org.newsclaims.analysis;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.attribution.ArticleSpeakers;
import org.newsclaims.attribution.SpeakerAttributor;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.consistency.ClaimSubjects;
import org.newsclaims.entities.EntityRecogniser;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.quotes.QuoteExtractor;
import org.newsclaims.text.TokenStream;

/**
 * The whole per-article sequence, once: after {@link #normalise} (typography, publication
 * date), {@link #analyse} reads the text once into a {@link TokenStream} (tokens, folds,
 * sentences) shared by the readers, finds the entity mentions, the quotations of the text and of the
 * headline, the claims (a claim inside a quotation takes its speaker), assigns each claim its
 * subject and stamps it with the publication date. The pipeline's extraction step, streaming,
 * the benchmark, the evaluations and the fuzz targets all call it, so that what they measure is
 * what the product does.
 *
 * <p>Built once (the extractors load their resources); thread-safe, nothing kept between
 * articles.
 *
 * <pre>{@code
 * ArticleAnalyser analyser = ArticleAnalyser.fromResources();
 * Analysis found = analyser.analyse(analyser.normalise(parsed));
 * List<Claim> claims = found.claims();
 * }</pre>
 */
public final class ArticleAnalyser {

  /** The steps of {@link #analyse}, in order, as reported to a {@link StageListener}. */
  public enum Stage {
    MENTIONS("recognise"),
    QUOTES("quotes"),
    CLAIMS("claims"),
    SUBJECTS("subjects");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    /** Short name for reports ("recognise", "quotes" …). */
    public String label() {
      return label;
    }
  }

  /** Told when each stage of one {@link #analyse} call ends (the benchmark times them). */
  @FunctionalInterface
  public interface StageListener {
    void ended(Stage stage);
  }

  private static final StageListener NO_LISTENER = stage -> {};

  private final ArticleNormaliser normaliser;
  private final EntityRecogniser recogniser;
  private final QuoteExtractor quoteExtractor;
  private final ClaimExtractor claimExtractor;
  private final ClaimSubjects subjects;
  private final SpeakerAttributor attributor = SpeakerAttributor.fromResources();

  private ArticleAnalyser(ClaimExtractor claimExtractor, EntityRecogniser recogniser,
      QuoteExtractor quoteExtractor, ClaimSubjects subjects) {
    this.normaliser = new ArticleNormaliser(claimExtractor);
    this.recogniser = recogniser;
    this.quoteExtractor = quoteExtractor;
    this.claimExtractor = claimExtractor;
    this.subjects = subjects;
  }

  public static ArticleAnalyser fromResources() {
    return new ArticleAnalyser(ClaimExtractor.fromResources(), EntityRecogniser.fromResources(),
        QuoteExtractor.fromResources(), ClaimSubjects.fromResources());
  }

  /** Normalised typography and completed publication date: see {@link ArticleNormaliser}. */
  public Article normalise(Article parsed) {
    return normaliser.normalise(parsed);
  }

  /** The claims, quotes and mentions of a normalised article. */
  public Analysis analyse(Article article) {
    return analyse(article, NO_LISTENER);
  }

  /** As {@link #analyse(Article)}, telling {@code listener} as each stage ends. */
  public Analysis analyse(Article article, StageListener listener) {
    // one tokenisation, sentence split and folding of the text, shared by the readers below
    TokenStream stream = TokenStream.of(article.text());
    List<EntityMention> mentions = recogniser.find(article, stream);
    listener.ended(Stage.MENTIONS);
    // one reading of who speaks, shared by the quotes and the claims of the text
    String text = stream.text();
    QuoteExtractor.Marks marks = QuoteExtractor.marks(text); // paired once, for both
    ArticleSpeakers sources = attributor.forArticle(stream.words(), marks.stretches(), mentions);
    List<Quote> quotes = new ArrayList<>(
        quoteExtractor.extract(article, marks, sources, stream.sentences()));
    quotes.addAll(headlineQuotes(article));
    listener.ended(Stage.QUOTES);
    List<Claim> claims = claimExtractor.extract(article, quotes, mentions, sources, stream);
    listener.ended(Stage.CLAIMS);
    List<Claim> withSubjects = new ArrayList<>();
    for (Claim c : subjects.assign(article, claims, mentions)) {
      withSubjects.add(c.withPublished(article.published())
          .withStory(article.story(), article.event(), article.origin()));
    }
    if (article.story() != null) {
      quotes.replaceAll(q -> q.withStory(article.story()));
    }
    listener.ended(Stage.SUBJECTS);
    return new Analysis(withSubjects, quotes, mentions);
  }

  /**
   * Quotations in the headline ("Poutine … rend visite aux soldats : « Accomplir les missions
   * de combat »"): the headline is read as a one-line text of its own, so offsets point into
   * the title and the quotes are marked {@code inTitle}.
   */
  private List<Quote> headlineQuotes(Article article) {
    if (article.title() == null || article.title().isBlank()
        || QuoteExtractor.quotedStretches(article.title()).isEmpty()) {
      return List.of(); // no quote mark: no quotation, and no need to look for names
    }
    Article headline = new Article(article.article(), article.title(), article.published(),
        article.dateSource(), article.outlet(), article.title());
    return quoteExtractor.extract(headline, recogniser.find(headline)).stream()
        .map(Quote::inHeadline).toList();
  }
}
