package org.conflictkg.extract;

/**
 * The date of an event, as precise as the text gives it.
 *
 * @param value "2024-03-23", "2024-03" or "2024"
 * @param precision "day", "month" or "year"
 * @param scope where the time expression was found: "sentence" or "paragraph"
 * @param text the time expression as written
 */
public record EventDate(String value, String precision, String scope, String text) {
}
