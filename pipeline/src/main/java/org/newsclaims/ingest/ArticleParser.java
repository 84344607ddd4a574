package org.newsclaims.ingest;

import org.newsclaims.model.Article;

/**
 * Reads one decoded text file as an article: metadata header, title, page furniture removal.
 *
 * <p>TODO(ingest helper): the real rules.
 */
public final class ArticleParser {

  private ArticleParser() {}

  /** Parses; returns null when nothing of an article is left (the caller rejects it). */
  public static Article parse(String name, String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    String title = nl < 0 ? t : t.substring(0, nl).strip();
    String body = nl < 0 ? "" : t.substring(nl + 1).strip();
    return new Article(name, title, null, null, null, body);
  }
}
