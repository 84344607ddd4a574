package org.newsclaims.analysis;

import java.util.List;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;

/**
 * Everything {@link ArticleAnalyser} finds in one article: its claims (with subjects and the
 * article's publication date), its quotes (the text's, then the headline's) and its entity
 * mentions, each list in the order the analyser found them.
 *
 * <p>Example: {@code analyser.analyse(article).claims()}.
 */
public record Analysis(List<Claim> claims, List<Quote> quotes, List<EntityMention> mentions) {

  public Analysis {
    claims = List.copyOf(claims);
    quotes = List.copyOf(quotes);
    mentions = List.copyOf(mentions);
  }
}
