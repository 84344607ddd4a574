package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kotlin.jvm.functions.Function1;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
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
 * <p>The article grabber runs Readability's own steps in Readability's order, with two costs
 * left out that do not change what it finds (together a quarter of its time on news pages):
 * Readability4J serialises the whole page to HTML before its first attempt, to parse it back
 * should the attempt find less than its word threshold, and serialises the article three more
 * times for debug messages that are built even when not logged; here the page is kept as a copy
 * of its tree, serialised only when an attempt fails, and no debug message is built. Its inner
 * text skips the white-space regular expression when the text has no run of two white-space
 * characters to replace (jsoup's {@code text()} has already collapsed them), and is computed
 * once per element where the tree cannot change between two calls: inside one test of
 * {@code removeNodes} (conditional cleaning asks for a block's text three times, and for each of
 * its links') and while the top candidate is chosen (each candidate's link density).
 *
 * <p>Example: {@code QuietReadability.articleContent("https://a.fr/x", doc)} is what
 * {@code new Readability4J("https://a.fr/x", doc).parse().getArticleContent()} gives. Thread-safe:
 * the shared parts are immutable, the stateful ones are made per call.
 */
final class QuietReadability {

  private QuietReadability() {}

  private static final ReadabilityOptions OPTIONS = new ReadabilityOptions();
  static final RegExUtil REGEX = new RegExUtil(
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

    /** Trimmed inner texts, kept only while {@link #remember} (the tree does not change). */
    private final Map<Element, String> texts = new IdentityHashMap<>();
    private boolean remember;

    @Override
    protected void logNodeInfo(Node node, String reason) {}

    /** Readability4J's removal, each test of a node reading inner texts computed once. */
    @Override
    protected void removeNodes(Element e, String tag, Function1<? super Element, Boolean> filter) {
      if (filter == null) {
        super.removeNodes(e, tag, null);
        return;
      }
      // a test only reads the tree; the removal that may follow it changes the texts
      super.removeNodes(e, tag, node -> {
        remember = true;
        try {
          return filter.invoke(node);
        } finally {
          forget();
        }
      });
    }

    /** Readability4J's choice of top candidate: it reads the tree until it has chosen. */
    @Override
    protected kotlin.Pair<Element, Boolean> getTopCandidate(Element page,
        List<? extends Element> candidates, ArticleGrabberOptions options) {
      remember = true;
      try {
        return super.getTopCandidate(page, candidates, options);
      } finally {
        forget();
      }
    }

    private void forget() {
      remember = false;
      texts.clear();
    }

    /**
     * Readability4J's {@code grabArticle}, step for step: prepare, score, pick the top
     * candidate, gather its siblings, clean; when the result is shorter than the word
     * threshold, the page is restored and the next attempt drops one more of Readability's
     * flags (unlikely candidates, class weights, conditional cleaning), and after the last one
     * the last attempt's content is kept unless it is empty.
     */
    @Override
    public Element grabArticle(Document doc, ArticleMetadata metadata, ArticleGrabberOptions options,
        Element pageElement) {
      boolean paging = pageElement != null;
      Element page = paging ? pageElement : doc.body();
      if (page == null) {
        return null;
      }
      // Readability4J keeps doc.html() here: the same page, serialised only if an attempt fails
      Document pageCache = doc.clone();
      while (true) {
        List<Element> toScore = prepareNodes(doc, options);
        List<Element> candidates = scoreElements(toScore, options);
        kotlin.Pair<Element, Boolean> top = getTopCandidate(page, candidates, options);
        Element topCandidate = top.getFirst();
        Element articleContent = createArticleContent(doc, topCandidate, paging);
        prepArticle(articleContent, options, metadata);
        if (top.getSecond()) {
          topCandidate.attr("id", "readability-page-1");
          topCandidate.addClass("page");
        } else {
          Element div = doc.createElement("div");
          div.attr("id", "readability-page-1");
          div.addClass("page");
          for (Node child : new ArrayList<>(articleContent.childNodes())) {
            child.remove();
            div.appendChild(child);
          }
          articleContent.appendChild(div);
        }
        int textLength = getInnerText(articleContent, getRegEx(), true).length();
        if (textLength < getWordThreshold()) {
          page.html(pageCache.html());
          if (options.getStripUnlikelyCandidates()) {
            options.setStripUnlikelyCandidates(false);
            continue;
          } else if (options.getWeightClasses()) {
            options.setWeightClasses(false);
            continue;
          } else if (options.getCleanConditionally()) {
            options.setCleanConditionally(false);
            continue;
          } else if (textLength <= 0) {
            // Readability4J's list of attempts holds only the last one: nothing found
            return null;
          }
        }
        getTextDirection(topCandidate, doc);
        return articleContent;
      }
    }

    /**
     * Readability4J's inner text ({@code text()} trimmed as Kotlin trims, then runs of white
     * space made one space), without the regular expression when there is no run to replace.
     */
    @Override
    protected String getInnerText(Element e, RegExUtil regEx, boolean normalizeSpaces) {
      String text = remember ? texts.get(e) : null;
      if (text == null) {
        text = kotlinTrim(e.text());
        if (remember) {
          texts.put(e, text);
        }
      }
      return normalizeSpaces && regEx != null && hasWhitespaceRun(text) ? regEx.normalize(text) : text;
    }
  }

  /** Kotlin's {@code CharSequence.trim()}: white space in Kotlin's sense at both ends. */
  static String kotlinTrim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && kotlinWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && kotlinWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  private static boolean kotlinWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether {@code s} holds two characters of the regex class {@code \s} in a row. */
  static boolean hasWhitespaceRun(String s) {
    boolean previous = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && previous) {
        return true;
      }
      previous = space;
    }
    return false;
  }
}
