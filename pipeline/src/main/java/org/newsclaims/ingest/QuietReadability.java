package org.newsclaims.ingest;

import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Readability4J as {@code new Readability4J(url, doc)} builds it, at less cost per page: its
 * regular expressions are compiled once (the default builds a new {@link RegExUtil}, thirteen
 * patterns, per page), and its processors skip the debug log of each node they remove, which
 * Readability4J writes out as the node's whole HTML whether debug logging is on or off.
 *
 * <p>Example: {@code QuietReadability.articleContent("https://a.fr/x", doc)} is what
 * {@code new Readability4J("https://a.fr/x", doc).parse().getArticleContent()} gives. Thread-safe:
 * the shared parts are immutable, the stateful ones are made per call.
 */
final class QuietReadability {

  private QuietReadability() {}

  private static final ReadabilityOptions OPTIONS = new ReadabilityOptions();
  private static final RegExUtil REGEX = new RegExUtil(
      RegExUtil.UnlikelyCandidatesDefaultPattern, RegExUtil.OkMaybeItsACandidateDefaultPattern,
      RegExUtil.PositiveDefaultPattern, RegExUtil.NegativeDefaultPattern,
      RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern,
      RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern,
      RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern,
      RegExUtil.PrevLinkDefaultPattern, RegExUtil.WhitespaceDefaultPattern,
      RegExUtil.HasContentDefaultPattern);

  /** Readability's main content of {@code doc} (changed in place, as Readability does), or null. */
  static Element articleContent(String url, Document doc) {
    return new Readability4J(url, doc, OPTIONS, REGEX, new QuietPreprocessor(),
        new QuietMetadataParser(), new QuietArticleGrabber(), new Postprocessor())
        .parse().getArticleContent();
  }

  private static final class QuietPreprocessor extends Preprocessor {
    QuietPreprocessor() {
      super(REGEX);
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {}
  }

  private static final class QuietMetadataParser extends MetadataParser {
    QuietMetadataParser() {
      super(REGEX);
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {}
  }

  private static final class QuietArticleGrabber extends ArticleGrabber {
    QuietArticleGrabber() {
      super(OPTIONS, REGEX);
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {}
  }
}
