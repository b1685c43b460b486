package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Finds the tokens and the entity mentions of a noun phrase in the dependency tree. */
final class NounPhrases {

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
            if (relation.startsWith("compound") || relation.startsWith("flat") || relation.equals("amod")
                    || relation.startsWith("nmod") || relation.equals("appos") || relation.equals("conj")
                    || relation.equals("nummod") || relation.equals("case") || relation.equals("det")
                    || adverbialConjunct) {
                collectNominal(sentence, child, region, depth + 1);
            }
        }
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
}
