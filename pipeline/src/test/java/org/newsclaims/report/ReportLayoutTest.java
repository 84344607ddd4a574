package org.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;

class ReportLayoutTest {

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::id).toList();
  }

  @Test
  void findingsAreGroupedByStoryWithTheDisputedStoryFirst() {
    ReportLayout layout = ReportLayout.of(ReportFixture.findings(), ReportFixture.articles(), ReportFixture.stories());
    assertEquals(List.of(ReportFixture.QUAKE, ReportFixture.STRIKE, ReportFixture.QUIET),
        layout.groups().stream().map(ReportLayout.StoryGroup::id).toList());
    assertEquals(List.of(0, 1, 2), layout.groups().stream().map(ReportLayout.StoryGroup::tier).toList());
    assertEquals("Séisme dans le Haut-Atlas : le bilan s'alourdit", layout.groups().get(0).label());
  }

  @Test
  void disagreementsAreOrderedConflictThenChangeOverTimeAndAgreementsComeApart() {
    ReportLayout.StoryGroup quake = ReportLayout.of(ReportFixture.findings(), ReportFixture.articles(),
        ReportFixture.stories()).groups().get(0);
    assertEquals(List.of("f-maire", "f-toll", "f-rise"), ids(quake.disagreements()));
    assertEquals(List.of("f-deuil"), ids(quake.agreements()));
    assertEquals(List.of("f-ambulances"), ids(quake.singleSource()));
  }

  @Test
  void aQuoteFindingGoesToTheStoryOfTheArticlesItQuotes() {
    ReportLayout layout = ReportLayout.of(List.of(ReportFixture.mayorQuote()), ReportFixture.articles(), List.of());
    assertEquals(ReportFixture.QUAKE, layout.groups().get(0).id());
    assertEquals("Story " + ReportFixture.QUAKE, layout.groups().get(0).label(), "a story the report was not given");
  }

  @Test
  void findingsOfArticlesWithoutAStoryAreShownLastUnderTheirOwnHeading() {
    Finding loose = FindingBuilder.finding(Finding.CONFLICT).id("f-loose")
        .claim(ClaimBuilder.claim("cinq blessés").article("inconnu.txt").value(5).build()).build();
    List<Finding> findings = new ArrayList<>(ReportFixture.findings());
    findings.add(loose);
    ReportLayout.StoryGroup last = ReportLayout.of(findings, ReportFixture.articles(), ReportFixture.stories())
        .tier(0).get(1);
    assertEquals(ReportLayout.NO_STORY, last.id());
    assertEquals("Findings outside any story", last.label());
  }

  @Test
  void theOrderDoesNotDependOnTheOrderOfTheInput() {
    ReportLayout first = ReportLayout.of(ReportFixture.findings(), ReportFixture.articles(), ReportFixture.stories());
    List<Finding> findings = new ArrayList<>(ReportFixture.findings());
    List<ArticleInfo> articles = new ArrayList<>(ReportFixture.articles());
    List<StoryInfo> stories = new ArrayList<>(ReportFixture.stories());
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(findings, random);
      Collections.shuffle(articles, random);
      Collections.shuffle(stories, random);
      assertEquals(first.groups(), ReportLayout.of(findings, articles, stories).groups());
    }
  }
}
