package org.newsclaims.stories;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What story clustering needs of one article, a few hundred bytes however long the article:
 * its most weighted terms, the names among them, its publication date and a sample of its
 * 8-word shingles (for wire copies).
 *
 * <p>Example: the signature of a Betancourt article starts {@code terms=[betancourt, farc,
 * otage, ...]}, {@code weights=[4.1, 3.2, 2.7, ...]}, {@code names=[Betancourt, Farc, ...]}.
 *
 * @param article the article id
 * @param published the article's publication date (ISO, any precision) or null
 * @param outlet the article's outlet or null
 * @param title the article's headline (a story's label is one of its headlines)
 * @param terms the article's story terms (see {@link StoryLexicon#term}), most weighted first
 * @param weights the weighted, damped frequency of each term (position weights: headline and
 *     lede up, the second half of the body down); IDF is applied by {@link StoryClusterer}
 * @param names the names among the article's terms, as written (display form), most
 *     weighted first
 * @param shingles a sample of the hashes of the body's 8-word shingles, sorted: those whose
 *     hash is a multiple of {@link StorySignatures#SAMPLE_EVERY}, so that two copies of one
 *     dispatch keep the same ones
 * @param words the number of words in the body
 * @param dateline the month and day of an agency dateline without a year opening the body
 *     ({@code --03-12} for «PARIS, 12 mars (AFP) -») or of a deictic date in the lede («ce mardi
 *     12 mars»), or null: the story gives the year
 */
@JsonPropertyOrder({"article", "published", "outlet", "title", "terms", "weights", "names", "shingles", "words",
    "dateline"})
public record ArticleSignature(
    String article,
    String published,
    String outlet,
    String title,
    List<String> terms,
    List<Double> weights,
    List<String> names,
    List<Long> shingles,
    int words,
    String dateline) {}
