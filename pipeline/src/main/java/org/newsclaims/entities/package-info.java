/**
 * Entity recognition and cross-article resolution, in plain Java.
 *
 * <p>Flow: {@link org.newsclaims.entities.EntityRecogniser#find} gives the mentions of one
 * article, each with the name it stands for in that article; {@link
 * org.newsclaims.entities.NameKey#of} gives each mention's blocking key (spellings of one
 * entity across outlets share it); {@link org.newsclaims.entities.EntityClusterer#cluster}
 * merges the mentions of one block into entities with stable ids ({@code place:koursk},
 * {@code person:valeri-guerassimov}) and maps every mention name and text, through {@link
 * org.newsclaims.entities.EntityClusterer#aliasKey}, to its entity id.
 *
 * <p>Language data, all documented in their headers and extendable without code changes, is in
 * {@code src/main/resources/org/newsclaims/entities/}: {@code gazetteer.tsv} (known entities,
 * aliases, roles with dates), {@code demonyms.tsv} (country adjectives), {@code titles.tsv}
 * (titles, roles, place triggers, state and organisation nouns, particles), {@code
 * stopwords.txt} (words that never make a name), {@code firstnames.txt} (given names) and
 * {@code transliteration.tsv} (spelling rules of the name keys).
 */
package org.newsclaims.entities;
