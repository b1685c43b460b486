package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
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
    void aClaimInTheStatementAVerbsSubjectSpeaksInIsThatSubjects() {
        Sentence spoken = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "Taliban Taliban NNP 8 nsubj",
                ", , , 8 punct",
                "in in IN 5 case",
                "a a DT 5 det",
                "statement statement NN 8 obl",
                "claiming claim VBG 5 acl",
                "responsibility responsibility NN 6 obj",
                "says say VBZ -1 root");
        assertEquals("Taliban", AgentTokens.agent(spoken, spoken.tokens().get(6)).word());
        Sentence via = HandParsed.sentence(0, 0,
                "ISIS ISIS NNP 5 nsubj",
                "via via IN 3 case",
                "a a DT 3 det",
                "video video NN 5 obl",
                "claiming claim VBG 3 acl",
                "said say VBD -1 root");
        assertEquals("ISIS", AgentTokens.agent(via, via.tokens().get(4)).word());
        Sentence after = HandParsed.sentence(0, 0,
                "The the DT 1 det",
                "Taliban Taliban NNP 8 nsubj",
                ", , , 8 punct",
                "after after IN 5 case",
                "a a DT 5 det",
                "statement statement NN 8 obl",
                "claiming claim VBG 5 acl",
                "responsibility responsibility NN 6 obj",
                "says say VBZ -1 root");
        assertNull(AgentTokens.agent(after, after.tokens().get(6)), "a statement the subject answers is not its own");
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
    void aPastTenseVerbTheParserHungOnANounAsItsClauseHasTheNounBeforeItAsSubject() {
        Sentence misread = HandParsed.sentence(0, 0,
                "hours hour NNS -1 root",
                "after after IN 3 case",
                "the the DT 3 det",
                "Front Front NNP 0 nmod",
                "( ( -LRB- 5 punct",
                "TPLF TPLF NNP 3 appos",
                ") ) -RRB- 5 punct",
                "threatened threaten VBD 0 acl",
                "to to TO 9 mark",
                "attack attack VB 7 xcomp");
        assertEquals("Front", AgentTokens.agent(misread, misread.tokens().get(7)).word(),
                "the name the bracketed acronym stands for");
        Sentence participle = HandParsed.sentence(0, 0,
                "hours hour NNS -1 root",
                "after after IN 3 case",
                "the the DT 3 det",
                "Front Front NNP 0 nmod",
                "threatened threaten VBN 0 acl");
        assertNull(AgentTokens.agent(participle, participle.tokens().get(4)), "a participle qualifies its noun");
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

    @Test
    void whoIsSaidToBeBehindAnAttackOrResponsibleForItIsItsAgentUnlessDenied() {
        Sentence behind = HandParsed.sentence(0, 0,
                "Shabaab Shabaab NNP 4 nsubj",
                "was be VBD 4 cop",
                "behind behind IN 4 case",
                "the the DT 4 det",
                "bombing bombing NN -1 root");
        assertEquals("Shabaab", AgentTokens.agent(behind, behind.tokens().get(4)).word());
        Sentence denied = HandParsed.sentence(0, 0,
                "Shabaab Shabaab NNP 5 nsubj",
                "was be VBD 5 cop",
                "not not RB 5 advmod",
                "behind behind IN 5 case",
                "the the DT 5 det",
                "bombing bombing NN -1 root");
        assertNull(AgentTokens.agent(denied, denied.tokens().get(5)));
        Sentence responsible = HandParsed.sentence(0, 0,
                "Taliban Taliban NNP 2 nsubj",
                "were be VBD 2 cop",
                "responsible responsible JJ -1 root",
                "for for IN 5 case",
                "the the DT 5 det",
                "attack attack NN 2 obl");
        assertEquals("Taliban", AgentTokens.agent(responsible, responsible.tokens().get(5)).word());
    }

    @Test
    void aPronounSubjectOfAReportedClauseStandsForTheActorThatReportsIt() {
        Sentence said = HandParsed.sentence(0, 0,
                "Shabaab Shabaab NNP 1 nsubj",
                "said say VBD -1 root",
                "it it PRP 3 nsubj",
                "carried carry VBD 1 ccomp",
                "out out RP 3 compound:prt",
                "the the DT 6 det",
                "assault assault NN 3 obj");
        EntityMention shabaab = HandParsed.mention(said, 0, 0, EntityType.ARMED_GROUP);
        assertEquals("Shabaab", AgentTokens.reportingOwner(said, said.tokens().get(2), List.of(shabaab)).word());
        Sentence after = HandParsed.sentence(0, 0,
                "Command Command NNP 1 nsubj",
                "conducted conduct VBD -1 root",
                "an a DT 3 det",
                "airstrike airstrike NN 1 obj",
                "after after IN 6 mark",
                "they they PRP 6 nsubj",
                "attacked attack VBD 1 advcl",
                "forces force NNS 6 obj");
        EntityMention command = HandParsed.mention(after, 0, 0, EntityType.STATE_AUTHORITY);
        assertNull(AgentTokens.reportingOwner(after, after.tokens().get(5), List.of(command)),
                "the pronoun of an adverbial clause is not the reporter");
    }

    @Test
    void theyOfAClauseOfTimeStandsForTheOneArmedGroupOfTheClauseItHangsOn() {
        Sentence after = HandParsed.sentence(0, 0,
                "Command Command NNP 1 nsubj",
                "conducted conduct VBD -1 root",
                "an a DT 4 det",
                "Shabaab Shabaab NNP 4 compound",
                "terrorists terrorist NNS 1 obj",
                "after after IN 7 mark",
                "they they PRP 7 nsubj",
                "attacked attack VBD 1 advcl",
                "forces force NNS 7 obj");
        EntityMention command = HandParsed.mention(after, 0, 0, EntityType.STATE_AUTHORITY);
        EntityMention shabaab = HandParsed.mention(after, 3, 3, EntityType.ARMED_GROUP);
        assertEquals("terrorists", AgentTokens.reportingOwner(after, after.tokens().get(6),
                List.of(command, shabaab)).word());
        EntityMention isis = HandParsed.mention(after, 0, 0, EntityType.ARMED_GROUP);
        assertNull(AgentTokens.reportingOwner(after, after.tokens().get(6), List.of(isis, shabaab)),
                "two armed groups in the clause: the pronoun could be either");
    }

    @Test
    void theyOfARelativeClauseStandsForTheOneArmedGroupOfTheNearestClauseAboveThatNamesOne() {
        Sentence accused = HandParsed.sentence(0, 0,
                "Mohamud Mohamud NNP 1 nsubj",
                "accused accuse VBD -1 root",
                "Shabaab Shabaab NNP 1 obj",
                "of of IN 4 mark",
                "carrying carry VBG 1 advcl",
                "out out RP 4 compound:prt",
                "the the DT 7 det",
                "attacks attack NNS 4 obj",
                "which which WDT 10 obj",
                "they they PRP 10 nsubj",
                "admitted admit VBD 7 acl:relcl");
        EntityMention president = HandParsed.mention(accused, 0, 0, EntityType.PERSON);
        EntityMention shabaab = HandParsed.mention(accused, 2, 2, EntityType.ARMED_GROUP);
        assertEquals("Shabaab", AgentTokens.reportingOwner(accused, accused.tokens().get(9),
                List.of(president, shabaab)).word());
        assertNull(AgentTokens.reportingOwner(accused, accused.tokens().get(9), List.of(president)),
                "no armed group above: no one");
    }

    @Test
    void oneOfItsFightersStandsForTheActorThatReportsIt() {
        Sentence said = HandParsed.sentence(0, 0,
                "ISIS ISIS NNP 1 nsubj",
                "said say VBD -1 root",
                "one one CD 6 nsubj",
                "of of IN 5 case",
                "its its PRP$ 5 nmod:poss",
                "fighters fighter NNS 2 nmod",
                "carried carry VBD 1 ccomp",
                "out out RP 6 compound:prt",
                "the the DT 9 det",
                "attack attack NN 6 obj");
        EntityMention isis = HandParsed.mention(said, 0, 0, EntityType.ARMED_GROUP);
        assertEquals("ISIS", AgentTokens.reportingOwner(said, said.tokens().get(2), List.of(isis)).word());
    }
}
