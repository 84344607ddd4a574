package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsclaims.consistency.ConsistencyJudge;
import org.newsclaims.entities.AliasTable;
import org.newsclaims.entities.EntityClusterer;
import org.newsclaims.entities.NameKey;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Entity;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;
import org.newsclaims.quotes.QuoteComparer;
import org.newsclaims.report.JsonLines;

/**
 * The batch graph's resolving and judging steps done in memory on one consistent set of
 * extractions (the articles of a streaming window as of one firing): the same blocks and
 * clustering as {@link ResolveEntities}, the same keying of claims and quotes, then
 * {@link ConsistencyJudge} per story and {@link CompareQuotes#compare} per speaker.
 *
 * <p>Streaming needs it because the batch graph chains several grouping steps and side inputs;
 * under early and late firings each step would see a different subset of the articles (a late
 * article's claims keyed against an alias table that does not know its spellings yet). Judging a
 * whole window's snapshot at once gives every pane findings exactly as a batch run on the
 * window's articles would.
 *
 * <pre>{@code
 * List<Finding> findings = new JudgeSnapshot().judge(claims, quotes, mentions);
 * }</pre>
 */
final class JudgeSnapshot {

  private final EntityClusterer clusterer = EntityClusterer.fromResources();
  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();
  private final QuoteComparer comparer = new QuoteComparer();

  /** The findings on these extractions, sorted as findings.jsonl is (by their JSON line). */
  List<Finding> judge(List<Claim> claims, List<Quote> quotes, List<EntityMention> mentions) {
    // entities: blocks of spellings, clustered, then parts of one id merged (ResolveEntities)
    Map<String, EntityClusterer.Summary> blocks = new TreeMap<>();
    for (EntityMention m : mentions) {
      blocks.computeIfAbsent(NameKey.of(m.name(), m.type()), k -> new EntityClusterer.Summary()).add(m);
    }
    Map<String, List<Entity>> parts = new TreeMap<>();
    Map<String, List<String>> aliasIds = new TreeMap<>();
    blocks.forEach((key, summary) -> {
      EntityClusterer.Result result = clusterer.cluster(key, summary);
      result.entities().forEach(e -> parts.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e));
      result.aliasToId().forEach((alias, id) -> aliasIds.computeIfAbsent(alias, k -> new ArrayList<>()).add(id));
    });
    Map<String, String> aliases = new TreeMap<>();
    aliasIds.forEach((alias, ids) -> aliases.put(alias, ResolveEntities.smaller(ids)));
    Map<String, String> names = new TreeMap<>();
    Map<String, String> idOfName = new TreeMap<>();
    parts.forEach((id, entityParts) -> {
      Entity e = ResolveEntities.merge(entityParts);
      names.put(e.id(), e.name());
      idOfName.merge(e.name(), e.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    });

    AliasTable table = new AliasTable(aliases, names);
    List<Finding> findings = new ArrayList<>();
    // claims per story (JudgeConsistency)
    Map<String, List<Claim>> byGroup = new TreeMap<>();
    for (Claim c : claims) {
      Claim keyed = table.key(c);
      byGroup.computeIfAbsent(ConsistencyJudge.groupOf(keyed), k -> new ArrayList<>()).add(keyed);
    }
    byGroup.forEach((id, group) -> {
      group.sort(Comparator.comparing(Claim::article).thenComparingInt(Claim::start).thenComparingInt(Claim::end));
      findings.addAll(judge.judgeGroup(id, group, names));
    });
    // quotes per speaker (CompareQuotes)
    Map<String, List<Quote>> bySpeaker = new TreeMap<>();
    for (Quote q : quotes) {
      Quote keyed = table.key(q);
      if (keyed.speaker() != null) {
        bySpeaker.computeIfAbsent(keyed.speaker(), k -> new ArrayList<>()).add(keyed);
      }
    }
    bySpeaker.forEach((speaker, group) ->
        findings.addAll(CompareQuotes.compare(idOfName.getOrDefault(speaker, speaker), speaker, group, comparer)));

    findings.sort(Comparator.comparing(JsonLines::toLine));
    return findings;
  }
}
