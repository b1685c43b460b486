package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class CasualtyCounterTest {

    private static final Sentence KILLED_AT_LEAST_12 = HandParsed.sentence(0, 0,
            "Gunmen gunman NNS 1 nsubj",
            "killed kill VBD -1 root",
            "at at IN 3 case",
            "least least JJS 4 nmod",
            "12 12 CD 5 nummod NUMBER 12.0",
            "people people NNS 1 obj",
            "and and CC 7 cc",
            "wounded wound VBD 1 conj",
            "40 40 CD 7 obj NUMBER 40.0");

    @Test
    void aNumberUnderAKillingVerbCountsTheDeadWithItsQualifier() {
        EventDraft attack = HandParsed.draft(EventType.ATTACK, KILLED_AT_LEAST_12, 1);
        CasualtyCounter.assign(List.of(attack), KILLED_AT_LEAST_12, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(12, "at least")), attack.killed);
        assertEquals(Optional.of(new Casualties(40, "")), attack.wounded);
    }

    @Test
    void aWoundingVerbTaggedAPluralNounAfterAndStillCountsTheWounded() {
        Sentence misparsed = HandParsed.sentence(0, 0,
                "An a DT 1 det",
                "attack attack NN 2 nsubj",
                "kills kill VBZ -1 root",
                "16 16 CD 4 nummod NUMBER 16.0",
                "people people NNS 2 obj",
                "and and CC 6 cc",
                "wounds wound NNS 4 conj",
                "40 40 CD 8 nummod NUMBER 40.0",
                "others other NNS 4 dep");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, misparsed, 1);
        CasualtyCounter.assign(List.of(attack), misparsed, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(16, "")), attack.killed);
        assertEquals(Optional.of(new Casualties(40, "")), attack.wounded);
    }

    @Test
    void aWoundingVerbTaggedAPluralNounBeforeAnotherCountStillCountsTheWounded() {
        Sentence misparsed = HandParsed.sentence(0, 0,
                "An a DT 1 det",
                "attack attack NN 2 nsubj",
                "kills kill VBZ -1 root",
                "six six CD 4 nummod NUMBER 6.0",
                "soldiers soldier NNS 2 obj",
                "and and CC 6 cc",
                "wounds wound NNS 2 conj",
                "another another DT 8 det",
                "six six CD 2 obl:npmod NUMBER 6.0");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, misparsed, 1);
        CasualtyCounter.assign(List.of(attack), misparsed, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(6, "")), attack.killed);
        assertEquals(Optional.of(new Casualties(6, "")), attack.wounded);
    }

    @Test
    void theDeadAreCountedThroughAVerbThatReportsTheirKilling() {
        Sentence raised = HandParsed.sentence(0, 0,
                "Seventy seventy CD 1 nummod NUMBER 70.0",
                "terrorists terrorist NNS 3 nsubj:pass",
                "are be VBP 3 aux:pass",
                "said say VBN -1 root",
                "to to TO 7 mark",
                "have have VB 7 aux",
                "been be VBN 7 aux:pass",
                "killed kill VBN 3 xcomp",
                "in in IN 10 case",
                "a a DT 10 det",
                "raid raid NN 7 obl");
        EventDraft raid = HandParsed.draft(EventType.MILITARY_OPERATION, raised, 10);
        CasualtyCounter.assign(List.of(raid), raised, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(70, "")), raid.killed);
        Sentence told = HandParsed.sentence(0, 0,
                "Seventy seventy CD 1 nummod NUMBER 70.0",
                "men man NNS 2 nsubj",
                "tried try VBD -1 root",
                "to to TO 5 mark",
                "have have VB 5 aux",
                "killed kill VBN 2 xcomp",
                "in in IN 8 case",
                "a a DT 8 det",
                "raid raid NN 5 obl");
        EventDraft attempt = HandParsed.draft(EventType.MILITARY_OPERATION, told, 8);
        CasualtyCounter.assign(List.of(attempt), told, new ArrayList<>());
        assertEquals(Optional.empty(), attempt.killed, "those who tried to kill are not the dead");
    }

    @Test
    void theNounAnActiveKillingParticipleModifiesKilledNoOne() {
        Sentence positions = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "army army NN 2 nsubj",
                "conducted conduct VBD -1 root",
                "airstrikes airstrike NNS 2 obj",
                "against against IN 6 case",
                "six six CD 6 nummod NUMBER 6.0",
                "positions position NNS 2 obl",
                ", , , 6 punct",
                "killing kill VBG 6 acl",
                "27 27 CD 10 nummod NUMBER 27.0",
                "militants militant NNS 8 obj");
        EventDraft strikes = HandParsed.draft(EventType.MILITARY_OPERATION, positions, 3);
        CasualtyCounter.assign(List.of(strikes), positions, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(27, "")), strikes.killed);
    }

    @Test
    void aCountRightAfterAKillingVerbOrRightBeforeAPassiveWoundingVerbIsItsWhateverTheParse() {
        Sentence misparsed = HandParsed.sentence(0, 0,
                "A a DT 1 det",
                "bomb bomb NN 2 nsubj",
                "kills kill VBZ -1 root",
                "at at IN 4 case",
                "least least JJS 5 obl:npmod",
                "4 4 CD 7 nummod NUMBER 4.0",
                "Somali Somali JJ 7 amod",
                "soldiers soldier NNS 12 nsubj:pass",
                "and and CC 10 cc",
                "another another DT 10 det",
                "11 11 CD 7 conj NUMBER 11.0",
                "are be VBP 12 aux:pass",
                "injured injure VBN 2 ccomp",
                ". . . 2 punct");
        EventDraft bomb = HandParsed.draft(EventType.BOMBING, misparsed, 1);
        CasualtyCounter.assign(List.of(bomb), misparsed, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(4, "at least")), bomb.killed);
        assertEquals(Optional.of(new Casualties(11, "")), bomb.wounded);
        Sentence conjunct = HandParsed.sentence(0, 0,
                "A a DT 2 det",
                "suicide suicide NN 2 compound",
                "bomber bomber NN 3 nsubj",
                "killed kill VBD -1 root",
                "5 5 CD 5 nummod NUMBER 5.0",
                "people people NNS 3 obj",
                "and and CC 8 cc",
                "another another DT 8 det",
                "20 20 CD 5 conj NUMBER 20.0",
                "were be VBD 10 aux:pass",
                "wounded wound VBN 3 dep",
                ". . . 3 punct");
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, conjunct, 3);
        CasualtyCounter.assign(List.of(bombing), conjunct, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(5, "")), bombing.killed);
        assertEquals(Optional.of(new Casualties(20, "")), bombing.wounded);
    }

    @Test
    void theWoundedOfACountThatDiedAreTheDead() {
        Sentence fatally = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj",
                "attacked attack VBD -1 root",
                "pedestrians pedestrian NNS 1 obj",
                ", , , 1 punct",
                "injuring injure VBG 1 advcl",
                "50 50 CD 6 nummod NUMBER 50.0",
                "people people NNS 4 obj",
                ", , , 6 punct",
                "four four CD 6 appos NUMBER 4.0",
                "of of IN 10 case",
                "them they PRP 8 nmod",
                "fatally fatally RB 8 advmod");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, fatally, 1);
        CasualtyCounter.assign(List.of(attack), fatally, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(4, "")), attack.killed);
        assertEquals(Optional.of(new Casualties(50, "")), attack.wounded);
    }

    @Test
    void theNumberOfThoseWhoKilledIsNoTollButTheNumberOfThoseWhoDiedIs() {
        Sentence gunmen = HandParsed.sentence(0, 0,
                "Three three CD 1 nummod NUMBER 3.0",
                "gunmen gunman NNS 2 nsubj",
                "killed kill VBD -1 root",
                "five five CD 4 nummod NUMBER 5.0",
                "people people NNS 2 obj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, gunmen, 2);
        CasualtyCounter.assign(List.of(attack), gunmen, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(5, "")), attack.killed);
        Sentence died = HandParsed.sentence(0, 0,
                "Two two CD 1 nummod NUMBER 2.0",
                "soldiers soldier NNS 2 nsubj",
                "died die VBD -1 root");
        EventDraft death = HandParsed.draft(EventType.ATTACK, died, 2);
        CasualtyCounter.assign(List.of(death), died, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(2, "")), death.killed);
    }

    @Test
    void aPersonNamedAsTheSubjectOfAPassiveKillingIsOneKilled() {
        Sentence assassinated = HandParsed.sentence(0, 0,
                "Abullah Abullah NNP 1 compound PERSON",
                "Wardak Wardak NNP 3 nsubj:pass PERSON",
                "is be VBZ 3 aux:pass",
                "assassinated assassinate VBN -1 root",
                "in in IN 7 case",
                "a a DT 7 det",
                "car car NN 7 compound",
                "bomb bomb NN 3 obl");
        EventDraft killing = HandParsed.draft(EventType.ASSASSINATION, assassinated, 3);
        CasualtyCounter.assign(List.of(killing), assassinated, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(1, "")), killing.killed);
        Sentence threatened = HandParsed.sentence(0, 0,
                "Wardak Wardak NNP 2 nsubj:pass PERSON",
                "was be VBD 2 aux:pass",
                "threatened threaten VBN -1 root");
        EventDraft threat = HandParsed.draft(EventType.ASSASSINATION, threatened, 2);
        CasualtyCounter.assign(List.of(threat), threatened, new ArrayList<>());
        assertEquals(Optional.empty(), threat.killed);
    }

    @Test
    void aSinglePersonTheParserJoinsToTheVerbAfterTheObjectIsPartOfTheToll() {
        Sentence perpetrator = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "attack attack NN 2 nsubj",
                "killed kill VBD -1 root",
                "40 40 CD 5 nummod NUMBER 40.0",
                "Police Police NNP 5 compound",
                "Force Force NNP 6 compound",
                "personnel personnel NNS 2 obj",
                "as as CC 11 cc",
                "well well RB 7 fixed",
                "as as IN 7 fixed",
                "the the DT 11 det",
                "perpetrator perpetrator NN 2 conj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, perpetrator, 1);
        CasualtyCounter.assign(List.of(attack), perpetrator, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(41, "")), attack.killed);
        Sentence agency = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "explosions explosion NNS 2 nsubj",
                "killed kill VBD -1 root",
                "24 24 CD 4 nummod NUMBER 24.0",
                "people person NNS 2 obj",
                ", , , 2 punct",
                "according accord VBG 9 case",
                "to to IN 6 fixed",
                "the the DT 9 det",
                "agency agency NN 2 conj");
        EventDraft explosions = HandParsed.draft(EventType.BOMBING, agency, 1);
        CasualtyCounter.assign(List.of(explosions), agency, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(24, "")), explosions.killed);
    }

    @Test
    void peopleWhoLostTheirLivesOrWereConfirmedDeadAreTheDead() {
        Sentence lost = HandParsed.sentence(0, 0,
                "9 9 CD 1 nummod NUMBER 9.0",
                "people person NNS 2 nsubj",
                "lost lose VBD -1 root",
                "their they PRP$ 4 nmod:poss",
                "lives life NNS 2 obj",
                "when when WRB 7 advmod",
                "gunmen gunman NNS 7 nsubj",
                "attacked attack VBD 2 advcl");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, lost, 7);
        CasualtyCounter.assign(List.of(attack), lost, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(9, "")), attack.killed);
        Sentence confirmed = HandParsed.sentence(0, 0,
                "Twelve twelve CD 1 nummod NUMBER 12.0",
                "people person NNS 3 nsubj:pass",
                "were be VBD 3 aux:pass",
                "confirmed confirm VBN -1 root",
                "dead dead JJ 3 xcomp",
                "after after IN 7 mark",
                "militants militant NNS 7 nsubj",
                "stormed storm VBD 3 advcl");
        EventDraft storming = HandParsed.draft(EventType.ARMED_ASSAULT, confirmed, 7);
        CasualtyCounter.assign(List.of(storming), confirmed, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(12, "")), storming.killed);
    }

    @Test
    void peopleShotDeadAreTheDeadHoweverTheParserHangsDeadAndOnePersonCountsOne() {
        Sentence two = HandParsed.sentence(0, 0,
                "Two two CD 1 nummod NUMBER 2.0",
                "policemen policeman NNS 3 nsubj:pass",
                "were be VBD 3 aux:pass",
                "shot shoot VBN -1 root",
                "dead dead JJ 3 obj",
                "in in IN 6 case",
                "Quetta Quetta NNP 3 obl");
        EventDraft shooting = HandParsed.draft(EventType.ARMED_ASSAULT, two, 3);
        CasualtyCounter.assign(List.of(shooting), two, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(2, "")), shooting.killed);
        Sentence one = HandParsed.sentence(0, 0,
                "A a DT 1 det",
                "policeman policeman NN 3 nsubj:pass",
                "was be VBD 3 aux:pass",
                "shot shoot VBN -1 root",
                "dead dead JJ 3 obj",
                "in in IN 6 case",
                "Quetta Quetta NNP 3 obl");
        EventDraft single = HandParsed.draft(EventType.ARMED_ASSAULT, one, 3);
        CasualtyCounter.assign(List.of(single), one, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(1, "")), single.killed);
    }

    @Test
    void onePersonKilledCountsWithThePeopleCoordinatedWithIt() {
        Sentence killed = HandParsed.sentence(0, 0,
                "Gunmen gunman NNS 1 nsubj",
                "killed kill VBD -1 root",
                "a a DT 4 det",
                "police police NN 4 compound",
                "officer officer NN 1 obj",
                "and and CC 7 cc",
                "two two CD 7 nummod NUMBER 2.0",
                "civilians civilian NNS 4 conj");
        EventDraft attack = HandParsed.draft(EventType.ARMED_ASSAULT, killed, 1);
        CasualtyCounter.assign(List.of(attack), killed, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(3, "")), attack.killed);
    }

    @Test
    void thePeopleAMassacreWasOfAreTheDeadButANumberOfMassacresIsNoToll() {
        Sentence massacre = HandParsed.sentence(0, 0,
                "Soldiers soldier NNS 1 nsubj",
                "carried carry VBD -1 root",
                "out out RP 1 compound:prt",
                "a a DT 4 det",
                "massacre massacre NN 1 obj",
                "of of IN 7 case",
                "45 45 CD 7 nummod NUMBER 45.0",
                "civilians civilian NNS 4 nmod");
        EventDraft operation = HandParsed.draft(EventType.MILITARY_OPERATION, massacre, 4);
        CasualtyCounter.assign(List.of(operation), massacre, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(45, "")), operation.killed);
        Sentence two = HandParsed.sentence(0, 0,
                "Two two CD 1 nummod NUMBER 2.0",
                "massacres massacre NNS 3 nsubj:pass",
                "were be VBD 3 aux:pass",
                "reported report VBN -1 root");
        EventDraft attacks = HandParsed.draft(EventType.ARMED_ASSAULT, two, 1);
        CasualtyCounter.assign(List.of(attacks), two, new ArrayList<>());
        assertEquals(Optional.empty(), attacks.killed);
    }

    @Test
    void aSinglePersonTaggedAsAnAdjectiveInTheListOfTheDeadCounts() {
        Sentence died = HandParsed.sentence(0, 0,
                "Three three CD 1 nummod NUMBER 3.0",
                "policemen policeman NNS 5 nsubj",
                "and and CC 4 cc",
                "a a DT 4 det",
                "civilian civilian JJ 1 conj",
                "died die VBD -1 root",
                "when when WRB 9 advmod",
                "a a DT 8 det",
                "bomb bomb NN 9 nsubj",
                "hit hit VBD 5 advcl");
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, died, 9);
        CasualtyCounter.assign(List.of(bombing), died, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(4, "")), bombing.killed);
    }

    @Test
    void aNumberWordReadAsPartOfANameAtTheStartOfASentenceCounts() {
        Sentence eleven = HandParsed.sentence(0, 0,
                "Eleven Eleven NNP 1 compound",
                "people people NNS 3 nsubj:pass",
                "are be VBP 3 aux:pass",
                "killed kill VBN -1 root",
                "after after IN 6 mark",
                "militants militant NNS 6 nsubj",
                "attack attack VBP 3 advcl",
                "a a DT 8 det",
                "convoy convoy NN 6 obj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, eleven, 6);
        CasualtyCounter.assign(List.of(attack), eleven, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(11, "")), attack.killed);
        Sentence named = HandParsed.sentence(0, 0,
                "Seven Seven NNP 1 compound",
                "Pillars Pillars NNP 2 compound",
                "attack attack NN 3 nsubj",
                "killed kill VBD -1 root",
                "two two CD 5 nummod NUMBER 2.0",
                "people people NNS 3 obj");
        EventDraft pillars = HandParsed.draft(EventType.ATTACK, named, 2);
        CasualtyCounter.assign(List.of(pillars), named, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(2, "")), pillars.killed, "a number word in a name is no count");
    }

    @Test
    void aCountUnderTheAttackVerbGoesToItNotToANearerKilling() {
        Sentence stab = HandParsed.sentence(0, 0,
                "Attackers attacker NNS 1 nsubj",
                "stab stab VBP -1 root",
                "passers-by passer-by NNS 1 obj",
                ", , , 2 punct",
                "killing kill VBG 2 dep",
                "two two CD 4 obj NUMBER 2.0",
                "; ; : 1 punct",
                "killed kill VBN 1 parataxis");
        EventDraft attack = HandParsed.draft(EventType.ARMED_ASSAULT, stab, 1);
        EventDraft killing = HandParsed.draft(EventType.ATTACK, stab, 7);
        CasualtyCounter.assign(List.of(attack, killing), stab, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(2, "")), attack.killed);
        assertTrue(killing.killed.isEmpty());
    }

    @Test
    void nounsCoordinatedWithTheCountedNounAddTheirPeople() {
        Sentence driver = HandParsed.sentence(0, 0,
                "Bombers bomber NNS 1 nsubj",
                "killed kill VBD -1 root",
                "three three CD 3 nummod NUMBER 3.0",
                "academics academic NNS 1 obj",
                "and and CC 6 cc",
                "their they PRP$ 6 nmod:poss",
                "driver driver NN 3 conj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, driver, 1);
        CasualtyCounter.assign(List.of(attack), driver, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(4, "")), attack.killed);
        Sentence bare = HandParsed.sentence(0, 0,
                "Bombers bomber NNS 1 nsubj",
                "killed kill VBD -1 root",
                "three three CD 3 nummod NUMBER 3.0",
                "soldiers soldier NNS 1 obj",
                "and and CC 5 cc",
                "civilians civilian NNS 3 conj");
        EventDraft other = HandParsed.draft(EventType.ATTACK, bare, 1);
        CasualtyCounter.assign(List.of(other), bare, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(3, "")), other.killed, "a plural without a number adds nothing");
    }

    @Test
    void deadAfterAListOfVictimsCountsTheNumberBeforeIt() {
        Sentence list = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "attack attack NN 2 nsubj",
                "left leave VBD -1 root",
                "30 30 CD 4 nummod NUMBER 30.0",
                "men man NNS 2 obj",
                ", , , 6 punct",
                "women woman NNS 4 conj",
                "and and CC 8 cc",
                "children child NNS 4 conj",
                "dead dead JJ 8 amod");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, list, 1);
        CasualtyCounter.assign(List.of(attack), list, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(30, "")), attack.killed);
    }

    @Test
    void aStatementTakesNoCasualties() {
        EventDraft claim = HandParsed.draft(EventType.CLAIM_OF_RESPONSIBILITY, KILLED_AT_LEAST_12, 1);
        CasualtyCounter.assign(List.of(claim), KILLED_AT_LEAST_12, new ArrayList<>());
        assertTrue(claim.killed.isEmpty());
        assertTrue(claim.wounded.isEmpty());
    }

    @Test
    void oneVictimWithAnIndefiniteArticleIsOneKilled() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Militants militant NNS 1 nsubj",
                "killed kill VBD -1 root",
                "a a DT 3 det",
                "soldier soldier NN 1 obj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 1);
        CasualtyCounter.assign(List.of(attack), sentence, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(1, "")), attack.killed);
    }

    @Test
    void nobodyHurtGivesZeroToTheLatestAttackOfTheParagraph() {
        Sentence before = HandParsed.sentence(0, 3,
                "A a DT 1 det", "bomb bomb NN 2 nsubj", "exploded explode VBD -1 root");
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, before, 1);
        Sentence sentence = HandParsed.sentence(1, 3,
                "Nobody nobody NN 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "hurt hurt VBN -1 root");
        CasualtyCounter.assign(List.of(), sentence, List.of(bombing));
        assertEquals(Optional.of(new Casualties(0, "")), bombing.killed);
        assertEquals(Optional.of(new Casualties(0, "")), bombing.wounded);
    }

    @Test
    void figuresOfASentenceWithoutAnEventGoToNoEarlierAttackPlacedElsewhere() {
        Sentence before = HandParsed.sentence(0, 0,
                "A a DT 1 det", "bomb bomb NN 2 nsubj", "exploded explode VBD -1 root");
        Sentence fighting = HandParsed.sentence(1, 0,
                "Fighting fighting NN 3 nsubj",
                "in in IN 2 case",
                "Mali Mali NNP 0 nmod",
                "kills kill VBZ -1 root",
                "47 47 CD 5 nummod NUMBER 47.0",
                "people people NNS 3 obj");
        EventDraft inMogadishu = HandParsed.draft(EventType.BOMBING, before, 1);
        inMogadishu.places.add("urn:place:mogadishu");
        CasualtyCounter.assign(List.of(), fighting, List.of(inMogadishu), Set.of("urn:place:mali"));
        assertEquals(Optional.empty(), inMogadishu.killed);
        EventDraft inMali = HandParsed.draft(EventType.BOMBING, before, 1);
        inMali.places.add("urn:place:mali");
        CasualtyCounter.assign(List.of(), fighting, List.of(inMali), Set.of("urn:place:mali"));
        assertEquals(Optional.of(new Casualties(47, "")), inMali.killed);
        EventDraft unplaced = HandParsed.draft(EventType.BOMBING, before, 1);
        CasualtyCounter.assign(List.of(), fighting, List.of(unplaced), Set.of("urn:place:mali"));
        assertEquals(Optional.of(new Casualties(47, "")), unplaced.killed);
    }

    @Test
    void nobodyHurtInAnotherParagraphChangesNothing() {
        Sentence before = HandParsed.sentence(0, 2,
                "A a DT 1 det", "bomb bomb NN 2 nsubj", "exploded explode VBD -1 root");
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, before, 1);
        Sentence sentence = HandParsed.sentence(1, 3,
                "Nobody nobody NN 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "hurt hurt VBN -1 root");
        CasualtyCounter.assign(List.of(), sentence, List.of(bombing));
        assertTrue(bombing.killed.isEmpty());
    }

    @Test
    void noReportedCasualtiesGivesZeroKilledAndWounded() {
        Sentence before = HandParsed.sentence(0, 3,
                "A a DT 1 det", "bomb bomb NN 2 nsubj", "exploded explode VBD -1 root");
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, before, 1);
        Sentence sentence = HandParsed.sentence(1, 3,
                "There there EX 1 expl",
                "were be VBD -1 root",
                "no no DT 4 det",
                "reported report VBN 4 amod",
                "casualties casualty NNS 1 nsubj");
        CasualtyCounter.assign(List.of(), sentence, List.of(bombing));
        assertEquals(Optional.of(new Casualties(0, "")), bombing.killed);
        assertEquals(Optional.of(new Casualties(0, "")), bombing.wounded);
    }

    @Test
    void noReportsOfAnyCasualtiesGivesZeroButNoReportsOfAClaimDoNot() {
        Sentence before = HandParsed.sentence(0, 3,
                "Rockets rocket NNS 1 nsubj", "hit hit VBD -1 root", "Kabul Kabul NNP 1 obj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, before, 1);
        Sentence none = HandParsed.sentence(1, 3,
                "There there EX 1 expl", "were be VBD -1 root", "no no DT 3 det", "reports report NNS 1 nsubj",
                "of of IN 6 case", "any any DT 6 det", "casualties casualty NNS 3 nmod");
        CasualtyCounter.assign(List.of(), none, List.of(attack));
        assertEquals(Optional.of(new Casualties(0, "")), attack.killed);
        assertEquals(Optional.of(new Casualties(0, "")), attack.wounded);

        EventDraft other = HandParsed.draft(EventType.ATTACK, before, 1);
        Sentence claim = HandParsed.sentence(1, 3,
                "There there EX 1 expl", "were be VBD -1 root", "no no DT 3 det", "reports report NNS 1 nsubj",
                "of of IN 5 case", "claims claim NNS 3 nmod");
        CasualtyCounter.assign(List.of(), claim, List.of(other));
        assertTrue(other.killed.isEmpty());
    }

    @Test
    void disarmedBeforeItCausedAnyCasualtiesOrWithoutCasualtiesGivesZeroButAnyCasualtiesAloneDoNot() {
        Sentence before = HandParsed.sentence(0, 3,
                "A a DT 1 det", "bomb bomb NN 2 nsubj", "exploded explode VBD -1 root");
        EventDraft disarmed = HandParsed.draft(EventType.BOMBING, before, 1);
        Sentence beforeAny = HandParsed.sentence(1, 3,
                "It it PRP 1 nsubj:pass", "was be VBD 2 aux:pass", "disarmed disarm VBN -1 root",
                "before before IN 5 mark", "it it PRP 5 nsubj", "caused cause VBD 2 advcl", "any any DT 7 det",
                "casualties casualty NNS 5 obj");
        CasualtyCounter.assign(List.of(), beforeAny, List.of(disarmed));
        assertEquals(Optional.of(new Casualties(0, "")), disarmed.killed);
        assertEquals(Optional.of(new Casualties(0, "")), disarmed.wounded);

        EventDraft without = HandParsed.draft(EventType.BOMBING, before, 1);
        Sentence withoutCausing = HandParsed.sentence(1, 3,
                "It it PRP 1 nsubj", "exploded explode VBD -1 root", "without without IN 3 mark",
                "causing cause VBG 1 advcl", "injuries injury NNS 3 obj");
        CasualtyCounter.assign(List.of(), withoutCausing, List.of(without));
        assertEquals(Optional.of(new Casualties(0, "")), without.wounded);

        EventDraft reported = HandParsed.draft(EventType.BOMBING, before, 1);
        Sentence any = HandParsed.sentence(1, 3,
                "Police police NNS 1 nsubj", "counted count VBD -1 root", "any any DT 3 det",
                "casualties casualty NNS 1 obj");
        CasualtyCounter.assign(List.of(), any, List.of(reported));
        assertTrue(reported.killed.isEmpty());
    }

    @Test
    void aTollGoesToTheAttackThatIsTheSubjectOfItsVerbNotToANearerEvent() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "attack attack NN 4 nsubj",
                "near near IN 2 case",
                "Bagram Bagram NNP 0 nmod",
                ", , , 4 punct",
                "kills kill VBZ -1 root",
                "six six CD 6 nummod",
                "soldiers soldier NNS 4 obj");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 0);
        EventDraft killing = HandParsed.draft(EventType.ARMED_ASSAULT, sentence, 4);
        CasualtyCounter.assign(List.of(attack, killing), sentence, new ArrayList<>());
        assertEquals(Optional.of(new Casualties(6, "")), attack.killed);
        assertTrue(killing.killed.isEmpty());
    }

    @Test
    void aNounTriggerThatKillsOrWoundsIsToldAsHappeningThoughItCountsNoOne() {
        Sentence clashes = HandParsed.sentence(0, 0,
                "Clashes clash NNS 1 nsubj",
                "kill kill VBP -1 root",
                "several several JJ 3 amod",
                "people person NNS 1 obj");
        assertTrue(CasualtyCounter.harmingSubject(clashes, clashes.tokens().get(0)));
        Sentence followed = HandParsed.sentence(0, 0,
                "Clashes clash NNS 1 nsubj",
                "followed follow VBD -1 root",
                "protests protest NNS 1 obj");
        assertFalse(CasualtyCounter.harmingSubject(followed, followed.tokens().get(0)));
        Sentence rocked = HandParsed.sentence(0, 0,
                "blasts blast NNS 1 nsubj",
                "rocked rock VBD -1 root",
                "capital capital NN 1 obj");
        assertTrue(CasualtyCounter.harmingSubject(rocked, rocked.tokens().get(0)), "blasts that rocked a city");
    }
}
