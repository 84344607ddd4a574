package org.newsclaims.claims;

/**
 * A number claim under construction: its token range and what the words around the number say.
 *
 * @param from first token of the claim (qualifier included)
 * @param to one past its last token (unit included)
 * @param value the stated number, null for ranges and vague amounts
 * @param low lower bound of the interval the words allow
 * @param high upper bound, null when open
 * @param unit one of {@code Claim.Units}
 * @param qualifier one of {@code Claim.Qualifiers}
 * @param whatFrom first token of the counted noun phrase, -1 when none
 * @param whatTo one past its last token, -1 when none
 * @param what the noun phrase as written, or null
 * @param restates true after "soit": the claim restates the previous one
 */
record ClaimReading(int from, int to, Double value, Double low, Double high, String unit,
    String qualifier, int whatFrom, int whatTo, String what, boolean restates) {}
