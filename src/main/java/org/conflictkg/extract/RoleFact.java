package org.conflictkg.extract;

import java.util.Optional;

/**
 * A person's role or position as one sentence states it ("Russian Foreign Minister Sergei Lavrov"): true as of the
 * document's date, with the words that state it as evidence.
 *
 * @param person the IRI of the person
 * @param title the title or role in lower case, as the lexicon writes it ("foreign minister", "operative")
 * @param office whether the title is a public office (its place is a jurisdiction) rather than a role in a group
 * @param organisation the IRI of the organisation the role is in (an armed group, an authority), when the text
 *     gives one
 * @param jurisdiction the IRI of the country or place of an office ("Russian", "governor of Nangarhar"), when the
 *     text gives one
 * @param sentence the index of the sentence that states it
 * @param begin character offset of the words that state it
 * @param end character offset after them
 * @param text the words that state it, {@code documentText.substring(begin, end)}
 */
public record RoleFact(String person, String title, boolean office, Optional<String> organisation,
        Optional<String> jurisdiction, int sentence, int begin, int end, String text) {
}
