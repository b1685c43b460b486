package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorNounsTest {

    @Test
    void officersAndPoliceAreStateForcesAndAttackersAreNot() {
        for (String lemma : new String[] {"officer", "policewoman", "trooper", "police", "soldier"}) {
            assertTrue(ActorNouns.stateForce(lemma), lemma);
        }
        assertFalse(ActorNouns.stateForce("assailant"));
        assertTrue(ActorNouns.attacker("assailant"));
    }
}
