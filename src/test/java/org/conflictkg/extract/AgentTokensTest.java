package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class AgentTokensTest {

    @Test
    void whoPlantedTheBombAVehicleHitIsNamedByTheParticiplesByPhrase() {
        Sentence planted = HandParsed.sentence(0, 0,
                "vehicle vehicle NN 1 nsubj",
                "hits hit VBZ -1 root",
                "a a DT 3 det",
                "bomb bomb NN 1 obj",
                "planted plant VBN 3 amod",
                "by by IN 6 case",
                "militants militant NNS 4 obl");
        assertEquals("militants", AgentTokens.planter(planted, planted.tokens().get(1)).word());
        Sentence bare = HandParsed.sentence(0, 0,
                "vehicle vehicle NN 1 nsubj",
                "hits hit VBZ -1 root",
                "a a DT 3 det",
                "bomb bomb NN 1 obj");
        assertNull(AgentTokens.planter(bare, bare.tokens().get(1)));
    }

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

    @Test
    void aGerundAfterForUnderAPassiveTrialVerbIsDoneByItsSubject() {
        Sentence obl = HandParsed.sentence(0, 0,
                "Cornell Cornell NNP 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "sentenced sentence VBN -1 root",
                "for for IN 4 case",
                "plotting plot VBG 2 obl",
                "an a DT 6 det",
                "attack attack NN 4 obj");
        assertEquals("Cornell", AgentTokens.agent(obl, obl.tokens().get(4)).word());
        Sentence advcl = HandParsed.sentence(0, 0,
                "Cornell Cornell NNP 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "sentenced sentence VBN -1 root",
                "for for IN 4 case",
                "plotting plot VBG 2 advcl",
                "an a DT 6 det",
                "attack attack NN 4 obj");
        assertEquals("Cornell", AgentTokens.agent(advcl, advcl.tokens().get(4)).word());
        Sentence after = HandParsed.sentence(0, 0,
                "Cornell Cornell NNP 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "sentenced sentence VBN -1 root",
                "after after IN 4 mark",
                "plotting plot VBG 2 advcl",
                "an a DT 6 det",
                "attack attack NN 4 obj");
        assertNull(AgentTokens.agent(after, after.tokens().get(4)),
                "an adverbial clause of time is controlled by neither");
    }
}
