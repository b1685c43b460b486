package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class NounPhrasesTest {

    private static final Sentence ATTACK_ON_A_MOSQUE_IN_QUETTA = HandParsed.sentence(0, 0,
            "ISIL ISIL NNP 1 nsubj",
            "claimed claim VBD -1 root",
            "Tuesday Tuesday NNP 4 nmod:poss DATE 2024-03-19",
            "'s 's POS 2 case",
            "attack attack NN 1 obj",
            "on on IN 7 case",
            "a a DT 7 det",
            "mosque mosque NN 4 nmod",
            "in in IN 9 case",
            "Quetta Quetta NNP 7 nmod");

    @Test
    void theMentionsUnderANounIncludeThoseOfItsPrepositionalPhrases() {
        EntityMention isil = HandParsed.mention(ATTACK_ON_A_MOSQUE_IN_QUETTA, 0, 0, EntityType.ARMED_GROUP);
        EntityMention quetta = HandParsed.mention(ATTACK_ON_A_MOSQUE_IN_QUETTA, 9, 9, EntityType.CITY);
        Sentence s = ATTACK_ON_A_MOSQUE_IN_QUETTA;
        assertEquals(List.of(quetta), NounPhrases.entitiesUnder(s, s.tokens().get(4), List.of(isil, quetta)));
        assertEquals(List.of(isil), NounPhrases.mentionAt(s, s.tokens().get(0), List.of(isil, quetta)));
    }

    @Test
    void thePlaceAnotherLiesFromIsNotUnderIt() {
        Sentence s = HandParsed.sentence(0, 0,
                "bomb bomb NN 1 nsubj",
                "exploded explode VBD -1 root",
                "in in IN 3 case",
                "Nahrawan Nahrawan NNP 1 obl",
                ", , , 3 punct",
                "southeast southeast NN 3 appos",
                "of of IN 7 case",
                "Baghdad Baghdad NNP 5 nmod");
        EntityMention nahrawan = HandParsed.mention(s, 3, 3, EntityType.PLACE);
        EntityMention baghdad = HandParsed.mention(s, 7, 7, EntityType.CITY);
        assertEquals(List.of(nahrawan), NounPhrases.entitiesUnder(s, s.tokens().get(3), List.of(nahrawan, baghdad)));
    }

    @Test
    void theNominalRegionLeavesOutPrepositionalPhrases() {
        Sentence s = ATTACK_ON_A_MOSQUE_IN_QUETTA;
        assertEquals(Set.of(2, 3, 4), NounPhrases.nominalRegion(s, s.tokens().get(4)));
    }
}
