package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Finds the tokens and the entity mentions of a noun phrase in the dependency tree. */
final class NounPhrases {

    private static final Pattern COMPASS = Pattern.compile(
            "(?i)(north|south)(-?(east|west))?(ern)?|east(ern)?|west(ern)?|central");

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their");

    private NounPhrases() {
    }

    /** The mentions that cover a token. */
    static List<EntityMention> mentionAt(Sentence sentence, Token token, List<EntityMention> here) {
        return here.stream().filter(m -> m.mention().covers(sentence.index(), token.index())).toList();
    }

    /** Mentions in the nominal subtree of a token (not crossing into clauses). */
    static List<EntityMention> entitiesUnder(Sentence sentence, Token token, List<EntityMention> here) {
        Set<Integer> region = new TreeSet<>();
        collectNominal(sentence, token, region, 0);
        List<EntityMention> result = new ArrayList<>();
        for (EntityMention m : here) {
            for (int i = m.mention().firstToken(); i <= m.mention().lastToken(); i++) {
                if (region.contains(i)) {
                    result.add(m);
                    break;
                }
            }
        }
        return result;
    }

    /** Whether a word is a point of the compass ("north", "south-east", "northern"), as in "southeast of Baghdad". */
    static boolean compassPoint(String word) {
        return COMPASS.matcher(word).matches();
    }

    /**
     * The tokens of a noun phrase: its modifiers, prepositional phrases, appositions and conjuncts, and the
     * prepositional phrase of an adverb that is a conjunct ("in Pakistan, Tajikistan and most recently in Kerman").
     */
    private static void collectNominal(Sentence sentence, Token token, Set<Integer> region, int depth) {
        region.add(token.index());
        if (depth > 4) {
            return;
        }
        for (Token child : sentence.children(token.index())) {
            String relation = child.relation();
            boolean adverbialConjunct = relation.startsWith("obl") && token.relation().equals("conj")
                    && !token.isVerb() && !token.isNoun();
            if ((relation.equals("appos") || relation.startsWith("nmod")) && compassPoint(child.word())) {
                continue;
            }
            if (relation.startsWith("compound") || relation.startsWith("flat") || relation.equals("amod")
                    || relation.startsWith("nmod") || relation.equals("appos") || relation.equals("conj")
                    || relation.equals("nummod") || relation.equals("case") || relation.equals("det")
                    || adverbialConjunct) {
                collectNominal(sentence, child, region, depth + 1);
            }
        }
    }

    /** The token indexes of the appositions to a noun, with everything in their noun phrases ("X, a ... group,"). */
    static Set<Integer> appositions(Sentence sentence, Token token) {
        Set<Integer> region = new TreeSet<>();
        for (Token child : sentence.children(token.index())) {
            if (child.relation().equals("appos")) {
                collectNominal(sentence, child, region, 1);
            }
        }
        return region;
    }

    /**
     * The token indexes of a noun's own modifiers ("the March 23 attack", "Tuesday's bombing"), without its
     * prepositional phrases, whose attachment the parser often takes from the clause around it.
     */
    static Set<Integer> nominalRegion(Sentence sentence, Token token) {
        Set<Integer> region = new TreeSet<>();
        region.add(token.index());
        for (Token child : sentence.children(token.index())) {
            String relation = child.relation();
            if (relation.startsWith("compound") || relation.equals("amod") || relation.startsWith("nmod:poss")
                    || relation.equals("nmod:tmod")) {
                collectNominal(sentence, child, region, 1);
            }
        }
        return region;
    }

    /**
     * Whether a noun trigger is in a definite noun phrase: "the attack", "this ISIL attack", "its attack", any
     * possessive ("ISIL's claim") and a name without article ("US warning", "Moscow attacks").
     */
    static boolean definite(Sentence sentence, Token trigger) {
        if (trigger.isVerb()) {
            return false;
        }
        for (Token child : sentence.children(trigger.index())) {
            if (child.index() > trigger.index()) {
                continue;
            }
            String word = child.word().toLowerCase(Locale.ROOT);
            if (child.relation().equals("det") && DEFINITE.contains(word) || child.relation().startsWith("nmod:poss")) {
                return true;
            }
            if (child.relation().equals("compound") && child.pos().startsWith("NNP")
                    && sentence.children(trigger.index()).stream().noneMatch(c -> c.relation().equals("det"))) {
                return true;
            }
            if (child.relation().startsWith("compound") || child.relation().equals("amod")) {
                for (Token grandchild : sentence.children(child.index())) {
                    if (grandchild.relation().equals("det")
                            && DEFINITE.contains(grandchild.word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
