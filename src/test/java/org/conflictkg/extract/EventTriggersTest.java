package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
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
    void pleadingGuiltyOrToAChargeIsATrialStepButPleadingForHelpIsNot() {
        assertEquals(EventType.TRIAL, typeOf(1,
                "He he PRP 1 nsubj",
                "pleaded plead VBD -1 root",
                "guilty guilty JJ 1 xcomp"));
        assertEquals(EventType.TRIAL, typeOf(1,
                "He he PRP 1 nsubj",
                "pleaded plead VBD -1 root",
                "to to IN 4 case",
                "two two CD 4 nummod",
                "counts count NNS 1 obl"));
        assertNull(typeOf(1,
                "residents resident NNS 1 nsubj",
                "pleaded plead VBD -1 root",
                "for for IN 3 case",
                "help help NN 1 obl"));
    }

    @Test
    void killingOneselfIsNoAttackUnlessOthersAreKilledUnderIt() {
        assertNull(typeOf(2,
                "shooter shooter NN 2 nsubj",
                "who who WP 2 nsubj",
                "killed kill VBD 0 acl:relcl",
                "himself himself PRP 2 obj"));
        assertEquals(EventType.ARMED_ASSAULT, typeOf(1,
                "gunman gunman NN 1 nsubj",
                "shot shoot VBD -1 root",
                "himself himself PRP 1 obj",
                "after after IN 1 advmod",
                "killing kill VBG 3 dep",
                "five five CD 6 nummod",
                "people people NNS 4 obj"));
        assertNotNull(typeOf(1,
                "gunman gunman NN 1 nsubj",
                "killed kill VBD -1 root",
                "five five CD 3 nummod",
                "people people NNS 1 obj"));
    }

    @Test
    void settingOffExplosivesIsABombingButAGerundInAPlansDescriptionIsNot() {
        assertEquals(EventType.BOMBING, typeOf(2,
                "A a DT 2 det",
                "bomber bomber NN 2 nsubj",
                "set set VBD -1 root",
                "off off RP 2 compound:prt",
                "his his PRP$ 5 nmod:poss",
                "explosives explosive NNS 2 obj"));
        assertNull(typeOf(1,
                "and and CC 1 cc",
                "setting set VBG -1 root",
                "off off RP 1 compound:prt",
                "devices device NNS 1 obj"));
    }

    @Test
    void aGunBattleIsFightingButABattleAloneIsNoTrigger() {
        assertEquals(EventType.MILITARY_OPERATION, typeOf(2,
                "A a DT 2 det",
                "gun gun NN 2 compound",
                "battle battle NN 3 nsubj",
                "breaks break VBZ -1 root"));
        assertNull(typeOf(1,
                "the the DT 1 det",
                "battle battle NN -1 root",
                "of of IN 3 case",
                "Mosul Mosul NNP 1 nmod"));
    }

    @Test
    void whatAnAttackerTargetedInARowOfAnIncidentListIsAnAttack() {
        Sentence bomber = HandParsed.sentence(0, 0,
                "A a DT 2 det",
                "suicide suicide NN 2 compound",
                "bomber bomber NN 3 nsubj",
                "targeted target VBD -1 root",
                "the the DT 5 det",
                "home home NN 3 obj");
        assertEquals(EventType.BOMBING, EventTriggers.rowTrigger(bomber, bomber.tokens().get(3)));
        Sentence officials = HandParsed.sentence(0, 0,
                "Officials official NNS 1 nsubj",
                "targeted target VBD -1 root",
                "funds fund NNS 1 obj");
        assertNull(EventTriggers.rowTrigger(officials, officials.tokens().get(1)));
        assertNull(typeOf(3,
                "A a DT 2 det",
                "suicide suicide NN 2 compound",
                "bomber bomber NN 3 nsubj",
                "targeted target VBD -1 root",
                "the the DT 5 det",
                "home home NN 3 obj"), "in prose, a target alone tells no attack");
    }

    @Test
    void aCrackdownInWhichPeopleAreKilledIsAnOperationOfTheState() {
        assertEquals(EventType.MILITARY_OPERATION, typeOf(5,
                "people person NNS 2 nsubj:pass",
                "are be VBP 2 aux:pass",
                "killed kill VBN -1 root",
                "during during IN 5 case",
                "a a DT 5 det",
                "crackdown crackdown NN 2 obl"));
    }

    @Test
    void aReportThatAGroupWasResponsibleIsAnAssessmentButNotWhatTheGroupItselfSays() {
        Sentence behind = HandParsed.sentence(0, 0,
                "Officials official NNS 1 nsubj",
                "said say VBD -1 root",
                "al-Shabaab al-Shabaab NNP 6 nsubj",
                "was be VBD 6 cop",
                "behind behind IN 6 case",
                "the the DT 6 det",
                "attack attack NN 1 ccomp");
        EntityMention shabaab = HandParsed.mention(behind, 2, 2, EntityType.ARMED_GROUP);
        assertEquals(EventType.ASSESSMENT, EventTriggers.type(behind, behind.tokens().get(1), List.of(shabaab)));
        Sentence directed = HandParsed.sentence(0, 0,
                "investigation investigation NN 1 nsubj",
                "found find VBD -1 root",
                "attacks attack NNS 4 nsubj:pass",
                "were be VBD 4 aux:pass",
                "directed direct VBN 1 ccomp",
                "by by IN 6 case",
                "al-Qaeda al-Qaeda NNP 4 obl");
        EntityMention qaeda = HandParsed.mention(directed, 6, 6, EntityType.ARMED_GROUP);
        assertEquals(EventType.ASSESSMENT, EventTriggers.type(directed, directed.tokens().get(1), List.of(qaeda)));
        Sentence ownWords = HandParsed.sentence(0, 0,
                "al-Shabaab al-Shabaab NNP 1 nsubj",
                "said say VBD -1 root",
                "it it PRP 4 nsubj",
                "was be VBD 4 cop",
                "responsible responsible JJ 1 ccomp");
        EntityMention speaker = HandParsed.mention(ownWords, 0, 0, EntityType.ARMED_GROUP);
        assertNull(EventTriggers.type(ownWords, ownWords.tokens().get(1), List.of(speaker)));
        Sentence denied = HandParsed.sentence(0, 0,
                "Officials official NNS 3 nsubj",
                "did do VBD 3 aux",
                "not not RB 3 advmod",
                "say say VB -1 root",
                "al-Shabaab al-Shabaab NNP 5 nsubj",
                "was be VBD 5 cop",
                "responsible responsible JJ 3 ccomp");
        EntityMention group = HandParsed.mention(denied, 4, 4, EntityType.ARMED_GROUP);
        assertNull(EventTriggers.type(denied, denied.tokens().get(3), List.of(group)));
    }

    @Test
    void aKillingByABombTheParserMadeTheSubjectOfItsParticipleIsABombing() {
        assertEquals(EventType.BOMBING, typeOf(6,
                "A a DT 1 det",
                "bomb bomb NN 2 nsubj",
                "planted plant VBN -1 root",
                "near near IN 4 case",
                "headquarters headquarters NN 2 obl",
                ", , , 2 punct",
                "killed kill VBD 2 dep",
                "one one CD 6 obj"));
        assertEquals(EventType.BOMBING, typeOf(5,
                "A a DT 1 det",
                "bomb bomb NN 2 nsubj",
                "used use VBN 5 csubj",
                "against against IN 4 case",
                "headquarters headquarters NN 2 obl",
                "kills kill VBZ -1 root",
                "one one CD 5 obj"));
        assertNull(typeOf(5,
                "A a DT 1 det",
                "report report NN 2 nsubj",
                "published publish VBN 5 csubj",
                "on on IN 4 case",
                "Monday Monday NNP 2 obl",
                "kills kill VBZ -1 root",
                "hope hope NN 5 obj"), "a report kills no one");
    }

    @Test
    void anAppearanceInCourtIsATrialStepButAnAppearanceInAVideoIsNot() {
        assertEquals(EventType.TRIAL, typeOf(3,
                "He he PRP 1 nsubj",
                "made make VBD -1 root",
                "his his PRP$ 3 nmod:poss",
                "appearance appearance NN 1 obj",
                "in in IN 6 case",
                "federal federal JJ 6 amod",
                "court court NN 1 obl"));
        assertNull(typeOf(3,
                "He he PRP 1 nsubj",
                "made make VBD -1 root",
                "an a DT 3 det",
                "appearance appearance NN 1 obj",
                "in in IN 5 case",
                "a a DT 6 det",
                "video video NN 1 obl"));
    }

    @Test
    void aStrikeALightVerbFramesIsAnOperationButAStrikeOfWorkersIsNot() {
        assertEquals(EventType.MILITARY_OPERATION, typeOf(3,
                "Command Command NNP 1 nsubj",
                "conducted conduct VBD -1 root",
                "a a DT 3 det",
                "strike strike NN 1 obj",
                "in in IN 5 case",
                "Syria Syria NNP 3 nmod"));
        assertNull(typeOf(3,
                "Workers worker NNS 1 nsubj",
                "went go VBD -1 root",
                "on on IN 3 case",
                "strike strike NN 1 obl"));
    }

    @Test
    void aPleaIsATrialStepButNotTheAgreementAPleaAgreementNames() {
        assertEquals(EventType.TRIAL, typeOf(1,
                "The the DT 1 det",
                "plea plea NN 3 nsubj:pass",
                "was be VBD 3 aux:pass",
                "entered enter VBN -1 root"));
        assertNull(typeOf(3,
                "a a DT 1 det",
                "family family NN 3 nmod:poss",
                "'s 's POS 1 case",
                "plea plea NN -1 root",
                "for for IN 5 case",
                "calm calm NN 3 nmod"), "a plea for calm is no step of a prosecution");
        assertNull(typeOf(3,
                "According accord VBG 4 case",
                "to to IN 0 fixed",
                "the the DT 4 det",
                "plea plea NN 4 compound",
                "agreement agreement NN -1 root"));
    }

    @Test
    void bombsDroppedAndRocketsOrShotsFiredAreAttacksInThePassiveToo() {
        assertEquals(EventType.BOMBING, typeOf(4,
                "A a DT 2 det",
                "barrel barrel NN 2 compound",
                "bomb bomb NN 4 nsubj:pass",
                "is be VBZ 4 aux:pass",
                "dropped drop VBN -1 root"));
        assertEquals(EventType.ATTACK, typeOf(3,
                "Two two CD 1 nummod",
                "rockets rocket NNS 3 nsubj:pass",
                "are be VBP 3 aux:pass",
                "launched launch VBN -1 root"));
        assertEquals(EventType.ARMED_ASSAULT, typeOf(2,
                "Shots shot NNS 2 nsubj:pass",
                "are be VBP 2 aux:pass",
                "fired fire VBN -1 root"));
        assertNull(typeOf(1,
                "Prosecutors prosecutor NNS 1 nsubj",
                "dropped drop VBD -1 root",
                "charges charge NNS 1 obj"));
    }

    @Test
    void rammingACarIntoAPairOfSoldiersIsAnUnarmedAssaultButIntoAPairOfTreesIsNot() {
        assertEquals(EventType.UNARMED_ASSAULT, rammedIntoAPairOf("soldiers soldier NNS 6 nmod"));
        assertNull(rammedIntoAPairOf("trees tree NNS 6 nmod"));
    }

    /** The type "He rammed a car into a pair of ..." triggers, the last token given. */
    private static EventType rammedIntoAPairOf(String what) {
        return typeOf(1,
                "He he PRP 1 nsubj",
                "rammed ram VBD -1 root",
                "a a DT 3 det",
                "car car NN 1 obj",
                "into into IN 6 case",
                "a a DT 6 det",
                "pair pair NN 1 obl",
                "of of IN 8 case",
                what);
    }

    @Test
    void fightingAndFirefightsAreMilitaryOperationsLikeClashes() {
        assertEquals(EventType.MILITARY_OPERATION, typeOf(0,
                "Fighting fighting NN 4 nsubj",
                "in in IN 2 case",
                "Mali Mali NNP 0 nmod",
                "kills kill VBZ -1 root",
                "47 47 CD 5 nummod NUMBER 47.0",
                "people people NNS 3 obj"));
        assertEquals(EventType.MILITARY_OPERATION, typeOf(2,
                "A a DT 2 det",
                "police police NN 2 compound",
                "shootout shootout NN -1 root"));
    }

    @Test
    void claimingThatItCarriedOutTheAttackIsAClaimButClaimingItDidNotIsNot() {
        assertEquals(EventType.CLAIM_OF_RESPONSIBILITY, typeOf(1,
                "Mourabitoun Mourabitoun NNP 1 nsubj",
                "claimed claim VBD -1 root",
                "that that IN 4 mark",
                "it it PRP 4 nsubj",
                "carried carry VBD 1 ccomp",
                "out out RP 4 compound:prt",
                "the the DT 7 det",
                "attack attack NN 4 obj"));
        assertNull(typeOf(1,
                "Mourabitoun Mourabitoun NNP 1 nsubj",
                "claimed claim VBD -1 root",
                "it it PRP 5 nsubj",
                "did do VBD 5 aux",
                "not not RB 5 advmod",
                "attack attack VB 1 ccomp",
                "the the DT 7 det",
                "hotel hotel NN 5 obj"));
    }

    @Test
    void anArmedGroupClaimingItIsAClaimButACountryClaimingItIsNot() {
        Sentence group = HandParsed.sentence(0, 0,
                "Taliban Taliban NNP 1 nsubj",
                "claimed claim VBD -1 root",
                "it it PRP 1 obj");
        assertEquals(EventType.CLAIM_OF_RESPONSIBILITY, EventTriggers.type(group, group.tokens().get(1),
                List.of(HandParsed.mention(group, 0, 0, EntityType.ARMED_GROUP))));
        Sentence country = HandParsed.sentence(0, 0,
                "Russia Russia NNP 1 nsubj",
                "claimed claim VBD -1 root",
                "it it PRP 1 obj");
        assertNull(EventTriggers.type(country, country.tokens().get(1),
                List.of(HandParsed.mention(country, 0, 0, EntityType.COUNTRY))));
    }

    @Test
    void takingOrHoldingHostagesIsAHostageTakingButTakingAPlaceIsNot() {
        assertEquals(EventType.HOSTAGE_TAKING, typeOf(1,
                "Gunmen gunman NNS 1 nsubj",
                "took take VBD -1 root",
                "170 170 CD 3 nummod NUMBER 170.0",
                "hostages hostage NNS 1 obj"));
        assertEquals(EventType.HOSTAGE_TAKING, typeOf(2,
                "tourists tourist NNS 2 nsubj:pass",
                "were be VBD 2 aux:pass",
                "held hold VBN -1 root",
                "hostage hostage NN 2 xcomp"));
        assertNull(typeOf(1,
                "Militants militant NNS 1 nsubj",
                "took take VBD -1 root",
                "the the DT 3 det",
                "town town NN 1 obj"));
    }

    @Test
    void takingSomeoneIntoCustodyIsAnArrest() {
        assertEquals(EventType.ARREST, typeOf(2,
                "He he PRP 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "taken take VBN -1 root",
                "into into IN 4 case",
                "custody custody NN 2 obl"));
        assertNull(typeOf(1,
                "Police police NNS 1 nsubj",
                "took take VBD -1 root",
                "custody custody NN 1 obj",
                "of of IN 4 case",
                "evidence evidence NN 2 nmod"), "taking custody of things is no arrest");
    }

    @Test
    void inThePassiveWhatIsRejectedIsItsSubject() {
        assertNull(typeOf(3,
                "The the DT 1 det",
                "theory theory NN 3 nsubj:pass",
                "was be VBD 3 aux:pass",
                "rejected reject VBN -1 root"));
        assertEquals(EventType.DENIAL, typeOf(3,
                "The the DT 1 det",
                "accusation accusation NN 3 nsubj:pass",
                "was be VBD 3 aux:pass",
                "rejected reject VBN -1 root"));
    }

    @Test
    void denyingARoleOrAnAccusationIsADenialButDenyingAMotionIsNot() {
        assertEquals(EventType.DENIAL, typeOf(1,
                "TTP TTP NNP 1 nsubj",
                "denied deny VBD -1 root",
                "any any DT 3 det",
                "role role NN 1 obj"));
        assertEquals(EventType.DENIAL, typeOf(1,
                "Moscow Moscow NNP 1 nsubj",
                "denies deny VBZ -1 root",
                "causing cause VBG 4 amod",
                "civilian civilian JJ 4 amod",
                "deaths death NNS 1 obj"));
        assertEquals(EventType.DENIAL, typeOf(2,
                "The the DT 1 det",
                "group group NN 2 nsubj",
                "denied deny VBD -1 root"));
        assertNull(typeOf(3,
                "the the DT 2 det",
                "district district NN 2 compound",
                "court court NN 3 nsubj",
                "denied deny VBD -1 root",
                "his he PRP$ 5 nmod:poss",
                "motion motion NN 3 obj"));
        assertNull(typeOf(2,
                "The the DT 1 det",
                "US US NNP 2 nsubj",
                "rejects reject VBZ -1 root",
                "terrorism terrorism NN 2 obj"));
        assertNull(typeOf(1,
                "designations designation NNS 1 nsubj",
                "deny deny VBP -1 root",
                "them they PRP 1 iobj",
                "access access NN 1 obj"));
        assertNull(typeOf(2,
                "a a DT 3 det",
                "Moroccan Moroccan JJ 3 amod",
                "rejected reject VBN 4 amod",
                "asylum asylum NN 4 compound",
                "seeker seeker NN -1 root"));
    }

    @Test
    void aVehicleHittingABombIsABombingButHittingATargetIsNot() {
        assertEquals(EventType.BOMBING, typeOf(2,
                "A a DT 1 det",
                "vehicle vehicle NN 2 nsubj",
                "hits hit VBZ -1 root",
                "a a DT 5 det",
                "roadside roadside NN 5 compound",
                "bomb bomb NN 2 obj"));
        assertNull(typeOf(2,
                "The the DT 1 det",
                "team team NN 2 nsubj",
                "hit hit VBD -1 root",
                "its its PRP$ 4 nmod:poss",
                "target target NN 2 obj"));
    }

    @Test
    void attackersHittingATargetAttackIt() {
        assertEquals(EventType.ATTACK, typeOf(2,
                "suicide suicide NN 1 compound",
                "bombers bomber NNS 2 nsubj",
                "hit hit VBD -1 root",
                "a a DT 5 det",
                "power power NN 5 compound",
                "station station NN 2 obj"));
        assertNull(typeOf(2,
                "Heavy heavy JJ 1 amod",
                "rains rain NNS 2 nsubj",
                "hit hit VBD -1 root",
                "the the DT 4 det",
                "region region NN 2 obj"));
    }

    @Test
    void aBlastThatRocksAPlaceIsABombing() {
        assertEquals(EventType.BOMBING, typeOf(2,
                "Two two CD 1 nummod",
                "explosions explosion NNS 2 nsubj",
                "rocked rock VBD -1 root",
                "the the DT 4 det",
                "city city NN 2 obj"));
        assertNull(typeOf(2,
                "The the DT 1 det",
                "news news NN 2 nsubj",
                "rocked rock VBD -1 root",
                "the the DT 4 det",
                "city city NN 2 obj"));
    }

    @Test
    void admittingAnAttackClaimsItButAdmittingAnythingElseDoesNot() {
        assertEquals(EventType.CLAIM_OF_RESPONSIBILITY, typeOf(1,
                "Haqqani Haqqani NNP 1 nsubj",
                "admitted admit VBD -1 root",
                "planning plan VBG 1 xcomp",
                "the the DT 4 det",
                "attack attack NN 2 obj"));
        assertEquals(EventType.CLAIM_OF_RESPONSIBILITY, typeOf(4,
                "the the DT 1 det",
                "attacks attack NNS -1 root",
                "which which WDT 4 obj",
                "they they PRP 4 nsubj",
                "admitted admit VBD 1 acl:relcl"));
        assertNull(typeOf(1,
                "He he PRP 1 nsubj",
                "admitted admit VBD -1 root",
                "the the DT 3 det",
                "mistake mistake NN 1 obj"));
    }

    @Test
    void admittingAnAttackInCourtIsAStepOfTheProsecutionNotAClaim() {
        assertNull(typeOf(1,
                "Colon Colon NNP 1 nsubj",
                "admitted admit VBD -1 root",
                "in in IN 3 case",
                "court court NN 1 obl",
                "planning plan VBG 1 xcomp",
                "an a DT 6 det",
                "attack attack NN 4 obj"));
    }

    @Test
    void aHeadlinesOpenFireThatTheTaggerReadsAsAdjectiveIsAnArmedAssault() {
        assertEquals(EventType.ARMED_ASSAULT, typeOf(2,
                "militants militant NNS 2 compound",
                "open open JJ 2 amod",
                "fire fire NN -1 root"));
        assertNull(typeOf(2,
                "an a DT 2 det",
                "open open JJ 2 amod",
                "fire fire NN -1 root",
                "burned burn VBD 2 acl"), "an open fire, that burns, is no attack");
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
    void whatAnExplosiveDoesIsABombing() {
        assertEquals(EventType.BOMBING, typeOf(1,
                "bomber bomber NN 1 nsubj",
                "blew blow VBD -1 root",
                "himself himself PRP 1 obj",
                "up up RP 1 compound:prt"));
        assertEquals(EventType.BOMBING, typeOf(1,
                "bomb bomb NN 1 nsubj",
                "went go VBD -1 root",
                "off off RP 1 compound:prt"));
        assertEquals(EventType.BOMBING, typeOf(1,
                "Bombs bomb NNS 1 nsubj",
                "ripped rip VBD -1 root",
                "through through IN 3 case",
                "churches church NNS 1 obl"));
        assertEquals(EventType.BOMBING, typeOf(1,
                "bomb bomb NN 1 nsubj",
                "struck strike VBD -1 root",
                "patrol patrol NN 1 obj"));
        assertNull(typeOf(1,
                "storm storm NN 1 nsubj",
                "hit hit VBD -1 root",
                "town town NN 1 obj"));
        assertNull(typeOf(1,
                "talks talk NNS 1 nsubj",
                "went go VBD -1 root",
                "off off RP 1 compound:prt"));
    }

    @Test
    void aWarningIsOneOnlyWhenItWarnsOfViolence() {
        assertEquals(EventType.WARNING, typeOf(1,
                "Militants militant NNS 1 nsubj",
                "threatened threaten VBD -1 root",
                "to to TO 3 mark",
                "attack attack VB 1 xcomp",
                "hotels hotel NNS 3 obj"));
        assertEquals(EventType.WARNING, typeOf(1,
                "Officials official NNS 1 nsubj",
                "alerted alert VBD -1 root",
                "police police NNS 1 obj",
                "about about IN 5 case",
                "the the DT 5 det",
                "threat threat NN 1 obl"));
        assertEquals(EventType.WARNING, typeOf(1,
                "They they PRP 1 nsubj",
                "warned warn VBD -1 root",
                "companies company NNS 1 obj",
                "to to TO 4 mark",
                "stop stop VB 1 xcomp"));
        assertNull(typeOf(1,
                "Attacks attack NNS 1 nsubj",
                "threatened threaten VBD -1 root",
                "the the DT 3 det",
                "development development NN 1 obj",
                "of of IN 5 case",
                "projects project NNS 3 nmod"));
        assertNull(typeOf(1,
                "life life NN 1 compound",
                "threatening threaten VBG 2 amod",
                "injuries injury NNS -1 root"));
        assertNull(typeOf(1,
                "Officials official NNS 1 nsubj",
                "urged urge VBD -1 root",
                "Iraqis Iraqis NNPS 1 obj",
                "to to TO 4 mark",
                "work work VB 1 xcomp",
                "together together RB 4 advmod"));
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
        assertEquals(EventType.ARMED_ASSAULT, typeOf(1,
                "Rebels rebel NNS 1 nsubj",
                "killed kill VBD -1 root",
                "14 14 CD 3 nummod",
                "people person NNS 1 obj"));
        assertEquals(EventType.ARMED_ASSAULT, typeOf(1,
                "Bandits Bandits NNPS 1 nsubj",
                "killed kill VBD -1 root",
                "14 14 CD 3 nummod",
                "people person NNS 1 obj"), "a plural the tagger took for a name");
        assertEquals(EventType.ARMED_ASSAULT, typeOf(2,
                "Armed armed JJ 1 amod",
                "men man NNS 2 nsubj",
                "killed kill VBD -1 root",
                "14 14 CD 4 nummod",
                "people person NNS 2 obj"));
        assertNull(typeOf(2,
                "Two two CD 1 nummod",
                "men man NNS 2 nsubj",
                "killed kill VBD -1 root",
                "a a DT 4 det",
                "deer deer NN 2 obj"), "men who are not said to be armed");
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

    @Test
    void pleadingAndBeingFoundGuiltyAreTrialStepsAndChargesAreOneOnlyInThePlural() {
        assertEquals(EventType.TRIAL, typeOf(1,
                "Abdulkader Abdulkader NNP 1 nsubj",
                "pleaded plead VBD -1 root",
                "guilty guilty JJ 1 xcomp"));
        assertEquals(EventType.TRIAL, typeOf(2,
                "announced announce VBD -1 root",
                "new new JJ 2 amod",
                "charges charge NNS 0 obj"));
        assertNull(typeOf(1,
                "a a DT 1 det",
                "charge charge NN -1 root",
                "Kabul Kabul NNP 3 nsubj",
                "denies deny VBZ 1 acl:relcl"));
        assertNull(typeOf(2,
                "released release VBN -1 root",
                "without without IN 2 case",
                "charges charge NNS 0 obl"));
        assertEquals(EventType.TRIAL, typeOf(2,
                "a a DT 1 det",
                "jury jury NN 2 nsubj",
                "found find VBD -1 root",
                "Mohamud Mohamud NNP 2 obj",
                "guilty guilty JJ 2 xcomp"));
        assertNull(typeOf(1,
                "Police police NNS 1 nsubj",
                "found find VBD -1 root",
                "explosives explosive NNS 1 obj"));
    }

    @Test
    void somethingFiredThatHitsIsAnAttackButAnythingElseThatHitsIsNot() {
        assertEquals(EventType.ATTACK, typeOf(1,
                "rockets rocket NNS 1 nsubj",
                "hit hit VBD -1 root",
                "Kabul Kabul NNP 1 obj"));
        assertNull(typeOf(1,
                "storms storm NNS 1 nsubj",
                "hit hit VBD -1 root",
                "Kabul Kabul NNP 1 obj"));
    }
}
