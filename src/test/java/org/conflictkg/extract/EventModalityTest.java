package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EventModalityTest {

    private final EventModality modality = EventModality.fromLexicon();

    @Test
    void anAttackWithoutCuesHappened() {
        Sentence sentence = HandParsed.sentence(0, 0, "Gunmen gunman NNS 1 nsubj", "attacked attack VBD -1 root");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 1);
        modality.assess(attack, sentence, attack.trigger);
        assertEquals(Modality.COMPLETED, EventModality.of(attack));
        assertFalse(attack.cue);
    }

    @Test
    void aFoilingVerbAboveTheTriggerFoilsTheAttack() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Police police NNS 1 nsubj",
                "foiled foil VBD -1 root",
                "an a DT 3 det",
                "attack attack NN 1 obj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 3);
        modality.assess(attack, sentence, attack.trigger);
        assertEquals(Modality.FOILED, EventModality.of(attack));
        assertTrue(attack.cue);
    }

    @Test
    void whenCuesDisagreeTheFirstInModalitysOrderWins() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "He he PRP 2 nsubj",
                "allegedly allegedly RB 2 advmod",
                "tried try VBD -1 root",
                "to to TO 4 mark",
                "attack attack VB 2 xcomp");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 4);
        modality.assess(attack, sentence, attack.trigger);
        assertEquals(Modality.ATTEMPTED, EventModality.of(attack));
        assertTrue(attack.cues.contains(Modality.ALLEGED));
    }

    @Test
    void plottingADatedOrOwnedAttackIsAStepTowardAnAttackThatHappened() {
        Sentence dated = HandParsed.sentence(0, 0,
                "plotting plot VBG 3 amod",
                "October October NNP 3 compound DATE",
                "2000 2000 CD 1 nummod DATE",
                "attack attack NN -1 root");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, dated, 3);
        modality.assess(attack, dated, attack.trigger);
        assertEquals(Modality.COMPLETED, EventModality.of(attack));
        Sentence plain = HandParsed.sentence(0, 0,
                "plotting plot VBG 2 amod",
                "an a DT 2 det",
                "attack attack NN -1 root");
        EventDraft plotted = HandParsed.draft(EventType.ATTACK, plain, 2);
        modality.assess(plotted, plain, plotted.trigger);
        assertEquals(Modality.PLANNED, EventModality.of(plotted));
    }

    @Test
    void aPlotIsPlannedUnlessACueSaysMoreAndAStatementAlwaysHappened() {
        Sentence sentence = HandParsed.sentence(0, 0, "They they PRP 1 nsubj", "plotted plot VBD -1 root");
        EventDraft plot = HandParsed.draft(EventType.PLOT, sentence, 1);
        modality.assess(plot, sentence, plot.trigger);
        assertEquals(Modality.PLANNED, EventModality.of(plot));
        plot.cues.add(Modality.FOILED);
        assertEquals(Modality.FOILED, EventModality.of(plot));
        EventDraft claim = HandParsed.draft(EventType.CLAIM_OF_RESPONSIBILITY, sentence, 1);
        claim.modality = Modality.ALLEGED;
        assertEquals(Modality.COMPLETED, EventModality.of(claim));
    }
}
