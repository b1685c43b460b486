package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class AgentTokensTest {

    @Test
    void theByPhraseOfAParticipleOfDoingOnAnAttackNounIsTheAgent() {
        Sentence inflicted = HandParsed.sentence(0, 0,
                "the the DT 2 det",
                "recent recent JJ 2 amod",
                "attacks attack NNS -1 root",
                "inflicted inflict VBN 2 acl",
                "by by IN 6 case",
                "Boko Boko NNP 6 compound",
                "Haram Haram NNP 3 obl");
        assertEquals("Haram", AgentTokens.agent(inflicted, inflicted.tokens().get(2)).word());
        Sentence condemned = HandParsed.sentence(0, 0,
                "the the DT 1 det",
                "attacks attack NNS -1 root",
                "condemned condemn VBN 1 acl",
                "by by IN 5 case",
                "the the DT 5 det",
                "UN UN NNP 2 obl");
        assertNull(AgentTokens.agent(condemned, condemned.tokens().get(1)), "who condemned it did not do it");
    }
}
