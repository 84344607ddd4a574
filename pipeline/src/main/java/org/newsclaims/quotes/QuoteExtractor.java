package org.newsclaims.quotes;

import java.util.List;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;

/**
 * Finds the quotations of one article and who said them.
 *
 * <p>TODO(quotes helper): the real extractor.
 */
public final class QuoteExtractor {

  public static QuoteExtractor fromResources() {
    return new QuoteExtractor();
  }

  /**
   * @param article the normalised article
   * @param mentions its entity mentions (persons help attribute speakers and resolve pronouns)
   */
  public List<Quote> extract(Article article, List<EntityMention> mentions) {
    return List.of();
  }
}
