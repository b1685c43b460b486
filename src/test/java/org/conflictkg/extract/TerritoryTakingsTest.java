package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class TerritoryTakingsTest {

    @Test
    void recapturingATownIsAnOperationButCapturingAPersonIsNot() {
        Sentence town = HandParsed.sentence(0, 0,
                "Army army NNP 1 nsubj",
                "recaptured recapture VBD -1 root",
                "the the DT 3 det",
                "town town NN 1 obj",
                "of of IN 5 case",
                "Palmyra Palmyra NNP 3 nmod");
        assertTrue(TerritoryTakings.takesGround(town, town.tokens().get(1), List.of()));
        assertEquals(EventType.MILITARY_OPERATION, EventTriggers.type(town, town.tokens().get(1), List.of()));
        Sentence named = HandParsed.sentence(0, 0,
                "Rebels rebel NNS 1 nsubj",
                "seized seize VBD -1 root",
                "Brega Brega NNP 1 obj");
        assertTrue(TerritoryTakings.takesGround(named, named.tokens().get(1),
                List.of(HandParsed.mention(named, 2, 2, EntityType.CITY))));
        Sentence person = HandParsed.sentence(0, 0,
                "Police police NNS 1 nsubj",
                "captured capture VBD -1 root",
                "the the DT 3 det",
                "suspect suspect NN 1 obj");
        assertFalse(TerritoryTakings.takesGround(person, person.tokens().get(1), List.of()));
        assertEquals(EventType.ARREST, EventTriggers.type(person, person.tokens().get(1), List.of()));
    }

    @Test
    void takingControlOfAPlaceIsTakingGround() {
        Sentence control = HandParsed.sentence(0, 0,
                "State State NNP 1 nsubj",
                "takes take VBZ -1 root",
                "control control NN 1 obj",
                "of of IN 4 case",
                "Mosul Mosul NNP 2 nmod");
        assertTrue(TerritoryTakings.takesGround(control, control.tokens().get(1), List.of()));
    }

    @Test
    void aTakingOnlyAimedAtIsNone() {
        Sentence aim = HandParsed.sentence(0, 0,
                "Russia Russia NNP 1 nsubj",
                "aims aim VBZ -1 root",
                "to to TO 3 mark",
                "capture capture VB 1 xcomp",
                "territories territory NNS 3 obj");
        assertFalse(TerritoryTakings.takesGround(aim, aim.tokens().get(3), List.of()));
    }

    @Test
    void aCityAimedAtIsNoArrestAndAVerbConjoinedToAnAimTakesNothing() {
        Sentence threat = HandParsed.sentence(0, 0,
                "front front NN 1 nsubj",
                "threatens threaten VBZ -1 root",
                "to to TO 3 mark",
                "encircle encircle VB 1 xcomp",
                "and and CC 5 cc",
                "capture capture VB 3 conj",
                "the the DT 8 det",
                "port port NN 8 compound",
                "city city NN 3 obj",
                "of of IN 10 case",
                "Mariupol Mariupol NNP 8 nmod");
        Token capture = threat.tokens().get(5);
        assertFalse(TerritoryTakings.takesGround(threat, capture, List.of()), "only aimed at");
        assertTrue(TerritoryTakings.namesGround(threat, capture, List.of()), "the object of the verb it joins");
        assertNull(EventTriggers.type(threat, capture, List.of()), "capturing a city is never an arrest");
    }

    @Test
    void groundTakenByAttackersIsAnAttack() {
        Sentence hill = HandParsed.sentence(0, 0,
                "Fighters fighter NNS 1 nsubj",
                "captured capture VBD -1 root",
                "the the DT 3 det",
                "hill hill NN 1 obj");
        assertEquals(EventType.ATTACK, EventTriggers.type(hill, hill.tokens().get(1), List.of()));
    }
}
