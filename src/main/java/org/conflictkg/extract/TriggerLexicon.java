package org.conflictkg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.conflictkg.nlp.Token;

/** The lemmas that name events ({@code triggers.tsv}): nouns and verbs, each with the type of event it names. */
final class TriggerLexicon {

    private static final Map<String, EventType> NOUNS = read(false);
    private static final Map<String, EventType> VERBS = read(true);

    private TriggerLexicon() {
    }

    /** The type of event a noun lemma names, or null when it names none. */
    static EventType noun(String lemma) {
        return NOUNS.get(lemma);
    }

    /** The type of event a verb lemma names, or null when it names none. */
    static EventType verb(String lemma) {
        return VERBS.get(lemma);
    }

    /** Whether a token is a verb that names an attack ("attack", "bomb", "ambush"). */
    static boolean attackVerb(Token token) {
        EventType type = token.isVerb() ? VERBS.get(token.lemma().toLowerCase(Locale.ROOT)) : null;
        return type != null && type.isAttack();
    }

    /** Whether a token is a noun that names an attack ("attack", "bombing", "ambush"). */
    static boolean attackNoun(Token token) {
        EventType type = token.isNoun() ? NOUNS.get(token.lemma().toLowerCase(Locale.ROOT)) : null;
        return type != null && type.isAttack();
    }

    private static Map<String, EventType> read(boolean verbs) {
        Map<String, EventType> triggers = new HashMap<>();
        for (String[] row : Lexicons.rows("triggers.tsv", 3)) {
            EventType type = EventType.ofLocalName(row[2])
                    .orElseThrow(() -> new IllegalStateException("triggers.tsv: unknown event type " + row[2]));
            if (row[1].equals("V") == verbs) {
                triggers.put(row[0], type);
            }
        }
        return Map.copyOf(triggers);
    }
}
