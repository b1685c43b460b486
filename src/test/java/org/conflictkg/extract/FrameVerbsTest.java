package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class FrameVerbsTest {

    @Test
    void aLightVerbFramesTheNounItsObjectNames() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "ISIL ISIL NNP 1 nsubj", "launched launch VBD -1 root", "an a DT 3 det", "attack attack NN 1 obj");
        assertEquals(sentence.tokens().get(1), FrameVerbs.frameVerb(sentence, sentence.tokens().get(3)));
        assertNull(FrameVerbs.planningVerb(sentence, sentence.tokens().get(3)));
    }

    @Test
    void aPlanningVerbMakesItsObjectAPlotButAnyOtherVerbFramesNothing() {
        Sentence planning = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj", "planned plan VBD -1 root", "an a DT 3 det", "assault assault NN 1 obj");
        assertEquals(planning.tokens().get(1), FrameVerbs.planningVerb(planning, planning.tokens().get(3)));
        Sentence condemned = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj", "condemned condemn VBD -1 root", "the the DT 3 det", "attack attack NN 1 obj");
        assertNull(FrameVerbs.frameVerb(condemned, condemned.tokens().get(3)));
        assertNull(FrameVerbs.planningVerb(condemned, condemned.tokens().get(3)));
    }

    @Test
    void aPlanningVerbMakesTheAttackVerbOfItsInfinitiveAPlot() {
        Sentence planned = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj", "planned plan VBD -1 root", "to to TO 3 mark", "bomb bomb VB 1 xcomp",
                "a a DT 5 det", "synagogue synagogue NN 3 obj");
        assertEquals(planned.tokens().get(1), FrameVerbs.planningVerb(planned, planned.tokens().get(3)));
        Sentence refused = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj", "refused refuse VBD -1 root", "to to TO 3 mark", "bomb bomb VB 1 xcomp",
                "a a DT 5 det", "synagogue synagogue NN 3 obj");
        assertNull(FrameVerbs.planningVerb(refused, refused.tokens().get(3)));
    }

    @Test
    void aPlanWhoseInfinitiveTellsAnAttackMakesItAPlot() {
        Sentence devised = HandParsed.sentence(0, 0,
                "he he PRP 1 nsubj", "devised devise VBD -1 root", "a a DT 3 det", "plan plan NN 1 obj",
                "to to TO 5 mark", "conduct conduct VB 1 xcomp", "an a DT 7 det", "attack attack NN 5 obj");
        assertEquals(devised.tokens().get(3), FrameVerbs.planningVerb(devised, devised.tokens().get(7)));
        Sentence acl = HandParsed.sentence(0, 0,
                "a a DT 1 det", "plan plan NN -1 root", "to to TO 3 mark", "bomb bomb VB 1 acl",
                "a a DT 5 det", "church church NN 3 obj");
        assertEquals(acl.tokens().get(1), FrameVerbs.planningVerb(acl, acl.tokens().get(3)));
        Sentence used = HandParsed.sentence(0, 0,
                "he he PRP 1 nsubj", "used use VBD -1 root", "a a DT 3 det", "car car NN 1 obj",
                "to to TO 5 mark", "conduct conduct VB 1 xcomp", "an a DT 7 det", "attack attack NN 5 obj");
        assertNull(FrameVerbs.planningVerb(used, used.tokens().get(7)));
    }

    @Test
    void aLightVerbFramesATriggerTheParserJoinedToTheNounAfterItsParticiple() {
        Sentence misparsed = HandParsed.sentence(0, 0,
                "Command Command NNP 1 nsubj", "conducted conduct VBD -1 root", "an a DT 6 det",
                "airstrike airstrike NN 5 compound", "targeting targeting NN 5 compound",
                "Shabaab Shabaab NNP 6 compound", "terrorists terrorist NNS 1 obj");
        assertEquals(misparsed.tokens().get(1), FrameVerbs.frameVerb(misparsed, misparsed.tokens().get(3)));
        Sentence modifier = HandParsed.sentence(0, 0,
                "Command Command NNP 1 nsubj", "conducted conduct VBD -1 root", "an a DT 5 det",
                "airstrike airstrike NN 5 compound", "damage damage NN 5 compound", "assessment assessment NN 1 obj");
        assertNull(FrameVerbs.frameVerb(modifier, modifier.tokens().get(3)));
    }
}
