package org.newsclaims.claims;

import java.util.List;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;

/**
 * Extracts the numeric and date claims of one article.
 *
 * <p>TODO(claims helper): the real grammar.
 */
public final class ClaimExtractor {

  public static ClaimExtractor fromResources() {
    return new ClaimExtractor();
  }

  /**
   * @param article the normalised article
   * @param quotes its quotations (a claim inside a quote takes the quote's speaker)
   * @param mentions its entity mentions (a claim is about the place or organisation nearby)
   */
  public List<Claim> extract(Article article, List<Quote> quotes, List<EntityMention> mentions) {
    return List.of();
  }

  /**
   * Infers the publication date from the text when the article has none: ISO string or null.
   */
  public String inferPublicationDate(Article article) {
    return null;
  }
}
