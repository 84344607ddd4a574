package org.newsclaims.attribution;

/**
 * One attribution rule. Sieves run in order, from the most precise to the loosest, and the
 * first that gives a speaker (or decides that the cue names nobody) wins; CoreNLP's QuoteLi
 * quote attribution is the model. A sieve reads the article's tokens, cues and persons from
 * {@link ArticleSpeakers} and returns null when it does not apply.
 */
interface Sieve {

  /** The speaker of the target, {@link Speaker#nobody} when the cue found names nobody, or null. */
  Speaker attribute(ArticleSpeakers article, Target target);
}
