package org.conflictkg.extract;

import java.util.Locale;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Finds the word that frames a trigger: a light verb ("launched an attack"), a planning verb ("plot a raid") or the
 * noun of a plan ("a plan to conduct an attack").
 */
final class FrameVerbs {

    private static final Set<String> LIGHT_VERBS = Lexicons.words("frame-verbs.tsv", "light");
    private static final Set<String> PLANNING_VERBS = Lexicons.words("frame-verbs.tsv", "planning");
    private static final Set<String> UNDERGOING_VERBS = Lexicons.words("frame-verbs.tsv", "undergoing");
    /** Nouns of a plan, whose infinitive tells what was planned ("a plan to conduct an attack"). */
    private static final Set<String> PLAN_NOUNS = Set.of("plan", "scheme");
    private static final Set<String> FOILING_VERBS = Set.of("foil", "thwart", "prevent", "disrupt", "avert",
            "intercept", "stop", "uncover", "dismantle", "bust");

    private FrameVerbs() {
    }

    /** Whether a lemma is a light verb, which only frames the event its object names ("carry out", "launch"). */
    static boolean light(String lemma) {
        return LIGHT_VERBS.contains(lemma);
    }

    /** Whether a lemma is a verb of planning ("plot", "prepare", "orchestrate"). */
    static boolean planning(String lemma) {
        return PLANNING_VERBS.contains(lemma);
    }

    /** Whether a lemma is a verb of foiling, which stops the event it governs ("foiled a plot", "thwart"). */
    static boolean foiling(String lemma) {
        return FOILING_VERBS.contains(lemma);
    }

    /**
     * The verb a noun trigger is the object of, when it is a light or planning verb ("launched an attack"), also when
     * the parser made the trigger a modifier of the noun after the participle that follows it ("conducted one
     * airstrike targeting al-Shabaab terrorists", parsed as one noun phrase headed by "terrorists").
     */
    static Token frameVerb(Sentence sentence, Token trigger) {
        if (trigger.isVerb()) {
            return null;
        }
        Token head = sentence.head(trigger);
        Token phrase = trigger;
        if (head != null && beforeMisparsedParticiple(sentence, trigger)) {
            phrase = head;
            while (phrase.relation().equals("compound") && sentence.head(phrase) != null) {
                phrase = sentence.head(phrase);
            }
            head = sentence.head(phrase);
        }
        if (head == null || !head.isVerb()) {
            return null;
        }
        boolean object = phrase.relation().equals("obj") || phrase.relation().equals("nsubj:pass");
        return object && FrameVerbs.light(head.lemma().toLowerCase(Locale.ROOT)) ? head : null;
    }

    /**
     * Whether the parser attached a noun trigger and the participle right after it to one noun as modifiers
     * ("airstrike targeting al-Shabaab terrorists"), so that the noun phrase stands where the trigger's own would.
     */
    private static boolean beforeMisparsedParticiple(Sentence sentence, Token trigger) {
        int next = trigger.index() + 1;
        if (!trigger.relation().equals("compound") || next >= sentence.tokens().size()) {
            return false;
        }
        Token participle = sentence.tokens().get(next);
        return participle.word().toLowerCase(Locale.ROOT).endsWith("ing") && participle.relation().equals("compound")
                && sentence.head(trigger).equals(sentence.head(participle));
    }

    /** The subject of the verb through which a place undergoes the event its object names ("Kabul suffered an attack"). */
    static Token undergoer(Sentence sentence, Token trigger) {
        Token head = sentence.head(trigger);
        if (trigger.isVerb() || head == null || !head.isVerb() || !trigger.relation().equals("obj")
                || !UNDERGOING_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return sentence.children(head.index()).stream().filter(c -> c.relation().equals("nsubj")).findFirst()
                .orElse(null);
    }

    /**
     * The planning verb an attack noun is the object of ("planning an assault") or an attack verb the infinitive of
     * ("planned to bomb a synagogue"), if any; else the noun of a plan whose infinitive tells the attack ("devised
     * a plan to conduct an attack", "a plan to bomb"), however the parser attached the infinitive.
     */
    static Token planningVerb(Sentence sentence, Token trigger) {
        Token head = sentence.head(trigger);
        String relation = trigger.isVerb() ? "xcomp" : "obj";
        if (head != null && head.isVerb() && trigger.relation().equals(relation)
                && FrameVerbs.planning(head.lemma().toLowerCase(Locale.ROOT))) {
            return head;
        }
        return planNoun(sentence, trigger.isVerb() ? trigger : frameVerb(sentence, trigger));
    }

    /** The plan noun whose infinitive a clause is ("a plan to conduct an attack"), or null. */
    private static Token planNoun(Sentence sentence, Token clause) {
        if (clause == null || sentence.children(clause.index()).stream().noneMatch(c -> c.relation().equals("mark")
                && c.word().equalsIgnoreCase("to"))) {
            return null;
        }
        Token head = sentence.head(clause);
        if (head == null) {
            return null;
        }
        if (clause.relation().startsWith("acl") && PLAN_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return head;
        }
        return !clause.relation().equals("xcomp") ? null : sentence.children(head.index()).stream()
                .filter(c -> c.relation().equals("obj") && PLAN_NOUNS.contains(c.lemma().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }
}
