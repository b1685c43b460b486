package org.conflictkg.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects the tag of a verb of violence in the present that the tagger read as a noun, before the sentence is
 * parsed: digests and headlines tell the day's events in the present ("Gunmen kill five teachers", "Suspected
 * jihadists attack Dioungani", "Nigeria's military kill 13 members of Boko Haram"), and the tagger often makes such a
 * verb the head noun of its subject. The word must follow a plural subject noun (or a force noun: "military",
 * "army", "police") and come before what it acts on (a determiner, a number, a possessive, a name); it becomes a verb
 * in the present (VBP, or VBZ when it ends in "s") with its verb lemma.
 */
final class PresentTenseVerbs {

    /** Verbs of violence, capture and release, in their base forms. */
    private static final Set<String> VERBS = Set.of("kill", "attack", "storm", "seize", "shoot", "bomb", "capture",
            "abduct", "kidnap", "launch", "fire", "hit", "raid", "ambush", "strike", "shell", "target", "behead",
            "execute", "massacre", "murder", "overrun", "besiege", "torch", "burn", "loot", "detain", "arrest", "free",
            "release", "clash", "slaughter", "stab", "hijack", "wound", "injure");
    /** Singular nouns that name a force and may be the subject of such a verb ("Nigeria's military kill"). */
    private static final Set<String> FORCE_NOUNS = Set.of("military", "army", "police", "navy", "coalition");
    /** Tags of what a verb's object begins with. */
    private static final Set<String> OBJECT_STARTS = Set.of("DT", "CD", "PRP$", "NNP", "NNPS", "PRP");

    private PresentTenseVerbs() {
    }

    /** Retags, in place, the verbs of a sentence's tokens that the tagger read as nouns; returns whether any was. */
    static boolean correct(List<CoreLabel> tokens) {
        boolean changed = false;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String tag = token.tag();
            String word = token.word().toLowerCase(Locale.ROOT);
            String base = word.endsWith("es") && VERBS.contains(word.substring(0, word.length() - 2))
                    ? word.substring(0, word.length() - 2)
                    : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (tag == null || !(tag.equals("NN") || tag.equals("NNS")) || !VERBS.contains(base)
                    || !subject(tokens.get(i - 1)) || !OBJECT_STARTS.contains(tokens.get(i + 1).tag())) {
                continue;
            }
            String verbTag = word.equals(base) ? "VBP" : "VBZ";
            token.setTag(verbTag);
            token.setLemma(base);
            changed = true;
        }
        return changed;
    }

    private static boolean subject(CoreLabel before) {
        String tag = before.tag();
        return "NNS".equals(tag) || "NNPS".equals(tag)
                || FORCE_NOUNS.contains(before.word().toLowerCase(Locale.ROOT));
    }
}
