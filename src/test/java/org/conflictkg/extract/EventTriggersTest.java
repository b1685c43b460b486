package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EventTriggersTest {

    private static EventType typeOf(int trigger, String... tokens) {
        Sentence sentence = HandParsed.sentence(0, 0, tokens);
        return EventTriggers.type(sentence, sentence.tokens().get(trigger), List.of());
    }

    @Test
    void openingFireIsAnArmedAssaultAndSettingFireArson() {
        assertEquals(EventType.ARMED_ASSAULT, typeOf(1,
                "Gunmen gunman NNS 1 nsubj",
                "opened open VBD -1 root",
                "fire fire NN 1 obj"));
        assertEquals(EventType.ARSON, typeOf(1,
                "Attackers attacker NNS 1 nsubj",
                "set set VBD -1 root",
                "fire fire NN 1 obj"));
        assertNull(typeOf(1,
                "They they PRP 1 nsubj",
                "opened open VBD -1 root",
                "talks talk NNS 1 obj"));
    }

    @Test
    void firingIsAnAttackOnlyWithAProjectile() {
        assertEquals(EventType.ATTACK, typeOf(1,
                "Militants militant NNS 1 nsubj",
                "fired fire VBD -1 root",
                "rockets rocket NNS 1 obj"));
        assertNull(typeOf(1,
                "The the DT 1 det",
                "company company NN 2 nsubj",
                "fired fire VBD -1 root",
                "workers worker NNS 2 obj"));
    }

    @Test
    void takingResponsibilityIsAClaimAndEndingASiegeAMilitaryOperation() {
        assertEquals(EventType.CLAIM_OF_RESPONSIBILITY, typeOf(1,
                "ISIL ISIL NNP 1 nsubj",
                "took take VBD -1 root",
                "responsibility responsibility NN 1 obj"));
        assertEquals(EventType.MILITARY_OPERATION, typeOf(1,
                "Troops troops NNS 1 nsubj",
                "ended end VBD -1 root",
                "the the DT 3 det",
                "siege siege NN 1 obj"));
    }

    @Test
    void aKillingIsAnEventOnlyWhenItsAgentIsOneWhoAttacks() {
        assertEquals(EventType.ARMED_ASSAULT, typeOf(1,
                "Gunmen gunman NNS 1 nsubj",
                "killed kill VBD -1 root",
                "two two CD 3 nummod",
                "villagers villager NNS 1 obj"));
        assertNull(typeOf(1,
                "Floods flood NNS 1 nsubj",
                "killed kill VBD -1 root",
                "two two CD 3 nummod",
                "villagers villager NNS 1 obj"));
    }

    @Test
    void aNounClaimIsOneOfResponsibilityOnlyWithThatWordOrAnOwner() {
        assertEquals(EventType.CLAIM_OF_RESPONSIBILITY, typeOf(0,
                "claim claim NN -1 root",
                "of of IN 2 case",
                "responsibility responsibility NN 0 nmod"));
        assertNull(typeOf(1,
                "a a DT 1 det",
                "claim claim NN -1 root",
                "of of IN 3 case",
                "fraud fraud NN 1 nmod"));
    }
}
