package org.conflictkg.extract;

/**
 * A stretch of the document text.
 *
 * @param sentence index of its sentence
 * @param begin offset of its first character
 * @param end offset after its last character
 * @param text the text it covers
 */
public record Span(int sentence, int begin, int end, String text) {
}
