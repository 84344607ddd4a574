package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;
import org.newsclaims.quotes.QuoteAlignment;
import org.newsclaims.text.ResourceTable;

/**
 * Turns aligned quotations of one speaker into findings: the same statement quoted by several
 * outlets, word for word ({@code agree}), one outlet quoting more of it ({@code compatible}), or
 * with different words ({@code conflict}: "positions plus favorables" against "positions moins
 * chères").
 *
 * <p>Alignments link quotes pairwise; linked quotes form one statement. Example:
 * {@code QuoteFindings.judge("person:x", "X", quotes, new QuoteComparer().align(quotes))}.
 */
public final class QuoteFindings {

  private QuoteFindings() {}

  public static List<Finding> judge(String entityId, String speaker, List<Quote> quotes, List<QuoteAlignment> alignments) {
    Map<Quote, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      index.put(quotes.get(i), i);
    }
    int[] parent = new int[quotes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<QuoteAlignment> usable = new ArrayList<>();
    for (QuoteAlignment a : alignments) {
      if (!sameStatement(a)) {
        continue;
      }
      Integer l = indexOf(index, quotes, a.left());
      Integer r = indexOf(index, quotes, a.right());
      if (l != null && r != null) {
        parent[find(parent, l)] = find(parent, r);
        usable.add(a);
      }
    }
    Map<Integer, List<QuoteAlignment>> byStatement = new TreeMap<>();
    for (QuoteAlignment a : usable) {
      byStatement.computeIfAbsent(find(parent, indexOf(index, quotes, a.left())), k -> new ArrayList<>()).add(a);
    }
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<Integer, List<QuoteAlignment>> e : byStatement.entrySet()) {
      List<Quote> members = new ArrayList<>();
      for (int i = 0; i < quotes.size(); i++) {
        if (find(parent, i) == e.getKey()) {
          members.add(quotes.get(i));
        }
      }
      members.sort(Comparator.comparing(Quote::article).thenComparingInt(Quote::start));
      findings.add(finding(entityId, speaker, members, e.getValue()));
    }
    return findings;
  }

  private static Finding finding(String entityId, String speaker, List<Quote> members, List<QuoteAlignment> pairs) {
    List<String> reworded = new ArrayList<>();
    List<String> longer = new ArrayList<>();
    for (QuoteAlignment raw : pairs) {
      QuoteAlignment a = withoutFunctionWords(raw);
      if (!a.leftOnly().isEmpty() && !a.rightOnly().isEmpty()) {
        reworded.add("«" + a.leftPassage() + "» (" + a.left().article() + ") against «" + a.rightPassage() + "» ("
            + a.right().article() + ")");
      } else if (!a.sameWording()) {
        Quote more = a.leftOnly().isEmpty() ? a.right() : a.left();
        List<String> extra = a.leftOnly().isEmpty() ? a.rightOnly() : a.leftOnly();
        longer.add(more.article() + " adds «" + String.join(" ", extra) + "»");
      }
    }
    TreeSet<String> articles = new TreeSet<>();
    members.forEach(q -> articles.add(q.article()));
    String who = speaker == null ? "the same speaker" : speaker;
    String verdict;
    String explanation;
    if (!reworded.isEmpty()) {
      verdict = Finding.CONFLICT;
      explanation = articles.size() + " outlets quote " + who + " making the same statement in different words: "
          + String.join("; ", new TreeSet<>(reworded)) + ". At most one of them can be the speaker's own words.";
    } else if (!longer.isEmpty()) {
      verdict = Finding.COMPATIBLE;
      explanation = articles.size() + " outlets quote the same statement of " + who + "; the wording matches where "
          + "they overlap, and " + String.join("; ", new TreeSet<>(longer)) + ".";
    } else {
      verdict = Finding.AGREE;
      explanation = articles.size() + " outlets quote " + who + " word for word.";
    }
    String first = members.stream().map(Quote::text).min(Comparator.naturalOrder()).orElse("");
    String property = "quote:" + ConsistencyJudge.shortHash(first);
    String label = "words quoted: «" + (first.length() > 60 ? first.substring(0, 60) + "…" : first) + "»";
    return new Finding(ConsistencyJudge.shortHash(entityId + "|" + property + "|" + verdict), entityId, speaker,
        property, label, verdict, List.of(), members.stream().map(Finding.QuoteEvidence::of).toList(), explanation);
  }

  private static final java.util.Set<String> FUNCTION_WORDS =
      java.util.Set.copyOf(ResourceTable.words(QuoteFindings.class, "function-words.txt"));

  /** The alignment with differing words that are only articles, pronouns and the like dropped. */
  static QuoteAlignment withoutFunctionWords(QuoteAlignment a) {
    return new QuoteAlignment(a.left(), a.right(), a.similarity(), a.leftPassage(), a.rightPassage(),
        content(a.leftOnly()), content(a.rightOnly()));
  }

  private static List<String> content(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replace('’', '\''))) {
        out.add(w);
      }
    }
    return out;
  }


  /** Minimum words in each passage for two differently worded quotes to count as one statement. */
  private static final int MIN_WORDS = 3;

  /**
   * Whether an alignment really renders one statement: quotes of one article are never two
   * renderings of each other, figures that differ make different statements ("plus de 1 100
   * km2" is not "plus de 86 %"), and very short fragments must match word for word.
   */
  static boolean sameStatement(QuoteAlignment a) {
    if (a.left().article().equals(a.right().article())) {
      return false;
    }
    if (!digits(a.left().text()).equals(digits(a.right().text()))) {
      return false;
    }
    QuoteAlignment content = withoutFunctionWords(a);
    if (content.leftOnly().size() > MAX_CHANGED_WORDS && content.rightOnly().size() > MAX_CHANGED_WORDS) {
      return false; // two different sentences that share some words, not one statement reworded
    }
    return a.sameWording() || (words(a.leftPassage()) >= MIN_WORDS && words(a.rightPassage()) >= MIN_WORDS);
  }

  /** More words changed than this on both sides, and two quotes are different statements. */
  private static final int MAX_CHANGED_WORDS = 4;

  private static String digits(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ' && Character.isLetter(c)) {
        b.append(' ');
      }
    }
    return b.toString().trim();
  }

  private static int words(String passage) {
    return passage == null || passage.isBlank() ? 0 : passage.trim().split("\\s+").length;
  }

  private static Integer indexOf(Map<Quote, Integer> index, List<Quote> quotes, Quote q) {
    Integer i = index.get(q);
    if (i == null) {
      int at = quotes.indexOf(q);
      i = at < 0 ? null : at;
    }
    return i;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
