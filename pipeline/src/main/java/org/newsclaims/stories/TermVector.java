package org.newsclaims.stories;

/**
 * An article as a sparse unit vector over the term ids of one clustering run, heaviest terms
 * first ({@link StoryClusterer}).
 *
 * @param terms term ids
 * @param weights the terms' TF-IDF weights, normalised to unit length
 */
record TermVector(int[] terms, double[] weights) {}
