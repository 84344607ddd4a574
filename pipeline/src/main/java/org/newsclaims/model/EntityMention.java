package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One mention of a person, place or organisation in an article.
 *
 * @param article input file name
 * @param text the surface form ("Valéri Guérassimov", "Koursk", "le maître du Kremlin")
 * @param name the name this mention stands for within its article: the fullest form the
 *     article uses ("Valéri Guérassimov" for "M. Guérassimov"), or the role holder's name
 * @param type {@code person}, {@code place}, {@code organisation}
 * @param start start offset in the article text
 * @param end end offset (exclusive)
 */
@JsonPropertyOrder({"article", "text", "name", "type", "start", "end"})
public record EntityMention(String article, String text, String name, String type, int start, int end) {

  public static final String PERSON = "person";
  public static final String PLACE = "place";
  public static final String ORGANISATION = "organisation";
}
