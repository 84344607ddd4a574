package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One real-world entity after merging its spellings across articles.
 *
 * <p>Example: {@code id="place:koursk", name="Koursk", aliases=["Koursk","Kursk"]}.
 *
 * @param id stable id: type prefix and the folded canonical name
 * @param name canonical display name
 * @param type {@code person}, {@code place}, {@code organisation}
 * @param aliases every spelling seen (sorted)
 * @param articles the articles that mention it (sorted)
 * @param mentions number of mentions in the corpus
 */
@JsonPropertyOrder({"id", "name", "type", "aliases", "articles", "mentions"})
public record Entity(
    String id, String name, String type, List<String> aliases, List<String> articles, long mentions) {}
