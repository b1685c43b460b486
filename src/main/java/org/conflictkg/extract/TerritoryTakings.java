package org.conflictkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Tells a taking of ground from other captures: forces that capture, retake, seize or overrun a town, a district or
 * a military position ("The Syrian Army recaptures the town of Palmyra from ISIL", "the Taliban overran Sangin
 * District", "Islamic State takes control of Tal Afar") carry out an operation, which coders record as an event (a
 * military operation of state forces, an attack of an armed group or of fighters, militants or rebels); capturing a
 * person is an arrest, and capturing a town only aimed at ("threatens to encircle and capture the port city") is
 * nothing.
 */
final class TerritoryTakings {

    /** Verbs whose object, when it is ground, was taken by force. */
    private static final Set<String> TAKING_VERBS = Set.of("capture", "recapture", "retake", "regain", "seize",
            "overrun", "occupy", "liberate");
    /** Verbs that take ground when their object is control of it ("took control of Tal Afar"). */
    private static final Set<String> CONTROL_VERBS = Set.of("take", "seize", "regain", "gain", "wrest", "retake");
    /** Military positions that are ground to take ("overran an army base", "seized a checkpoint"). */
    private static final Set<String> POSITIONS = Set.of("base", "checkpoint", "outpost", "position", "stronghold",
            "airport", "airbase", "barracks", "garrison", "camp", "territory", "hill", "border crossing", "crossing");

    private TerritoryTakings() {
    }

    /** Whether a verb takes ground: a place, a military position or control of one is its object. */
    static boolean takesGround(Sentence sentence, Token verb, List<EntityMention> here) {
        return !verb.relation().equals("amod") && !intended(sentence, verb) && namesGround(sentence, verb, here);
    }

    /**
     * Whether a verb's object is ground to take, taken or only aimed at ("threatens to encircle and capture the port
     * city of Mariupol"): capturing a city is never an arrest.
     */
    static boolean namesGround(Sentence sentence, Token verb, List<EntityMention> here) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        if (!verb.isVerb() || !TAKING_VERBS.contains(lemma) && !CONTROL_VERBS.contains(lemma)) {
            return false;
        }
        for (Token object : objects(sentence, verb)) {
            String noun = object.lemma().toLowerCase(Locale.ROOT);
            if (CONTROL_VERBS.contains(lemma) && noun.equals("control")) {
                return true;
            }
            if (TAKING_VERBS.contains(lemma) && ground(sentence, object, here)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an object is the control a verb takes ("took control of Tal Afar"): its phrase names the ground. */
    static boolean controlTaken(Token verb, Token object) {
        return verb.isVerb() && object.relation().equals("obj") && object.lemma().equalsIgnoreCase("control")
                && CONTROL_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /** A verb's objects, or those of the verb it is conjoined to when it has none ("encircle and capture X"). */
    private static List<Token> objects(Sentence sentence, Token verb) {
        List<Token> own = ownObjects(sentence, verb);
        Token head = sentence.head(verb);
        boolean shared = own.isEmpty() && verb.relation().equals("conj") && head != null && head.isVerb();
        return shared ? ownObjects(sentence, head) : own;
    }

    private static List<Token> ownObjects(Sentence sentence, Token verb) {
        return sentence.children(verb.index()).stream()
                .filter(c -> c.relation().equals("obj") || c.relation().equals("nsubj:pass")).toList();
    }

    /**
     * Whether the taking is only aimed at or possible ("potentially aiming to capture territories like Kharkiv",
     * "may seize the town", "threatens to encircle and capture"): an infinitive or a verb under a modal, or
     * conjoined to one.
     */
    private static boolean intended(Sentence sentence, Token verb) {
        Token head = sentence.head(verb);
        return aimedAt(sentence, verb) || verb.relation().equals("conj") && head != null && aimedAt(sentence, head);
    }

    private static boolean aimedAt(Sentence sentence, Token verb) {
        return sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("mark")
                && c.lemma().equalsIgnoreCase("to") || c.relation().equals("aux") && c.pos().equals("MD"));
    }

    /** Whether a noun is ground: a named place other than a country, a kind of place, or a military position. */
    private static boolean ground(Sentence sentence, Token noun, List<EntityMention> here) {
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        if (EventPlaces.placeNoun(lemma) || POSITIONS.contains(lemma)) {
            return true;
        }
        return NounPhrases.mentionAt(sentence, noun, here).stream()
                .anyMatch(m -> m.type().isPlace() && m.type() != EntityType.COUNTRY);
    }
}
