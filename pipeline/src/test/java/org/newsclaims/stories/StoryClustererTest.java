package org.newsclaims.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.stories.StoryTexts.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Story;

class StoryClustererTest {

  private static StoryClusterer.Result cluster(Article... articles) {
    List<ArticleSignature> sigs = new ArrayList<>();
    for (Article a : articles) {
      sigs.add(StorySignatures.fromResources().of(a));
    }
    return StoryClusterer.withDefaults().cluster(sigs);
  }

  private static String story(StoryClusterer.Result r, String article) {
    return r.assignments().get(article).story();
  }

  @Test
  void generalWordsSuchAsGouvernementAndPresidentDoNotGlueTwoStories() {
    StoryClusterer.Result r = cluster(
        article("q1", "2023-02-07", null, QUAKE_1_TITLE, QUAKE_1),
        article("q2", "2023-02-07", null, QUAKE_2_TITLE, QUAKE_2),
        article("s1", "2023-02-07", null, STRIKE_1_TITLE, STRIKE_1),
        article("s2", "2023-02-08", null, STRIKE_2_TITLE, STRIKE_2));
    assertEquals(2, r.stories().size(), r.stories().toString());
    assertEquals(story(r, "q1"), story(r, "q2"));
    assertEquals(story(r, "s1"), story(r, "s2"));
    assertNotEquals(story(r, "q1"), story(r, "s1"));
  }

  @Test
  void anUnrelatedBriefAppendedAtTheEndDoesNotPullAnArticleIntoTheOtherStory() {
    StoryClusterer.Result r = cluster(
        article("q1", null, null, QUAKE_1_TITLE, QUAKE_1),
        article("q3", null, null, QUAKE_3_TITLE, QUAKE_3),
        article("s1", null, null, STRIKE_1_TITLE, STRIKE_1),
        article("s2", null, null, STRIKE_2_TITLE, STRIKE_2));
    assertEquals(story(r, "q1"), story(r, "q3"));
    assertNotEquals(story(r, "s1"), story(r, "q3"));
  }

  @Test
  void aFollowUpAMonthLaterIsALinkedEventOfTheSameStory() {
    StoryClusterer.Result r = cluster(
        article("q1", "2023-02-07", null, QUAKE_1_TITLE, QUAKE_1),
        article("q2", "2023-02-07", null, QUAKE_2_TITLE, QUAKE_2),
        article("q4", "2023-03-07", null, QUAKE_4_TITLE, QUAKE_4),
        article("s1", "2023-02-07", null, STRIKE_1_TITLE, STRIKE_1));
    assertEquals(story(r, "q1"), story(r, "q4"));
    assertNotEquals(r.assignments().get("q1").event(), r.assignments().get("q4").event());
    assertEquals(r.assignments().get("q1").event(), r.assignments().get("q2").event());
    Story quake = r.stories().stream().filter(s -> s.articles().contains("q4")).findFirst().orElseThrow();
    assertEquals(List.of("q1", "q2", "q4"), quake.articles());
    assertEquals(2, quake.events().size());
    assertEquals(List.of("q1", "q2"), quake.events().get(0).articles());
    assertEquals(List.of(), quake.events().get(0).linkedBy());
    assertEquals(List.of("q4"), quake.events().get(1).articles());
    assertTrue(quake.events().get(1).linkedBy().containsAll(List.of("Antakya", "Erdogan")),
        quake.events().get(1).toString());
    assertEquals("2023-02-07", quake.firstPublished());
    assertEquals("2023-03-07", quake.lastPublished());
  }

  @Test
  void anUndatedArticleInADatedStoryTakesTheMedianDateOfItsEventWithTheSpan() {
    StoryClusterer.Result r = cluster(
        article("q1", "2023-02-07", null, QUAKE_1_TITLE, QUAKE_1),
        article("q1b", null, null, QUAKE_1B_TITLE, QUAKE_1B),
        article("q2", "2023-02-09", null, QUAKE_2_TITLE, QUAKE_2));
    StoryAssignment undated = r.assignments().get("q1b");
    assertEquals("2023-02-07", undated.published());
    assertEquals("story", undated.dateSource());
    assertEquals("2023-02-07/2023-02-09", undated.publishedSpan());
    assertNull(r.assignments().get("q1").published(), "a dated article keeps its own date");
    assertEquals(1, r.stories().get(0).undated());
  }

  @Test
  void anUndatedFollowUpOnlyLooselyLikeTheDatedArticlesIsNotDatedByThem() {
    StoryClusterer.Result r = cluster(
        article("q1", "2023-02-07", null, QUAKE_1_TITLE, QUAKE_1),
        article("q2", "2023-02-07", null, QUAKE_2_TITLE, QUAKE_2),
        article("q4", null, null, QUAKE_4_TITLE, QUAKE_4));
    assertEquals(story(r, "q1"), story(r, "q4"));
    StoryAssignment loose = r.assignments().get("q4");
    assertNull(loose.published(), "placed by its text alone, it may be a later day's article: " + loose);
    assertNull(loose.dateSource());
  }

  @Test
  void aDatelineWithoutAYearTakesTheYearOfItsStory() {
    StoryClusterer.Result r = cluster(
        article("q1", "2023-02-07", null, QUAKE_1_TITLE, QUAKE_1),
        article("q2", "2023-02-07", null, QUAKE_2_TITLE, QUAKE_2),
        article("afp", null, null, "Un enfant sauvé des décombres", QUAKE_DATELINE));
    StoryAssignment dispatch = r.assignments().get("afp");
    assertEquals("2023-02-08", dispatch.published());
    assertEquals("dateline+story", dispatch.dateSource());
  }

  @Test
  void aMonthFromTheHeaderIsCompletedByTheStoryWhenItFallsInThatMonth() {
    StoryClusterer.Result r = cluster(
        article("q1", "2023-02-07", null, QUAKE_1_TITLE, QUAKE_1),
        article("q1b", "2023-02", null, QUAKE_1B_TITLE, QUAKE_1B));
    assertEquals("2023-02-07", r.assignments().get("q1b").published());
    assertEquals("header+story", r.assignments().get("q1b").dateSource());
  }

  @Test
  void theSameArticlesInAnyOrderGiveTheSameStoriesAndIds() {
    List<Article> articles = new ArrayList<>(List.of(
        article("q1", "2023-02-07", null, QUAKE_1_TITLE, QUAKE_1),
        article("q2", null, null, QUAKE_2_TITLE, QUAKE_2),
        article("q4", "2023-03-07", null, QUAKE_4_TITLE, QUAKE_4),
        article("s1", "2023-02-07", null, STRIKE_1_TITLE, STRIKE_1),
        article("s2", null, null, STRIKE_2_TITLE, STRIKE_2)));
    StoryClusterer.Result first = cluster(articles.toArray(Article[]::new));
    Collections.reverse(articles);
    StoryClusterer.Result second = cluster(articles.toArray(Article[]::new));
    assertEquals(first, second);
    assertEquals("s-" + StoryClusterer.hash("q1"), story(first, "q2"));
  }

  @Test
  void aStoryIsLabelledWithAHeadlineAndListsItsMainNames() {
    StoryClusterer.Result r = cluster(
        article("s1", "2023-02-07", "lemonde.fr", STRIKE_1_TITLE, STRIKE_1),
        article("s2", "2023-02-08", "liberation.fr", STRIKE_2_TITLE, STRIKE_2));
    Story s = r.stories().get(0);
    assertTrue(s.label().equals(STRIKE_1_TITLE) || s.label().equals(STRIKE_2_TITLE), s.label());
    assertTrue(s.entities().containsAll(List.of("SNCF", "Borne", "CGT")), s.entities().toString());
    assertEquals(2, s.outlets());
    assertEquals(2, s.independentSources());
  }

  @Test
  void twoEventsInOneCountrySharingOnlyTheCountryAndItsCapitalAreTwoStories() {
    StoryClusterer.Result r = cluster(
        article("f1", "2008-06-10", null, FLOOD_1_TITLE, FLOOD_1),
        article("f2", "2008-06-11", null, FLOOD_2_TITLE, FLOOD_2),
        article("t1", "2008-07-02", null, PARADE_1_TITLE, PARADE_1),
        article("t2", "2008-07-03", null, PARADE_2_TITLE, PARADE_2));
    assertEquals(story(r, "f1"), story(r, "f2"));
    assertEquals(story(r, "t1"), story(r, "t2"));
    assertNotEquals(story(r, "f1"), story(r, "t1"), r.stories().toString());
  }

  @Test
  void aTermInMoreThanHalfOfManyArticlesWeighsNothingButAFewArticlesKeepAllTheirTerms() {
    assertTrue(StoryClusterer.ubiquitous(51, 100));
    assertFalse(StoryClusterer.ubiquitous(50, 100));
    assertFalse(StoryClusterer.ubiquitous(99, 99), "a folder of one story's articles shares all its names");
  }
}
