package org.newsclaims.entities;

/**
 * A name found in the text before in-article resolution.
 *
 * @param start first character
 * @param end one past the last character
 * @param text the name as written
 * @param type an {@code EntityMention} type, null for an untyped single word
 * @param placeCue true after a place trigger ("à", "région de")
 */
record RawMention(int start, int end, String text, String type, boolean placeCue) {}
