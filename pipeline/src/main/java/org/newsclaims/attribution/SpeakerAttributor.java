package org.newsclaims.attribution;

import java.util.List;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.WordTable;

/**
 * Finds who says each quotation and each figure of an article: one sieve-based attributor for
 * quotes and claims, with one speech-verb lexicon ({@code speech-verbs.txt}).
 *
 * <p>Quote sieves, from the most precise to the loosest (CoreNLP's QuoteLi is the model):
 * <ol>
 *   <li>{@link TrailingCueSieve} «…», a déclaré X / estime X / selon X;
 *   <li>{@link LeadingCueSieve} X a déclaré : «…» / selon X, «…»;
 *   <li>{@link LaterCueSieve} «A» dans …, «B», a détaillé X;
 *   <li>{@link InciseSieve} «Nous sommes, a-t-il dit, prêts»;
 *   <li>{@link NameColonSieve} X : «…»;
 *   <li>{@link ParagraphCueSieve} X a ajouté ↵ «…»;
 *   <li>{@link InvertedVerbSieve} «…», pronostique X (a verb the lexicon does not list);
 *   <li>{@link ColonClauseSieve} X a été clair : «…»;
 *   <li>{@link RelativeClauseSieve} X --qui avait exprimé sa «…»--: the clause's antecedent;
 *   <li>{@link ClauseSubjectSieve} X lançait un appel, évoquant «…»: a fragment is the words of
 *       its sentence's subject;
 *   <li>{@link InterviewSieve} dialogue dashes and questions: the interviewee answers;
 *   <li>{@link ContinuationSieve} a quote standing alone right after another one goes on with
 *       its speaker;
 *   <li>{@link ParagraphSubjectSieve} X, en stage avec son équipe, regrette que … ↵ «…»: a
 *       quote opening its paragraph after a paragraph about one person.
 * </ol>
 * Claim sieves: the quote around the claim, then {@link LeadingCueSieve} ("X a affirmé que
 * … N", "selon la police, N"), {@link LaterCueSieve} ("N morts, a indiqué la police"),
 * {@link SourcePhraseSieve} ("de source officielle", "a-t-on appris auprès de X", "selon un
 * bilan provisoire", "le décompte de la CGT").
 *
 * <p>Each sieve says its method and a confidence. Names resolve to their fullest form,
 * pronouns to the last compatible person named before, roles to the person the article names
 * in that role; organisations, anonymous and collective speakers are typed as such. Where the
 * evidence is weak the speaker stays null with a low confidence.
 *
 * <p>Example: {@code SpeakerAttributor.fromResources().forArticle(text, quoted, mentions)}.
 * Thread-safe; the per-article object it returns is not.
 */
public final class SpeakerAttributor {

  private static final List<Sieve> QUOTE_SIEVES = List.of(
      new TrailingCueSieve(), new LeadingCueSieve(), new LaterCueSieve(), new InciseSieve(),
      new NameColonSieve(), new ParagraphCueSieve(), new InvertedVerbSieve(),
      new ColonClauseSieve(), new RelativeClauseSieve(), new ClauseSubjectSieve(),
      new InterviewSieve(),
      new ContinuationSieve(), new ParagraphSubjectSieve());
  private static final List<Sieve> CLAIM_SIEVES = List.of(
      new LeadingCueSieve(), new LaterCueSieve(), new SourcePhraseSieve());

  private final SpeechLexicon lexicon;

  private SpeakerAttributor(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static SpeakerAttributor fromResources() {
    return new SpeakerAttributor(SpeechLexicon.get());
  }

  /**
   * @param text the article's normalised text
   * @param quoted the quoted stretches, [open, close) offsets (cues inside them are not the
   *     author's)
   * @param mentions the article's entity mentions (persons, places, organisations), may be empty
   */
  public ArticleSpeakers forArticle(String text, List<int[]> quoted,
      List<EntityMention> mentions) {
    return forArticle(new WordTable(text), quoted, mentions);
  }

  /**
   * The same, the tokens' strings taken from the article's shared {@link WordTable} (see
   * {@code TokenStream.words()}).
   */
  public ArticleSpeakers forArticle(WordTable words, List<int[]> quoted,
      List<EntityMention> mentions) {
    String text = words.text();
    boolean[] inQuote = new boolean[text.length() + 1];
    for (int[] q : quoted) {
      for (int i = Math.max(0, q[0]); i < q[1] && i < text.length(); i++) {
        inQuote[i] = true;
      }
    }
    return new ArticleSpeakers(words, inQuote, mentions, lexicon, QUOTE_SIEVES, CLAIM_SIEVES);
  }
}
