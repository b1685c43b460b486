package org.conflictkg.extract;

/**
 * A number of people killed or wounded, as the text gives it.
 *
 * @param count the number
 * @param qualifier "at least", "over", "about", ... or "" when the number is given as exact
 */
public record Casualties(int count, String qualifier) {
}
