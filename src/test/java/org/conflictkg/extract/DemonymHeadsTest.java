package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class DemonymHeadsTest {

    @Test
    void aRunOfNounModifiersAfterADemonymReachesTheStrikeThatEndsIt() {
        Sentence cluster = HandParsed.sentence(0, 0,
                "A a DT 4 det",
                "Russian Russian JJ 2 amod",
                "cluster cluster NN 3 compound",
                "munition munition NN 4 compound",
                "strike strike NN 6 nsubj",
                "in in IN 6 case",
                "kills kill VBZ -1 root");
        assertEquals("strike", DemonymHeads.forceInRunAfter(cluster, 1).word());
        Sentence shelling = HandParsed.sentence(0, 0,
                "Russian Russian JJ 1 amod",
                "artillery artillery NN -1 root",
                "shelling shell VBG 1 amod",
                "with with IN 1 case");
        assertEquals("shelling", DemonymHeads.forceInRunAfter(shelling, 0).word(), "a gerund by its word");
    }

    @Test
    void aRunEndingInAnotherNounNamesNoStrike() {
        Sentence system = HandParsed.sentence(0, 0,
                "a a DT 4 det",
                "Turkish Turkish JJ 4 amod",
                "anti-aircraft anti-aircraft JJ 4 amod",
                "missile missile NN 4 compound",
                "system system NN -1 root",
                ". . . 4 punct");
        assertNull(DemonymHeads.forceInRunAfter(system, 1));
    }
}
