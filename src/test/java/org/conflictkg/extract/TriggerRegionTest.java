package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class TriggerRegionTest {

    @Test
    void theTimeOfAReactionInThePresentDatesTheEventItReactsTo() {
        Sentence condemns = HandParsed.sentence(0, 0,
                "US US NNP 1 nsubj",
                "condemns condemn VBZ -1 root",
                "the the DT 3 det",
                "attacks attack NNS 1 obj",
                "yesterday yesterday NN 1 obl:tmod DATE 2016-02-21");
        Set<Integer> own = TriggerRegion.of(condemns, condemns.tokens().get(3), List.of());
        assertTrue(own.contains(4));
    }

    @Test
    void theTimeOfAReactionInThePastIsTheReactions() {
        Sentence claimed = HandParsed.sentence(0, 0,
                "ISIL ISIL NNP 1 nsubj",
                "claimed claim VBD -1 root",
                "the the DT 3 det",
                "attack attack NN 1 obj",
                "on on IN 5 case",
                "Monday Monday NNP 1 obl DATE 2024-03-25");
        Set<Integer> own = TriggerRegion.of(claimed, claimed.tokens().get(3), List.of());
        assertFalse(own.contains(5));
    }
}
