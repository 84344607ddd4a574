package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An input (or one element of a stage) that could not be processed, and why.
 *
 * @param input the file name or record id
 * @param stage where it failed: {@code match}, {@code read}, {@code parse}, {@code extract}, ...
 * @param reason a short, human-readable reason
 * @param error the exception class and message when an error caused it, else null
 */
@JsonPropertyOrder({"input", "stage", "reason", "error"})
public record Reject(String input, String stage, String reason, String error) {}
