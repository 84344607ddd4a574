package org.newsclaims.claims;

import java.util.List;
import org.newsclaims.attribution.ArticleSpeakers;
import org.newsclaims.attribution.Speaker;
import org.newsclaims.attribution.Target;
import org.newsclaims.model.Quote;

/**
 * Who states a claim, through the attributor quotes use ({@link ArticleSpeakers}): the speaker
 * of the enclosing quote, the subject of a verb of saying ("X a affirmé que", "ce dernier a
 * assuré", "X a fait état de"), "selon la police", "de source officielle", "a-t-on appris
 * auprès de la préfecture", a counting body ("le décompte de la CGT").
 *
 * <p>Example: in "Le ministre Jean Dupont a affirmé que 40 soldats ont été capturés", the claim
 * "40 soldats" is stated by "Jean Dupont" ({@code person}); in "1 200 manifestants selon la
 * police" by "police" ({@code organisation}). A {@link Finder} lives for one sentence.
 */
final class ClaimSpeakers {

  private ClaimSpeakers() {}

  /** The speaker finder of one sentence of an article. */
  static Finder in(ClaimSentence s, List<Quote> quotes, ArticleSpeakers article) {
    return new Finder(s, quotes, article);
  }

  /** Finds the speakers of one sentence's claims. */
  static final class Finder {
    private final ClaimSentence s;
    private final List<Quote> quotes;
    private final ArticleSpeakers article;

    private Finder(ClaimSentence s, List<Quote> quotes, ArticleSpeakers article) {
      this.s = s;
      this.quotes = quotes;
      this.article = article;
    }

    /** The source of the claim at offsets {@code [start, end)}, {@link Speaker#NONE} if none. */
    Speaker speakerFor(int start, int end) {
      for (Quote q : quotes) {
        if (q.start() <= start && end <= q.end() && !q.inTitle()) {
          return new Speaker(q.speaker(), q.speakerMention(), q.speakerType(), q.cue(),
              q.method(), q.confidence());
        }
      }
      return article.claim(Target.claim(start, end, s.span.start(), s.span.end()));
    }
  }
}
