package org.newsclaims.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The main content of a page whose body is one clear {@code <main>} or {@code <article>}
 * (after the boilerplate rules, holding at least two thirds of the text: see
 * {@link HtmlArticleExtractor}), cleaned in one pass over its tree the way Readability cleans
 * the content it picks, without Readability's scoring, which on such a page only confirms the
 * container (and costs a third of the page's reading time: its passes ask jsoup for the text of
 * every candidate and every link again and again).
 *
 * <p>The pass removes, with Readability's own regular expressions ({@link RegExUtil}'s
 * defaults): the first byline ({@code rel=author} or a byline class, under 100 characters);
 * blocks whose class or id make them unlikely content (comments, related, sidebar, social,
 * banners ...); blocks named "share"; h1/h2 with a negative class weight; and, children before
 * their parents, the {@code div} and {@code ul} blocks Readability's conditional cleaning drops:
 * a negative class weight, or with fewer than ten commas one of: more list items than paragraphs,
 * inputs, less than 25 characters and no image (not a list), a link density over 0.2 (0.5 with
 * a positive class), more images than twice the paragraphs, embeds. A {@code div} without any
 * block inside counts as a paragraph, as Readability turns it into one.
 *
 * <p>Returns null, and Readability chooses, when the container holds a table (data tables need
 * Readability's judgement), keeps less than {@link #MIN_TEXT} characters (Readability would try
 * again with looser rules) or is mostly links. Example: {@code <article><h1>T</h1><div
 * class="byline">Par A. B.</div><p>Le texte …</p><div class="share"><a>Partager</a></div>
 * </article>} keeps the heading and the paragraphs. Linear in the container's size.
 */
final class ClearMainContent {

  /** Readability's word threshold: content shorter than this makes it try again. */
  static final int MIN_TEXT = 500;
  /** Above this share of link text the container is no article body. */
  private static final double MAX_LINK_DENSITY = 0.25;
  /** Elements that keep a {@code div} from being read as a paragraph (Readability's list). */
  private static final Set<String> BLOCK_IN_DIV = Set.of(
      "a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "select");

  private ClearMainContent() {}

  /**
   * Cleans {@code container} in place and returns it, or returns null for Readability to
   * choose, the container then left as it was.
   */
  static Element clean(Element container) {
    Pass pass = new Pass(container);
    NodeTraversor.filter(pass, container);
    if (pass.table || pass.rootStats == null) {
      return null;
    }
    Stats s = pass.rootStats;
    if (s.text < MIN_TEXT || s.links > s.text * MAX_LINK_DENSITY) {
      return null;
    }
    for (Element e : pass.dropped) {
      e.remove();
    }
    return container;
  }

  /** What a block holds: text, link text, commas and the counts the cleaning rules read. */
  private static final class Stats {
    final Element element;
    int text;
    int links;
    int commas;
    int paragraphs;
    int images;
    int items;
    int inputs;
    int embeds;
    boolean block; // a descendant in BLOCK_IN_DIV
    int childElements;
    boolean singleP;
    boolean directText;

    Stats(Element element) {
      this.element = element;
    }

    void add(Stats c) {
      text += c.text;
      links += c.links;
      commas += c.commas;
      paragraphs += c.paragraphs;
      images += c.images;
      items += c.items;
      inputs += c.inputs;
      embeds += c.embeds;
      block |= c.block || BLOCK_IN_DIV.contains(c.element.normalName());
    }
  }

  private static final class Pass implements NodeFilter {
    private static final RegExUtil REGEX = QuietReadability.REGEX;
    private final Element root;
    private final ArrayDeque<Stats> stack = new ArrayDeque<>();
    /** What the cleaning removes, removed only once the container is known to be kept. */
    private final List<Element> dropped = new ArrayList<>();
    private boolean bylineSeen;
    private boolean table;
    private int linkDepth;
    private int figureDepth;
    private Stats rootStats;

    Pass(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        Stats s = stack.peek();
        if (s != null) {
          String w = t.getWholeText();
          int len = collapsedLength(w);
          s.text += len;
          if (linkDepth > 0) {
            s.links += len;
          }
          for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == ',') {
              s.commas++;
            }
          }
          if (len > 0 && !t.isBlank()) {
            s.directText = true;
          }
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (e != root) {
        if (tag.equals("table")) {
          table = true;
          return FilterResult.STOP;
        }
        String names = e.className() + " " + e.id();
        if (!bylineSeen && (e.attr("rel").equals("author") || REGEX.isByline(names))
            && isByline(e.wholeText())) {
          bylineSeen = true;
          return drop(e);
        }
        if (!tag.equals("a") && REGEX.isUnlikelyCandidate(names) && !REGEX.okMaybeItsACandidate(names)
            || names.contains("share") || (tag.equals("h1") || tag.equals("h2")) && weight(e) < 0) {
          return drop(e);
        }
      }
      stack.push(new Stats(e));
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("figure")) {
        figureDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      Stats s = stack.pop();
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("figure")) {
        figureDepth--;
      }
      if (e == root) {
        rootStats = s;
        return FilterResult.CONTINUE;
      }
      if (isDroppedBlock(tag, s)) {
        dropped.add(e);
        return FilterResult.CONTINUE;
      }
      Stats parent = stack.peek();
      parent.add(s);
      parent.childElements++;
      parent.singleP = parent.childElements == 1 && tag.equals("p");
      boolean paragraph = tag.equals("p") || tag.equals("div") && !s.block;
      if (paragraph) {
        parent.paragraphs++;
      } else if (tag.equals("img")) {
        parent.images++;
      } else if (tag.equals("li")) {
        parent.items++;
      } else if (tag.equals("input")) {
        parent.inputs++;
      } else if (tag.equals("embed") && !REGEX.isVideo(e.attr("src"))) {
        parent.embeds++;
      }
      if (tag.equals("div") && s.block && s.directText) {
        parent.paragraphs++; // Readability wraps a block's own text in a paragraph
      }
      return FilterResult.CONTINUE;
    }

    private FilterResult drop(Element e) {
      dropped.add(e);
      return FilterResult.SKIP_ENTIRELY;
    }

    /** Readability's conditional cleaning of one {@code div} or {@code ul}, its children done. */
    private boolean isDroppedBlock(String tag, Stats s) {
      boolean list = tag.equals("ul");
      if (!list && !tag.equals("div")) {
        return false;
      }
      if (!list && (!s.block || s.singleP && s.childElements == 1 && !s.directText)) {
        return false; // Readability makes it a paragraph, or replaces it by its one paragraph
      }
      int weight = weight(s.element);
      if (weight < 0) {
        return true;
      }
      if (s.commas >= 10) {
        return false;
      }
      double linkDensity = s.text == 0 ? 0 : s.links / (double) s.text;
      boolean inFigure = figureDepth > 0;
      int p = s.paragraphs;
      return s.images > 1 && p / (double) s.images < 0.5 && !inFigure
          || !list && s.items - 100 > p
          || s.inputs > Math.floor(p / 3.0)
          || !list && s.text < 25 && s.images == 0 && !inFigure
          || !list && weight < 25 && linkDensity > 0.2
          || weight >= 25 && linkDensity > 0.5
          || s.embeds == 1 && s.text < 75 || s.embeds > 1;
    }
  }

  /** Readability's class weight: -25 or +25 for each of class and id that reads negative or positive. */
  private static int weight(Element e) {
    RegExUtil regex = QuietReadability.REGEX;
    int weight = 0;
    String cls = e.className();
    if (!cls.isBlank()) {
      weight += (regex.isNegative(cls) ? -25 : 0) + (regex.isPositive(cls) ? 25 : 0);
    }
    String id = e.id();
    if (!id.isBlank()) {
      weight += (regex.isNegative(id) ? -25 : 0) + (regex.isPositive(id) ? 25 : 0);
    }
    return weight;
  }

  private static boolean isByline(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.length() < 100;
  }

  /** The length of {@code s} with white space trimmed and each inner run counted as one. */
  static int collapsedLength(String s) {
    int n = 0;
    boolean space = false;
    boolean started = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = started;
        continue;
      }
      if (space) {
        n++;
        space = false;
      }
      n++;
      started = true;
    }
    return n;
  }
}
