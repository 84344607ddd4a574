package org.newsclaims.entities;

import java.util.List;
import java.util.Map;
import org.newsclaims.model.Entity;
import org.newsclaims.model.EntityMention;

/**
 * Merges the mentions of one block (one {@link NameKey}) into entities.
 *
 * <p>TODO(entities helper): similarity clustering within the block, canonical names.
 */
public final class EntityClusterer {

  /** Entities of the block and, for each mention name, the id of its entity. */
  public record Result(List<Entity> entities, Map<String, String> aliasToId) {}

  public static EntityClusterer fromResources() {
    return new EntityClusterer();
  }

  public Result cluster(String blockKey, Iterable<EntityMention> mentions) {
    return new Result(List.of(), Map.of());
  }

  /** The key under which the alias table stores a mention name. */
  public static String aliasKey(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
