package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class VictimSubjectsTest {

    private static final Set<String> KILL = Set.of("kill", "die");
    private static final Set<String> WOUND = Set.of("injure", "wound");

    /** "A policeman and two civilians were killed in the blast." */
    private static final Sentence PARTS = HandParsed.sentence(0, 0,
            "A a DT 1 det",
            "policeman policeman NN 6 nsubj:pass",
            "and and CC 4 cc",
            "two two CD 4 nummod NUMBER 2.0",
            "civilians civilian NNS 1 conj",
            "were be VBD 6 aux:pass",
            "killed kill VBN -1 root",
            "in in IN 9 case",
            "the the DT 9 det",
            "blast blast NN 6 obl");

    @Test
    void theSubjectsPartsAreAddedUp() {
        List<VictimSubjects.Count> counts = VictimSubjects.in(PARTS, KILL, WOUND);
        assertEquals(1, counts.size());
        assertTrue(counts.get(0).killed());
        assertEquals(3, counts.get(0).people());
    }

    @Test
    void aPartWithoutACountLeavesTheWholeUnknown() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "A a DT 1 det",
                "soldier soldier NN 5 nsubj:pass",
                "and and CC 3 cc",
                "civilians civilian NNS 1 conj",
                "were be VBD 5 aux:pass",
                "injured injure VBN -1 root");
        assertTrue(VictimSubjects.in(sentence, KILL, WOUND).isEmpty());
    }

    @Test
    void anAmountIsNoPerson() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "An a DT 2 det",
                "unknown unknown JJ 2 amod",
                "number number NN 4 nsubj:pass",
                "were be VBD 4 aux:pass",
                "injured injure VBN -1 root");
        assertTrue(VictimSubjects.in(sentence, KILL, WOUND).isEmpty());
    }

    @Test
    void theAttackOfTheSentenceTakesTheSumWhenTheVerbSaysTheyDiedInIt() {
        EventDraft blast = HandParsed.draft(EventType.BOMBING, PARTS, 9);
        CasualtyCounter.assign(List.of(blast), PARTS, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(3, "")), blast.killed);
    }
}
