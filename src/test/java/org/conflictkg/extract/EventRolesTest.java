package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EventRolesTest {

    @Test
    void aPlaceInsideTheByPhraseIsWhereNotWho() {
        Sentence s = HandParsed.sentence(0, 0,
                "people person NNS 2 nsubj:pass",
                "were be VBD 2 aux:pass",
                "killed kill VBN -1 root",
                "by by IN 4 case",
                "bombing bombing NN 2 obl",
                "in in IN 6 case",
                "Mogadishu Mogadishu NNP 4 nmod",
                ", , , 6 punct",
                "Somalia Somalia NNP 6 appos");
        List<EntityMention> here = List.of(HandParsed.mention(s, 6, 6, EntityType.CITY),
                HandParsed.mention(s, 8, 8, EntityType.COUNTRY));
        EventDraft draft = HandParsed.draft(EventType.ATTACK, s, 2);
        EventRoles.fill(draft, s, s.tokens().get(2), here);
        assertNull(draft.roles.get(Role.PERPETRATOR), draft.roles::toString);
    }

    @Test
    void peopleAreTakenWhereTheyAreTakenFromButAnAttackIsNotWhereItCameFrom() {
        Sentence s = HandParsed.sentence(0, 0,
                "militants militant NNS 1 nsubj",
                "abduct abduct VBP -1 root",
                "civilians civilian NNS 1 obj",
                "from from IN 5 case",
                "the the DT 5 det",
                "city city NN 1 obl",
                "of of IN 7 case",
                "Deir Deir NNP 5 nmod");
        List<EntityMention> here = List.of(HandParsed.mention(s, 7, 7, EntityType.CITY));
        EventDraft abduction = HandParsed.draft(EventType.HOSTAGE_TAKING, s, 1);
        EventRoles.fill(abduction, s, s.tokens().get(1), here);
        assertEquals(Set.of("ex:Deir"), abduction.places);
        EventDraft attack = HandParsed.draft(EventType.ATTACK, s, 1);
        EventRoles.fill(attack, s, s.tokens().get(1), here);
        assertEquals(Set.of(), attack.places, "rockets fired from a town struck elsewhere");
    }

    @Test
    void controlTakenOfAPlaceIsTakenThere() {
        Sentence s = HandParsed.sentence(0, 0,
                "insurgents insurgent NNS 1 nsubj",
                "seize seize VBP -1 root",
                "control control NN 1 obj",
                "of of IN 4 case",
                "Palma Palma NNP 2 nmod");
        List<EntityMention> here = List.of(HandParsed.mention(s, 4, 4, EntityType.CITY));
        EventDraft seizure = HandParsed.draft(EventType.ATTACK, s, 1);
        EventRoles.fill(seizure, s, s.tokens().get(1), here);
        assertEquals(Set.of("ex:Palma"), seizure.places);
        Sentence lost = HandParsed.sentence(0, 0,
                "insurgents insurgent NNS 1 nsubj",
                "attack attack VBP -1 root",
                "control control NN 1 obj",
                "of of IN 4 case",
                "Palma Palma NNP 2 nmod");
        EventDraft attack = HandParsed.draft(EventType.ATTACK, lost, 1);
        EventRoles.fill(attack, lost, lost.tokens().get(1), List.of(HandParsed.mention(lost, 4, 4, EntityType.CITY)));
        assertEquals(Set.of(), attack.places, "only a verb that takes control takes it where it is");
    }

    @Test
    void aParticipleCoordinatedWithAPassiveVerbSharesItsSubject() {
        Sentence s = HandParsed.sentence(0, 0,
                "Saipov Saipov NNP 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "shot shoot VBN -1 root",
                "and and CC 4 cc",
                "arrested arrest VBN 2 conj");
        List<EntityMention> here = List.of(HandParsed.mention(s, 0, 0, EntityType.PERSON));
        EventDraft arrest = HandParsed.draft(EventType.ARREST, s, 4);
        EventRoles.fill(arrest, s, s.tokens().get(4), here);
        assertEquals(Set.of("ex:Saipov"), arrest.roles.get(Role.SUSPECT), arrest.roles::toString);
    }

    @Test
    void aParticipleWithItsOwnObjectDoesNotShareThePassiveSubject() {
        Sentence s = HandParsed.sentence(0, 0,
                "Saipov Saipov NNP 2 nsubj:pass",
                "was be VBD 2 aux:pass",
                "shot shoot VBN -1 root",
                "and and CC 4 cc",
                "police police NNS 5 nsubj",
                "arrested arrest VBD 2 conj",
                "Habib Habib NNP 5 obj");
        List<EntityMention> here = List.of(HandParsed.mention(s, 0, 0, EntityType.PERSON),
                HandParsed.mention(s, 6, 6, EntityType.PERSON));
        EventDraft arrest = HandParsed.draft(EventType.ARREST, s, 5);
        EventRoles.fill(arrest, s, s.tokens().get(5), here);
        assertEquals(Set.of("ex:Habib"), arrest.roles.get(Role.SUSPECT), arrest.roles::toString);
    }

    @Test
    void thePartyTheDeadClashedWithKilledThem() {
        Sentence s = HandParsed.sentence(0, 0,
                "soldiers soldier NNS 2 nsubj:pass",
                "were be VBD 2 aux:pass",
                "killed kill VBN -1 root",
                "in in IN 4 case",
                "clashes clash NNS 2 obl",
                "with with IN 7 case",
                "Taliban Taliban NNP 7 compound",
                "fighters fighter NNS 4 nmod");
        List<EntityMention> here = List.of(HandParsed.mention(s, 6, 6, EntityType.ARMED_GROUP));
        EventDraft clash = HandParsed.draft(EventType.MILITARY_OPERATION, s, 4);
        EventRoles.fill(clash, s, s.tokens().get(4), here);
        assertEquals(Set.of("ex:Taliban"), clash.roles.get(Role.PERPETRATOR));
        Sentence planned = HandParsed.sentence(0, 0,
                "talks talk NNS 1 nsubj",
                "followed follow VBD -1 root",
                "clashes clash NNS 1 obj",
                "with with IN 5 case",
                "Taliban Taliban NNP 5 compound",
                "fighters fighter NNS 2 nmod");
        EventDraft noDead = HandParsed.draft(EventType.MILITARY_OPERATION, planned, 2);
        EventRoles.fill(noDead, planned, planned.tokens().get(2),
                List.of(HandParsed.mention(planned, 4, 4, EntityType.ARMED_GROUP)));
        assertNull(noDead.roles.get(Role.PERPETRATOR), "a clash no one died in names two sides, not a killer");
    }

    @Test
    void aParentheticalAssessmentHoldsResponsibleTheGroupOfTheClauseItIsInsertedIn() {
        Sentence s = HandParsed.sentence(0, 0,
                "officials official NNS 2 nsubj",
                "have have VBP 2 aux",
                "said say VBN -1 root",
                "they they PRP 4 nsubj",
                "believe believe VBP 8 parataxis",
                "the the DT 6 det",
                "Sinai Sinai NNP 7 compound",
                "Province Province NNP 8 nsubj",
                "responsible responsible JJ 2 ccomp");
        EntityMention group = HandParsed.mention(s, 6, 7, EntityType.ARMED_GROUP);
        assertEquals(List.of(group), EventRoles.assessed(s, s.tokens().get(4), List.of(group)));
        Sentence passive = HandParsed.sentence(0, 0,
                "Hamas Hamas NNP 2 nsubj:pass",
                "is be VBZ 2 aux:pass",
                "believed believe VBN -1 root",
                "responsible responsible JJ 2 xcomp");
        EntityMention hamas = HandParsed.mention(passive, 0, 0, EntityType.ARMED_GROUP);
        assertEquals(List.of(hamas), EventRoles.assessed(passive, passive.tokens().get(2), List.of(hamas)));
        Sentence active = HandParsed.sentence(0, 0,
                "Hamas Hamas NNP 1 nsubj",
                "believes believe VBZ -1 root",
                "Israel Israel NNP 3 nsubj",
                "responsible responsible JJ 1 ccomp");
        EntityMention speaker = HandParsed.mention(active, 0, 0, EntityType.ARMED_GROUP);
        assertEquals(List.of(), EventRoles.assessed(active, active.tokens().get(1), List.of(speaker)),
                "who believes is not whom the belief holds responsible");
    }

    @Test
    void aCountryNamingThePlaceTheParserMadeTheSubjectIsNoAgent() {
        Sentence s = HandParsed.sentence(0, 0,
                "the the DT 1 det",
                "capital capital NN 8 nsubj",
                "of of IN 3 case",
                "Algeria Algeria NNP 1 nmod",
                ", , , 1 punct",
                "a a DT 7 det",
                "suicide suicide NN 7 compound",
                "bomber bomber NN 1 appos",
                "blew blow VBD -1 root",
                "up up RP 8 compound:prt",
                "a a DT 11 det",
                "car car NN 8 obj");
        EntityMention algeria = HandParsed.mention(s, 3, 3, EntityType.COUNTRY);
        EventDraft draft = HandParsed.draft(EventType.BOMBING, s, 8);
        EventRoles.fill(draft, s, s.tokens().get(8), List.of(algeria));
        assertNull(draft.roles.get(Role.PERPETRATOR), draft.roles::toString);
    }

    @Test
    void anArmyReportingFightingThatNamesNoFighterFoughtIt() {
        Sentence s = HandParsed.sentence(0, 0,
                "The the DT 2 det",
                "Pakistan Pakistan NNP 2 compound",
                "Army army NNP 3 nsubj",
                "claims claim VBZ -1 root",
                "that that IN 8 mark",
                "30 30 CD 6 nummod",
                "militants militant NNS 8 nsubj:pass",
                "were be VBD 8 aux:pass",
                "killed kill VBN 3 ccomp",
                "in in IN 10 case",
                "fighting fighting NN 8 obl");
        EntityMention army = HandParsed.mention(s, 1, 2, EntityType.STATE_AUTHORITY);
        EventDraft fighting = HandParsed.draft(EventType.MILITARY_OPERATION, s, 10);
        EventRoles.fill(fighting, s, s.tokens().get(10), List.of(army));
        assertEquals(Set.of(army.iri()), fighting.roles.get(Role.PERPETRATOR));
        EventDraft attack = HandParsed.draft(EventType.ATTACK, s, 10);
        EventRoles.fill(attack, s, s.tokens().get(10), List.of(army));
        assertNull(attack.roles.get(Role.PERPETRATOR), "the police that report an attack did not carry it out");
        Sentence residents = HandParsed.sentence(0, 0,
                "Residents resident NNS 1 nsubj",
                "said say VBD -1 root",
                "militants militant NNS 4 nsubj:pass",
                "were be VBD 4 aux:pass",
                "killed kill VBN 1 ccomp",
                "in in IN 6 case",
                "fighting fighting NN 4 obl");
        EventDraft told = HandParsed.draft(EventType.MILITARY_OPERATION, residents, 6);
        EventRoles.fill(told, residents, residents.tokens().get(6), List.of());
        assertNull(told.roles.get(Role.PERPETRATOR));
    }

    @Test
    void aBomberWhoKillsMakesABombingButAGunmanWhoKillsDoesNot() {
        Sentence s = HandParsed.sentence(0, 0,
                "A a DT 2 det",
                "suicide suicide NN 2 compound",
                "bomber bomber NN 3 nsubj",
                "kills kill VBZ -1 root",
                "29 29 CD 5 nummod",
                "people person NNS 3 obj");
        EventDraft draft = HandParsed.draft(EventType.ARMED_ASSAULT, s, 3);
        EventRoles.fill(draft, s, s.tokens().get(3), List.of());
        assertEquals(EventType.BOMBING, draft.type);
        Sentence gunman = HandParsed.sentence(0, 0,
                "A a DT 1 det",
                "gunman gunman NN 2 nsubj",
                "kills kill VBZ -1 root",
                "29 29 CD 4 nummod",
                "people person NNS 2 obj");
        EventDraft shooting = HandParsed.draft(EventType.ARMED_ASSAULT, gunman, 2);
        EventRoles.fill(shooting, gunman, gunman.tokens().get(2), List.of());
        assertEquals(EventType.ARMED_ASSAULT, shooting.type);
    }

    @Test
    void thePossessiveOfARankedAttackIsWhereItRanksButOtherwiseWhoDidIt() {
        Sentence ranked = HandParsed.sentence(0, 0,
                "Somalia Somalia NNP 3 nmod:poss",
                "'s 's POS 0 case",
                "deadliest deadliest JJS 3 amod",
                "attack attack NN -1 root");
        EntityMention somalia = HandParsed.mention(ranked, 0, 0, EntityType.COUNTRY);
        EventDraft draft = HandParsed.draft(EventType.ATTACK, ranked, 3);
        EventRoles.fill(draft, ranked, ranked.tokens().get(3), List.of(somalia));
        assertNull(draft.roles.get(Role.PERPETRATOR), draft.roles::toString);
        assertEquals(Set.of(somalia.iri()), draft.places);
        Sentence plain = HandParsed.sentence(0, 0,
                "ISIS ISIS NNP 2 nmod:poss",
                "'s 's POS 0 case",
                "attack attack NN -1 root");
        EntityMention isis = HandParsed.mention(plain, 0, 0, EntityType.ARMED_GROUP);
        EventDraft other = HandParsed.draft(EventType.ATTACK, plain, 2);
        EventRoles.fill(other, plain, plain.tokens().get(2), List.of(isis));
        assertEquals(Set.of(isis.iri()), other.roles.get(Role.PERPETRATOR));
    }

    @Test
    void aTargetPhraseHungUnderTheByPhraseIsWhatWasStruckNotWhoStruck() {
        Sentence s = HandParsed.sentence(0, 0,
                "raid raid NN -1 root",
                "by by IN 3 case",
                "Boko Boko NNP 3 compound",
                "militants militant NNS 0 nmod",
                "on on IN 8 case",
                "Niger Niger NNP 8 nmod:poss",
                "'s 's POS 5 case",
                "border border NN 8 compound",
                "town town NN 3 nmod",
                "of of IN 10 case",
                "Abadam Abadam NNP 8 nmod");
        EntityMention boko = HandParsed.mention(s, 2, 2, EntityType.ARMED_GROUP);
        EntityMention niger = HandParsed.mention(s, 5, 5, EntityType.COUNTRY);
        EntityMention abadam = HandParsed.mention(s, 10, 10, EntityType.PLACE);
        EventDraft draft = HandParsed.draft(EventType.ATTACK, s, 0);
        EventRoles.fill(draft, s, s.tokens().get(0), List.of(boko, niger, abadam));
        assertEquals(Set.of(boko.iri()), draft.roles.get(Role.PERPETRATOR));
        assertEquals(Set.of(abadam.iri()), draft.places);
        EventDraft operation = HandParsed.draft(EventType.MILITARY_OPERATION, s, 0);
        EventRoles.fill(operation, s, s.tokens().get(0), List.of(boko, niger, abadam));
        assertEquals(Set.of(abadam.iri()), operation.places, "a raid is an operation until its agent is typed");
    }

    @Test
    void theGroupAttackersAreLoyalToOrLinkedWithIsThePerpetrator() {
        Sentence s = HandParsed.sentence(0, 0,
                "Fighters fighter NNS 5 nsubj",
                "loyal loyal JJ 0 amod",
                "to to IN 4 case",
                "Islamic Islamic NNP 4 compound",
                "State State NNP 1 obl",
                "attacked attack VBD -1 root",
                "a a DT 7 det",
                "prison prison NN 5 obj");
        EntityMention isil = HandParsed.mention(s, 3, 4, EntityType.ARMED_GROUP);
        EventDraft draft = HandParsed.draft(EventType.ATTACK, s, 5);
        EventRoles.fill(draft, s, s.tokens().get(5), List.of(isil));
        assertEquals(Set.of(isil.iri()), draft.roles.get(Role.PERPETRATOR));
    }

    @Test
    void aPronounStandingForAPersonFillsTheRoleButAloneMakesNoEvent() {
        Sentence s = HandParsed.sentence(0, 0,
                "He he PRP 1 nsubj",
                "plotted plot VBD -1 root");
        Mention pronoun = new Mention(0, 0, 0, 0, 2, "He", EntityType.PERSON, "person-reference", Optional.empty(),
                Optional.empty(), "Shirwa Ahmed");
        EntityMention he = new EntityMention(pronoun, "ex:Shirwa_Ahmed", EntityType.PERSON);
        EventDraft draft = HandParsed.draft(EventType.PLOT, s, 1);
        EventRoles.fill(draft, s, s.tokens().get(1), List.of(he));
        assertEquals(Set.of(he.iri()), draft.roles.get(Role.PERPETRATOR));
        assertEquals("subject" + EventDraft.VIA_PRONOUN, draft.rules.get(he.iri()));
        assertFalse(draft.hasArguments());
    }

    @Test
    void theLocativeOfTheCasualtyVerbThatGovernsAnAttackNounIsItsPlace() {
        Sentence s = HandParsed.sentence(0, 0,
                "people person NNS 1 nsubj:pass",
                "injured injure VBN -1 root",
                "during during IN 3 case",
                "assault assault NN 1 obl",
                "at at IN 5 case",
                "hotel hotel NN 1 obl",
                "in in IN 7 case",
                "Bamako Bamako NNP 5 nmod");
        EntityMention bamako = HandParsed.mention(s, 7, 7, EntityType.CITY);
        EventDraft draft = HandParsed.draft(EventType.ARMED_ASSAULT, s, 3);
        EventRoles.fill(draft, s, s.tokens().get(3), List.of(bamako));
        assertEquals(Set.of(bamako.iri()), draft.places);
    }

    @Test
    void aPlaceThatSufferedAnAttackIsWhereItHappened() {
        Sentence s = HandParsed.sentence(0, 0,
                "Kabul Kabul NNP 1 nsubj",
                "suffered suffer VBD -1 root",
                "a a DT 4 det",
                "deadly deadly JJ 4 amod",
                "attack attack NN 1 obj");
        EntityMention kabul = HandParsed.mention(s, 0, 0, EntityType.CITY);
        EventDraft draft = HandParsed.draft(EventType.ATTACK, s, 4);
        EventRoles.fill(draft, s, s.tokens().get(4), List.of(kabul));
        assertEquals(Set.of(kabul.iri()), draft.places);
        assertNull(draft.roles.get(Role.PERPETRATOR));
    }

    @Test
    void aPlaceAttacksStruckIntoIsWhereButNotAPlaceInsideWhatTheyStruckInto() {
        Sentence s = HandParsed.sentence(0, 0,
                "rocket rocket NN 1 compound",
                "attacks attack NNS -1 root",
                "into into IN 3 case",
                "Kabul Kabul NNP 1 nmod");
        EntityMention kabul = HandParsed.mention(s, 3, 3, EntityType.CITY);
        EventDraft draft = HandParsed.draft(EventType.BOMBING, s, 1);
        EventRoles.fill(draft, s, s.tokens().get(1), List.of(kabul));
        assertEquals(Set.of(kabul.iri()), draft.places);
        Sentence crowd = HandParsed.sentence(0, 0,
                "drove drive VBD -1 root",
                "into into IN 2 case",
                "pedestrians pedestrian NNS 0 obl",
                "on on IN 5 case",
                "Westminster Westminster NNP 5 compound",
                "Bridge Bridge NNP 2 nmod");
        EntityMention bridge = HandParsed.mention(crowd, 4, 5, EntityType.SITE);
        EventDraft drove = HandParsed.draft(EventType.UNARMED_ASSAULT, crowd, 0);
        EventRoles.fill(drove, crowd, crowd.tokens().get(0), List.of(bridge));
        assertEquals(Set.of(), drove.places);
        Sentence deported = HandParsed.sentence(0, 0,
                "deported deport VBN -1 root",
                "into into IN 2 case",
                "Mexico Mexico NNP 0 obl");
        EntityMention mexico = HandParsed.mention(deported, 2, 2, EntityType.COUNTRY);
        EventDraft deportation = HandParsed.draft(EventType.DEPORTATION, deported, 0);
        EventRoles.fill(deportation, deported, deported.tokens().get(0), List.of(mexico));
        assertEquals(Set.of(), deportation.places, "where someone is deported to is no place of the deportation");
    }

    @Test
    void aGroupWhoseNameHoldsALocativeIsStillWho() {
        Sentence s = HandParsed.sentence(0, 0,
                "people person NNS 2 nsubj:pass",
                "were be VBD 2 aux:pass",
                "killed kill VBN -1 root",
                "by by IN 4 case",
                "al-Qaeda al-Qaeda NNP 2 obl",
                "in in IN 7 case",
                "the the DT 7 det",
                "Maghreb Maghreb NNP 4 nmod");
        EntityMention aqim = HandParsed.mention(s, 4, 7, EntityType.ARMED_GROUP);
        EventDraft draft = HandParsed.draft(EventType.ATTACK, s, 2);
        EventRoles.fill(draft, s, s.tokens().get(2), List.of(aqim));
        assertEquals(Set.of(aqim.iri()), draft.roles.get(Role.PERPETRATOR));
    }

    @Test
    void aModifierOfAnAttackThatIsACountryOrAnOfficeIsWhatWasStruck() {
        Sentence ministry = HandParsed.sentence(0, 0,
                "Ministry Ministry NNP 3 compound",
                "of of IN 2 case",
                "Education Education NNP 0 nmod",
                "bombings bombing NNS -1 root");
        EntityMention office = HandParsed.mention(ministry, 0, 2, EntityType.STATE_AUTHORITY);
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, ministry, 3);
        EventRoles.fill(bombing, ministry, ministry.tokens().get(3), List.of(office));
        assertNull(bombing.roles.get(Role.PERPETRATOR));
        assertEquals(Set.of(office.iri()), bombing.roles.get(Role.TARGET));

        Sentence army = HandParsed.sentence(0, 0,
                "Army army NNP 1 compound",
                "bombing bombing NN -1 root");
        EntityMention force = HandParsed.mention(army, 0, 0, EntityType.STATE_AUTHORITY);
        EventDraft byArmy = HandParsed.draft(EventType.BOMBING, army, 1);
        EventRoles.fill(byArmy, army, army.tokens().get(1), List.of(force));
        assertEquals(Set.of(force.iri()), byArmy.roles.get(Role.PERPETRATOR));
    }

    @Test
    void whatAnAppositionSaysOfANamedAttackerIsNoAttackerButAGroupItNamesIs() {
        Sentence s = HandParsed.sentence(0, 0,
                "Shabaab Shabaab NNP 8 nsubj",
                ", , , 0 punct",
                "a a DT 6 det",
                "U.S. U.S. NNP 4 compound",
                "Government government NN 6 compound",
                "designated designate VBN 6 amod",
                "Organization Organization NNP 0 appos",
                ", , , 0 punct",
                "attacked attack VBD -1 root",
                "Jamaat-ul-Ahrar Jamaat-ul-Ahrar NNP 0 appos");
        EntityMention shabaab = HandParsed.mention(s, 0, 0, EntityType.ARMED_GROUP);
        EntityMention government = HandParsed.mention(s, 3, 4, EntityType.STATE_AUTHORITY);
        EntityMention organization = HandParsed.mention(s, 6, 6, EntityType.ORGANIZATION);
        EntityMention faction = HandParsed.mention(s, 9, 9, EntityType.ARMED_GROUP);
        EventDraft draft = HandParsed.draft(EventType.ATTACK, s, 8);
        EventRoles.fill(draft, s, s.tokens().get(8), List.of(shabaab, government, organization, faction));
        assertEquals(Set.of(shabaab.iri(), faction.iri()), draft.roles.get(Role.PERPETRATOR));
    }

    @Test
    void aDemonymBeforeAStrikeIsWhoStruckNotWhere() {
        Sentence s = HandParsed.sentence(0, 0,
                "Russian Russian JJ 1 amod",
                "airstrikes airstrike NNS 2 nsubj",
                "killed kill VBD -1 root",
                "12 12 CD 4 nummod",
                "civilians civilian NNS 2 obj");
        EntityMention byDemonym = russian(s, 0);
        EventDraft draft = HandParsed.draft(EventType.MILITARY_OPERATION, s, 1);
        EventRoles.fill(draft, s, s.tokens().get(1), List.of(byDemonym));
        assertEquals(Set.of("ex:Russia"), draft.roles.get(Role.PERPETRATOR), draft.roles::toString);
        assertEquals(Set.of(), draft.places, "the striker's country is no place of the strike");
        EntityMention afghan = HandParsed.mention(s, 0, 0, EntityType.COUNTRY);
        EventDraft byName = HandParsed.draft(EventType.MILITARY_OPERATION, s, 1);
        EventRoles.fill(byName, s, s.tokens().get(1), List.of(afghan));
        assertNull(byName.roles.get(Role.PERPETRATOR), "an adjective found otherwise stays a place");
    }

    @Test
    void aDemonymOpeningTheRunOfAStrikesModifiersIsWhoStruckHoweverParsed() {
        Sentence s = HandParsed.sentence(0, 0,
                "people person NNS 1 nsubj:pass",
                "injured injure VBN -1 root",
                "by by IN 4 case",
                "Russian Russian JJ 4 amod",
                "artillery artillery NN 1 obl:agent",
                "shelling shell VBG 4 amod");
        EventDraft draft = HandParsed.draft(EventType.BOMBING, s, 5);
        EventRoles.fill(draft, s, s.tokens().get(5), List.of(russian(s, 3)));
        assertEquals(Set.of("ex:Russia"), draft.roles.get(Role.PERPETRATOR), draft.roles::toString);
        assertEquals(true, draft.weaponDemonym, "artillery is fired from afar");
    }

    /** A mention of Russia by its demonym at a token, as the mention extractor makes it. */
    private static EntityMention russian(Sentence s, int token) {
        return new EntityMention(new Mention(0, token, token, s.tokens().get(token).begin(),
                s.tokens().get(token).end(), "Russian", EntityType.COUNTRY, MentionExtractor.DEMONYM_SOURCE,
                Optional.of("ex:Russia"), Optional.empty(), "Russia"), "ex:Russia", EntityType.COUNTRY);
    }
}
