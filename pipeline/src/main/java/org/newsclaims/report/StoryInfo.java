package org.newsclaims.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.TreeSet;
import org.newsclaims.model.Story;

/**
 * What a report shows of a story: its headline, dates and outlets, without its article list
 * (the reports need only the articles their findings cite, which {@link ArticleInfo} carries).
 *
 * <p>Example: {@code StoryInfo.of(story)} for a line of {@code stories.jsonl}.
 *
 * @param id the story id ({@code s-3fa85f64})
 * @param label the headline nearest the story's centre
 * @param firstPublished earliest publication date of its dated articles, or null
 * @param lastPublished latest, or null
 * @param undated how many of its articles had no date of their own
 * @param articles how many articles it holds
 * @param outlets the outlets printing it that are known, sorted
 * @param outletCount distinct outlets (articles without an outlet count one each)
 * @param independentSources how many independent origins (wire copies counted once)
 */
@JsonPropertyOrder({"id", "label", "firstPublished", "lastPublished", "undated", "articles", "outlets",
    "outletCount", "independentSources"})
public record StoryInfo(String id, String label, String firstPublished, String lastPublished, int undated,
    int articles, List<String> outlets, int outletCount, int independentSources) {

  public static StoryInfo of(Story s) {
    TreeSet<String> outlets = new TreeSet<>();
    if (s.origins() != null) {
      s.origins().forEach(o -> outlets.addAll(o.outlets()));
    }
    return new StoryInfo(s.id(), s.label(), s.firstPublished(), s.lastPublished(), s.undated(),
        s.articles().size(), List.copyOf(outlets), s.outlets(), s.independentSources());
  }
}
