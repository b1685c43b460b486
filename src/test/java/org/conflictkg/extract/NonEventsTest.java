package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class NonEventsTest {

    @Test
    void thePurposeAThingIsUsedForIsNoEvent() {
        Sentence missiles = HandParsed.sentence(0, 0,
                "LTTE LTTE NNP 1 nsubj",
                "intended intend VBD -1 root",
                "to to TO 3 mark",
                "use use VB 1 xcomp",
                "missiles missile NNS 3 obj",
                "to to TO 6 mark",
                "shoot shoot VB 3 advcl",
                "down down RP 6 compound:prt",
                "aircraft aircraft NN 6 obj");
        assertTrue(NonEvents.noEvent(missiles, missiles.tokens().get(6), List.of()));
        Sentence attacked = HandParsed.sentence(0, 0,
                "gunmen gunman NNS 1 nsubj",
                "used use VBD -1 root",
                "rifles rifle NNS 1 obj",
                "and and CC 4 cc",
                "attacked attack VBD 1 conj",
                "a a DT 6 det",
                "checkpoint checkpoint NN 4 obj");
        assertFalse(NonEvents.noEvent(attacked, attacked.tokens().get(4), List.of()),
                "an attack told beside the weapon used happened");
    }

    @Test
    void aBarePluralThatRockedOrKilledIsEventsButOneThatKillsEveryYearIsAKind() {
        Sentence rocked = HandParsed.sentence(0, 0,
                "Explosions explosion NNS 2 nsubj", "also also RB 2 advmod", "rocked rock VBD -1 root",
                "three three CD 4 nummod", "hotels hotel NNS 2 obj");
        assertFalse(NonEvents.genericPlural(rocked, rocked.tokens().get(0), List.of()));
        Sentence yearly = HandParsed.sentence(0, 0,
                "Bombings bombing NNS 1 nsubj", "kill kill VBP -1 root", "people people NNS 1 obj",
                "every every DT 4 det", "year year NN 1 obl:tmod");
        assertTrue(NonEvents.genericPlural(yearly, yearly.tokens().get(0), List.of()));
    }

    @Test
    void aBarePluralACountedNumberOfPeopleWereKilledInIsEventsButOneOfUncountedDeathsIsAKind() {
        Sentence counted = HandParsed.sentence(0, 0,
                "Fifteen fifteen CD 1 nummod", "people person NNS 3 nsubj:pass", "are be VBP 3 aux:pass",
                "killed kill VBN -1 root", "in in IN 5 case", "attacks attack NNS 3 obl",
                "targeting target VBG 5 acl", "police police NNS 6 obj");
        assertFalse(NonEvents.genericPlural(counted, counted.tokens().get(5), List.of()));
        Sentence uncounted = HandParsed.sentence(0, 0,
                "Civilians civilian NNS 2 nsubj:pass", "are be VBP 2 aux:pass", "killed kill VBN -1 root",
                "in in IN 4 case", "attacks attack NNS 2 obl", "targeting target VBG 4 acl",
                "police police NNS 5 obj");
        assertTrue(NonEvents.genericPlural(uncounted, uncounted.tokens().get(4), List.of()));
    }

    @Test
    void asChargedAndChargingSomeoneWithAKnifeAreNoCharge() {
        Sentence summary = HandParsed.sentence(0, 0,
                "As as IN 1 case", "charged charge VBN 4 obl", ", , , 4 punct", "men man NNS 4 nsubj",
                "conspired conspire VBD -1 root");
        assertTrue(NonEvents.noEvent(summary, summary.tokens().get(1), List.of()));
        Sentence rushed = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj", "charged charge VBD -1 root", "an a DT 3 det", "officer officer NN 1 obj",
                "with with IN 6 case", "a a DT 6 det", "knife knife NN 1 obl");
        assertTrue(NonEvents.noEvent(rushed, rushed.tokens().get(1), List.of()));
        Sentence charged = HandParsed.sentence(0, 0,
                "He he PRP 2 nsubj:pass", "was be VBD 2 aux:pass", "charged charge VBN -1 root", "with with IN 4 case",
                "murder murder NN 2 obl");
        assertFalse(NonEvents.noEvent(charged, charged.tokens().get(2), List.of()));
    }

    @Test
    void shootingDownWhatWasFiredIsNoAttackButShootingDownAnAircraftIs() {
        Sentence missiles = HandParsed.sentence(0, 0,
                "it it PRP 1 nsubj",
                "shot shoot VBD -1 root",
                "down down RP 1 compound:prt",
                "several several JJ 4 amod",
                "missiles missile NNS 1 obj");
        assertTrue(NonEvents.noEvent(missiles, missiles.tokens().get(1), List.of()));
        Sentence helicopter = HandParsed.sentence(0, 0,
                "rebels rebel NNS 1 nsubj",
                "shot shoot VBD -1 root",
                "down down RP 1 compound:prt",
                "a a DT 4 det",
                "helicopter helicopter NN 1 obj");
        assertFalse(NonEvents.noEvent(helicopter, helicopter.tokens().get(1), List.of()));
    }

    @Test
    void whatSomeoneMeansToDoIsNoEvent() {
        Sentence intent = HandParsed.sentence(0, 0,
                "his his PRP$ 1 nmod:poss",
                "intent intent NN 5 nsubj",
                "had have VBD 5 aux",
                "been be VBN 5 aux",
                "to to TO 5 mark",
                "kill kill VB -1 root",
                "Americans American NNPS 5 obj");
        assertTrue(NonEvents.noEvent(intent, intent.tokens().get(5), List.of()));
    }

    @Test
    void aBarePluralNamesAKindOfEventButADeterminedOneNamesEvents() {
        Sentence common = HandParsed.sentence(0, 0,
                "Attacks attack NNS 2 nsubj",
                "are be VBP 2 cop",
                "common common JJ -1 root");
        assertTrue(NonEvents.genericPlural(common, common.tokens().get(0), List.of()));
        Sentence the = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "attacks attack NNS 2 nsubj",
                "killed kill VBD -1 root",
                "five five CD 4 nummod",
                "people person NNS 2 obj");
        assertFalse(NonEvents.genericPlural(the, the.tokens().get(1), List.of()));
    }

    @Test
    void aTallyOfManyIsAStatisticButAFewAttacksOrTheAttacksOfAYearAreEvents() {
        Sentence tally = HandParsed.sentence(0, 0,
                "Groups group NNS 1 nsubj",
                "carried carry VBD -1 root",
                "out out RP 1 compound:prt",
                "74 74 CD 4 nummod",
                "attacks attack NNS 1 obj");
        assertTrue(NonEvents.genericPlural(tally, tally.tokens().get(4), List.of()));
        Sentence hundreds = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj",
                "carried carry VBD -1 root",
                "hundreds hundred NNS 1 obj",
                "of of IN 4 case",
                "attacks attack NNS 2 nmod");
        assertTrue(NonEvents.genericPlural(hundreds, hundreds.tokens().get(4), List.of()));
        Sentence three = HandParsed.sentence(0, 0,
                "three three CD 1 nummod",
                "attacks attack NNS 2 nsubj",
                "killed kill VBD -1 root");
        assertFalse(NonEvents.genericPlural(three, three.tokens().get(1), List.of()));
        Sentence year = HandParsed.sentence(0, 0,
                "the the DT 2 det",
                "1998 1998 CD 2 nummod DATE",
                "bombings bombing NNS -1 root");
        assertFalse(NonEvents.genericPlural(year, year.tokens().get(2), List.of()));
    }

    @Test
    void whatAGroupKeepsDoingToAKindOfPeopleIsNoIncident() {
        Sentence continued = HandParsed.sentence(0, 0,
                "ISIS-K ISIS-K NNP 1 nsubj",
                "continued continue VBD -1 root",
                "to to TO 3 mark",
                "attack attack VB 1 xcomp",
                "civilians civilian NNS 3 obj");
        assertTrue(NonEvents.noEvent(continued, continued.tokens().get(3), List.of()));
        Sentence relative = HandParsed.sentence(0, 0,
                "groups group NNS -1 root",
                "that that WDT 2 nsubj",
                "attack attack VBP 0 acl:relcl",
                "civilians civilian NNS 2 obj");
        assertTrue(NonEvents.noEvent(relative, relative.tokens().get(2), List.of()));
        Sentence town = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj",
                "continued continue VBD -1 root",
                "to to TO 3 mark",
                "attack attack VB 1 xcomp",
                "the the DT 5 det",
                "town town NN 3 obj");
        assertFalse(NonEvents.noEvent(town, town.tokens().get(3), List.of()));
    }

    @Test
    void aPresentPerfectSinceAYearIsARunningTotalButAPastKillingIsAnEvent() {
        Sentence since = HandParsed.sentence(0, 0,
                "Militants militant NNS 2 nsubj",
                "have have VBP 2 aux",
                "killed kill VBN -1 root",
                "30,000 30,000 CD 2 obj",
                "since since IN 5 case",
                "2009 2009 CD 2 obl DATE");
        assertTrue(NonEvents.noEvent(since, since.tokens().get(2), List.of()));
        Sentence uprising = HandParsed.sentence(0, 0,
                "thousands thousand NNS 3 nsubj:pass",
                "have have VBP 3 aux",
                "been be VBN 3 aux:pass",
                "killed kill VBN -1 root",
                "since since IN 7 case",
                "the the DT 7 det",
                "2009 2009 CD 7 nummod DATE",
                "uprising uprising NN 3 obl");
        assertTrue(NonEvents.noEvent(uprising, uprising.tokens().get(3), List.of()));
        Sentence past = HandParsed.sentence(0, 0,
                "Militants militant NNS 1 nsubj",
                "killed kill VBD -1 root",
                "30 30 CD 3 nummod",
                "people person NNS 1 obj",
                "in in IN 5 case",
                "2009 2009 CD 1 obl DATE");
        assertFalse(NonEvents.noEvent(past, past.tokens().get(1), List.of()));
        Sentence monday = HandParsed.sentence(0, 0,
                "Militants militant NNS 2 nsubj",
                "have have VBP 2 aux",
                "killed kill VBN -1 root",
                "30 30 CD 2 obj",
                "since since IN 5 case",
                "Monday Monday NNP 2 obl DATE");
        assertFalse(NonEvents.noEvent(monday, monday.tokens().get(2), List.of()), "since a day: one incident's toll");
    }

    @Test
    void aQuantifierMakesAPluralHabitualEvenWithAPrepositionalPhrase() {
        Sentence most = HandParsed.sentence(0, 0,
                "Most most JJS 1 amod",
                "attacks attack NNS -1 root",
                "in in IN 4 case",
                "the the DT 4 det",
                "province province NN 1 nmod");
        assertTrue(NonEvents.genericPlural(most, most.tokens().get(1), List.of()));
        Sentence bare = HandParsed.sentence(0, 0,
                "Attacks attack NNS -1 root",
                "in in IN 3 case",
                "the the DT 3 det",
                "province province NN 0 nmod");
        assertFalse(NonEvents.genericPlural(bare, bare.tokens().get(0), List.of()));
    }

    @Test
    void aPluralThatAPresentLightVerbTiesToATollNamesEventsThatHappened() {
        Sentence toll = HandParsed.sentence(0, 0,
                "Forces force NNS 1 nsubj",
                "conduct conduct VBP -1 root",
                "airstrikes airstrike NNS 1 obj",
                ", , , 4 punct",
                "killing kill VBG 1 advcl",
                "27 27 CD 6 nummod NUMBER 27.0",
                "militants militant NNS 4 obj");
        assertFalse(NonEvents.genericPlural(toll, toll.tokens().get(2), List.of()));
        Sentence habit = HandParsed.sentence(0, 0,
                "Forces force NNS 1 nsubj",
                "conduct conduct VBP -1 root",
                "airstrikes airstrike NNS 1 obj",
                "every every DT 4 det",
                "week week NN 1 obl:tmod");
        assertTrue(NonEvents.genericPlural(habit, habit.tokens().get(2), List.of()));
    }

    @Test
    void aPluralThatAPastLightVerbGovernsNamesEventsThatHappened() {
        Sentence made = HandParsed.sentence(0, 0,
                "Police police NNS 1 nsubj",
                "made make VBD -1 root",
                "regular regular JJ 3 amod",
                "arrests arrest NNS 1 obj");
        assertFalse(NonEvents.genericPlural(made, made.tokens().get(3), List.of()));
        Sentence launched = HandParsed.sentence(0, 0,
                "Attacks attack NNS 2 nsubj:pass",
                "were be VBD 2 aux:pass",
                "launched launch VBN -1 root",
                "in in IN 4 case",
                "Derbent Derbent NNP 2 obl");
        assertFalse(NonEvents.genericPlural(launched, launched.tokens().get(0), List.of()), "a past passive light verb");
        Sentence present = HandParsed.sentence(0, 0,
                "Attacks attack NNS 2 nsubj:pass",
                "are be VBP 2 aux:pass",
                "launched launch VBN -1 root",
                "every every DT 4 det",
                "week week NN 2 obl:tmod");
        assertTrue(NonEvents.genericPlural(present, present.tokens().get(0), List.of()), "a present passive is habitual");
    }

    @Test
    void aNounDeniedByItsDeterminerOrAWordOfANameIsNoEvent() {
        Sentence no = HandParsed.sentence(0, 0,
                "No no DT 1 det",
                "attack attack NN 2 nsubj",
                "took take VBD -1 root",
                "place place NN 2 obj");
        assertTrue(NonEvents.noEvent(no, no.tokens().get(1), List.of()));
        Sentence the = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "attack attack NN 2 nsubj",
                "took take VBD -1 root",
                "place place NN 2 obj");
        assertFalse(NonEvents.noEvent(the, the.tokens().get(1), List.of()));
        Sentence brigade = HandParsed.sentence(0, 0,
                "Attack attack NNP 1 compound",
                "Brigade Brigade NNP 2 nsubj",
                "fought fight VBD -1 root");
        EventExtractor.EntityMention name = HandParsed.mention(brigade, 0, 1, EntityType.ARMED_GROUP);
        assertTrue(NonEvents.noEvent(brigade, brigade.tokens().get(0), List.of(name)));
    }

    @Test
    void anIncitedPredictedOrUnrealisedAttackIsNoEvent() {
        Sentence urged = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj",
                "urged urge VBD -1 root",
                "followers follower NNS 1 obj",
                "to to TO 4 mark",
                "attack attack VB 1 xcomp");
        assertTrue(NonEvents.noEvent(urged, urged.tokens().get(4), List.of()));
        Sentence likely = HandParsed.sentence(0, 0,
                "Further further JJ 1 amod",
                "attacks attack NNS 3 nsubj",
                "are be VBP 3 cop",
                "likely likely JJ -1 root");
        assertTrue(NonEvents.noEvent(likely, likely.tokens().get(1), List.of()));
        Sentence potential = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj",
                "feared fear VBD -1 root",
                "a a DT 4 det",
                "potential potential JJ 4 amod",
                "attack attack NN 1 obj");
        assertTrue(NonEvents.noEvent(potential, potential.tokens().get(4), List.of()));
    }

    @Test
    void aVerbIsNegatedByNotOrByASubjectWithNo() {
        Sentence not = HandParsed.sentence(0, 0,
                "ISIL ISIL NNP 3 nsubj",
                "has have VBZ 3 aux",
                "not not RB 3 advmod",
                "claimed claim VBN -1 root",
                "it it PRP 3 obj");
        assertTrue(NonEvents.negated(not, not.tokens().get(3)));
        Sentence noGroup = HandParsed.sentence(0, 0,
                "No no DT 1 det",
                "group group NN 3 nsubj",
                "has have VBZ 3 aux",
                "claimed claim VBN -1 root",
                "it it PRP 3 obj");
        assertTrue(NonEvents.negated(noGroup, noGroup.tokens().get(3)));
        Sentence claimed = HandParsed.sentence(0, 0,
                "ISIL ISIL NNP 1 nsubj",
                "claimed claim VBD -1 root",
                "it it PRP 1 obj");
        assertFalse(NonEvents.negated(claimed, claimed.tokens().get(1)));
    }
}
