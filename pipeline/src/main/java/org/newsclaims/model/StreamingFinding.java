package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of a streaming findings file: a finding as judged in one event-time window at one
 * firing (pane) of that window (docs/output-format.md, "Streaming mode").
 *
 * <p>Example: {@code new StreamingFinding("2024-06-03", "2024-07-01", 2, "late", false, finding)}.
 *
 * @param windowStart first day of the window (publication dates, UTC), inclusive
 * @param windowEnd day the window ends, exclusive
 * @param pane the firing's index in its window, from 0; a higher index supersedes a lower one
 * @param timing {@code early} (before the watermark passed the window's end), {@code on_time},
 *     {@code late} (a late article arrived) or {@code unknown}
 * @param last true when the window will fire no more (the watermark passed its end plus the
 *     allowed lateness, or the input ended)
 * @param finding the finding, exactly as a line of findings.jsonl
 */
@JsonPropertyOrder({"windowStart", "windowEnd", "pane", "timing", "last", "finding"})
public record StreamingFinding(
    String windowStart, String windowEnd, long pane, String timing, boolean last, Finding finding) {}
