package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EventDatingTest {

    private static final EventDate MONDAY = new EventDate("2024-03-18", "day", "sentence", "Monday");
    private static final EventDate PARAGRAPH = new EventDate("2024-03-10", "day", "sentence", "March 10");

    private static final Sentence ATTACKED_ON_MONDAY = HandParsed.sentence(0, 0,
            "Gunmen gunman NNS 1 nsubj",
            "attacked attack VBD -1 root",
            "on on IN 3 case",
            "Monday Monday NNP 1 obl DATE 2024-03-18");

    @Test
    void theTimeExpressionOfTheSentenceDatesTheEvent() {
        EventDraft draft = HandParsed.draft(EventType.ATTACK, ATTACKED_ON_MONDAY, 1);
        EventDating.date(draft, ATTACKED_ON_MONDAY, draft.trigger, List.of(new TimeExpressions.Dated(3, MONDAY)),
                PARAGRAPH, null);
        assertEquals(Optional.of(MONDAY), draft.date);
        assertTrue(draft.ownDate);
    }

    @Test
    void aDateOpeningTheTriggersNounPhraseDatesItHoweverParsed() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Haqqani Haqqani NNP 1 nsubj",
                "admitted admit VBD -1 root",
                "planning plan VBG 1 dep",
                "the the DT 4 det",
                "January January NNP 2 obj DATE 2008-01-14",
                "14 14 CD 4 nummod DATE 2008-01-14",
                ", , , 4 punct DATE 2008-01-14",
                "2008 2008 CD 8 nummod DATE 2008-01-14",
                "attack attack NN 4 appos");
        EventDate day = new EventDate("2008-01-14", "day", "sentence", "January 14, 2008");
        EventDraft draft = HandParsed.draft(EventType.ATTACK, sentence, 8);
        EventDating.date(draft, sentence, draft.trigger, List.of(new TimeExpressions.Dated(4, day)), PARAGRAPH,
                Set.of(8));
        assertEquals(Optional.of(day), draft.date, "the trigger's own region leaves the date out");
        assertTrue(draft.ownDate);
    }

    @Test
    void aFinerDateOfTheClauseGoesBeforeANearerYearItRefines() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "The the DT 2 det",
                "2004 2004 CD 2 nummod DATE 2004",
                "bombings bombing NNS 3 nsubj",
                "killed kill VBD -1 root",
                "193 193 CD 5 nummod",
                "people person NNS 3 obj",
                "on on IN 8 case",
                "11 11 CD 8 nummod",
                "March March NNP 3 obl DATE 2004-03-11");
        EventDate year = new EventDate("2004", "year", "sentence", "2004");
        EventDate day = new EventDate("2004-03-11", "day", "sentence", "11 March 2004");
        EventDraft draft = HandParsed.draft(EventType.BOMBING, sentence, 2);
        EventDating.date(draft, sentence, draft.trigger, List.of(new TimeExpressions.Dated(1, year),
                new TimeExpressions.Dated(7, day)), PARAGRAPH, null);
        assertEquals(Optional.of(day), draft.date);
        EventDraft other = HandParsed.draft(EventType.BOMBING, sentence, 2);
        EventDate otherYear = new EventDate("2003", "year", "sentence", "2003");
        EventDating.date(other, sentence, other.trigger, List.of(new TimeExpressions.Dated(1, otherYear),
                new TimeExpressions.Dated(7, day)), PARAGRAPH, null);
        assertEquals(Optional.of(otherYear), other.date, "a date of another year refines nothing: the nearer wins");
    }

    @Test
    void aDateQualifyingTheAttackAClaimNamesDatesTheAttackNotTheClaim() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Al-Shabaab al-Shabaab NNP 1 nsubj",
                "claimed claim VBD -1 root",
                "the the DT 5 det",
                "December December NNP 5 compound DATE 2019-12-28",
                "28 28 CD 3 nummod DATE 2019-12-28",
                "attack attack NN 1 obj",
                "on on IN 8 case",
                "Monday Monday NNP 8 compound DATE 2024-03-18",
                "evening evening NN 5 nmod TIME");
        EventDate december = new EventDate("2019-12-28", "day", "sentence", "December 28");
        EventDraft claim = HandParsed.draft(EventType.CLAIM_OF_RESPONSIBILITY, sentence, 1);
        EventDating.date(claim, sentence, claim.trigger, List.of(new TimeExpressions.Dated(3, december)), null, null);
        assertEquals(Optional.empty(), claim.date);
        EventDraft dated = HandParsed.draft(EventType.CLAIM_OF_RESPONSIBILITY, sentence, 1);
        EventDating.date(dated, sentence, dated.trigger, List.of(new TimeExpressions.Dated(3, december),
                new TimeExpressions.Dated(7, MONDAY)), PARAGRAPH, null);
        assertEquals(Optional.of(MONDAY), dated.date, "the day of the claim itself dates it");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 5);
        EventDating.date(attack, sentence, attack.trigger, List.of(new TimeExpressions.Dated(3, december)), PARAGRAPH,
                null);
        assertEquals(Optional.of(december), attack.date);
    }

    @Test
    void aStepOfAProsecutionStillToComeIsUndated() {
        EventDate april = new EventDate("2012-04-13", "day", "sentence", "April 13, 2012");
        Sentence will = HandParsed.sentence(0, 0,
                "He he PRP 3 nsubj:pass",
                "will will MD 3 aux",
                "be be VB 3 aux:pass",
                "sentenced sentence VBN -1 root",
                "on on IN 5 case",
                "April April NNP 3 obl DATE 2012-04-13");
        Sentence when = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj",
                "faces face VBZ -1 root",
                "years year NNS 1 obj",
                "when when WRB 6 advmod",
                "he he PRP 6 nsubj:pass",
                "is be VBZ 6 aux:pass",
                "sentenced sentence VBN 2 acl:relcl",
                "on on IN 8 case",
                "April April NNP 6 obl DATE 2012-04-13");
        Sentence was = HandParsed.sentence(0, 0,
                "He he PRP 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "sentenced sentence VBN -1 root",
                "on on IN 4 case",
                "April April NNP 2 obl DATE 2012-04-13");
        Sentence arranged = HandParsed.sentence(0, 0,
                "He he PRP 2 nsubj:pass",
                "is be VBZ 2 aux:pass",
                "scheduled schedule VBN -1 root",
                "to to TO 5 mark",
                "be be VB 5 aux:pass",
                "sentenced sentence VBN 2 xcomp",
                "on on IN 7 case",
                "April April NNP 5 obl DATE 2012-04-13");
        Map<Sentence, Integer> triggers = Map.of(will, 3, when, 6, arranged, 5);
        for (Sentence scheduled : List.of(will, when, arranged)) {
            int trigger = triggers.get(scheduled);
            EventDraft draft = HandParsed.draft(EventType.TRIAL, scheduled, trigger);
            EventDating.date(draft, scheduled, draft.trigger, List.of(new TimeExpressions.Dated(trigger + 2, april)),
                    PARAGRAPH, null);
            assertEquals(Optional.empty(), draft.date, scheduled.tokens().get(1).word());
        }
        EventDraft done = HandParsed.draft(EventType.TRIAL, was, 2);
        EventDating.date(done, was, done.trigger, List.of(new TimeExpressions.Dated(4, april)), PARAGRAPH, null);
        assertEquals(Optional.of(april), done.date);
    }

    @Test
    void aTimeSomethingWasMeantForIsNoDateOfIt() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "the the DT 1 det",
                "attack attack NN 3 nsubj:pass",
                "was be VBD 3 aux:pass",
                "targeted target VBN -1 root",
                "for for IN 5 case",
                "Christmas Christmas NNP 3 obl DATE XXXX-12-25");
        EventDate christmas = new EventDate("2018-12-25", "day", "sentence", "Christmas");
        EventDraft draft = HandParsed.draft(EventType.ATTACK, sentence, 1);
        EventDating.date(draft, sentence, draft.trigger, List.of(new TimeExpressions.Dated(5, christmas)), null, null);
        assertTrue(draft.date.isEmpty(), () -> "dated " + draft.date);
        Sentence responsible = HandParsed.sentence(0, 0,
                "responsible responsible JJ -1 root",
                "for for IN 4 case",
                "the the DT 4 det",
                "December December NNP 4 compound DATE XXXX-12-28",
                "attack attack NN 0 obl");
        EventDate december = new EventDate("2019-12-28", "day", "sentence", "December 28");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, responsible, 4);
        EventDating.date(attack, responsible, attack.trigger, List.of(new TimeExpressions.Dated(3, december)), null,
                null);
        assertEquals(Optional.of(december), attack.date, "a date of the noun 'for' introduces still dates it");
    }

    @Test
    void aTimeOutsideTheTriggersOwnRegionIsNotItsDate() {
        EventDraft draft = HandParsed.draft(EventType.ATTACK, ATTACKED_ON_MONDAY, 1);
        EventDating.date(draft, ATTACKED_ON_MONDAY, draft.trigger, List.of(new TimeExpressions.Dated(3, MONDAY)),
                PARAGRAPH, Set.of(0, 1));
        assertTrue(draft.date.isEmpty());
    }

    @Test
    void anUndatedPastEventTakesTheParagraphsDate() {
        Sentence sentence = HandParsed.sentence(1, 0, "Gunmen gunman NNS 1 nsubj", "attacked attack VBD -1 root");
        EventDraft draft = HandParsed.draft(EventType.ATTACK, sentence, 1);
        EventDating.date(draft, sentence, draft.trigger, List.of(), PARAGRAPH, null);
        assertEquals(Optional.of(new EventDate("2024-03-10", "day", "paragraph", "March 10")), draft.date);
    }

    @Test
    void aClauseInThePresentTakesNoDateFromItsParagraph() {
        Sentence sentence = HandParsed.sentence(1, 0, "Kabul Kabul NNP 1 nsubj", "denies deny VBZ -1 root");
        EventDraft draft = HandParsed.draft(EventType.DENIAL, sentence, 1);
        EventDating.date(draft, sentence, draft.trigger, List.of(), PARAGRAPH, null);
        assertTrue(draft.date.isEmpty());
    }

    @Test
    void anUndatedPlotIsDatedByThePreparationsOfTheNextSentence() {
        Sentence plotting = HandParsed.sentence(0, 0, "He he PRP 1 nsubj", "plotted plot VBD -1 root");
        EventDraft plot = HandParsed.draft(EventType.PLOT, plotting, 1);
        Sentence bought = HandParsed.sentence(1, 0,
                "He he PRP 1 nsubj",
                "bought buy VBD -1 root",
                "knives knife NNS 1 obj",
                "in in IN 4 case",
                "2021 2021 CD 1 obl DATE 2021");
        EventDate year = new EventDate("2021", "year", "sentence", "2021");
        EventDating.datePlotsByPreparation(List.of(plot), bought, List.of(new TimeExpressions.Dated(4, year)));
        assertEquals(Optional.of(year), plot.date);
    }
}
