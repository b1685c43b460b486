package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class AttackTypesTest {

    private static final Sentence RAID = HandParsed.sentence(0, 0, "They they PRP 1 nsubj", "raided raid VBD -1 root");

    private static Sentence attackedWith(String first, String second) {
        return HandParsed.sentence(0, 0,
                "Gunmen gunman NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "with with IN 3 case",
                first + " " + first.replaceFirst("s$", "") + " NNS 1 obl",
                "and and CC 5 cc",
                second + " " + second.replaceFirst("s$", "") + " NNS 3 conj");
    }

    @Test
    void anAttackIsTypedByItsInstrumentsOrTheirConjuncts() {
        Sentence blades = attackedWith("machetes", "guns");
        assertEquals(EventType.ARMED_ASSAULT, AttackTypes.instrumentType(blades, blades.tokens().get(3)));
        Sentence stonesAndBombs = attackedWith("stones", "bombs");
        assertEquals(EventType.BOMBING, AttackTypes.instrumentType(stonesAndBombs, stonesAndBombs.tokens().get(3)));
        Sentence stones = attackedWith("stones", "sticks");
        assertEquals(EventType.ATTACK, AttackTypes.instrumentType(stones, stones.tokens().get(3)));
    }

    @Test
    void anAttackByAStateIsAMilitaryOperationAndOneOnAPersonAnAssassination() {
        EventDraft byArmy = draft(EventType.ATTACK, Map.of(Role.PERPETRATOR, "ex:army", Role.TARGET, "ex:village"));
        EventDraft onPerson = draft(EventType.ATTACK, Map.of(Role.PERPETRATOR, "ex:ISIL", Role.TARGET, "ex:mayor"));
        Map<String, EntityType> types = Map.of("ex:army", EntityType.STATE_AUTHORITY, "ex:ISIL",
                EntityType.ARMED_GROUP, "ex:mayor", EntityType.PERSON, "ex:village", EntityType.CITY);
        AttackTypes.retype(List.of(byArmy, onPerson), types, Set.of());
        assertEquals(EventType.MILITARY_OPERATION, byArmy.type);
        assertEquals(EventType.ASSASSINATION, onPerson.type);
    }

    @Test
    void aStatesStrikeWithAWeaponFiredFromAfarIsABombingUnlessItHitsAGroup() {
        Map<String, EntityType> types = Map.of("ex:Russia", EntityType.COUNTRY, "ex:ISIL", EntityType.ARMED_GROUP);
        EventDraft shelling = draft(EventType.MILITARY_OPERATION, Map.of(Role.PERPETRATOR, "ex:Russia"));
        shelling.weaponDemonym = true;
        EventDraft onGroup = draft(EventType.MILITARY_OPERATION, Map.of(Role.PERPETRATOR, "ex:Russia",
                Role.TARGET, "ex:ISIL"));
        onGroup.weaponDemonym = true;
        EventDraft airstrike = draft(EventType.ATTACK, Map.of(Role.PERPETRATOR, "ex:Russia"));
        AttackTypes.retype(List.of(shelling, onGroup, airstrike), types, Set.of());
        assertEquals(EventType.BOMBING, shelling.type);
        assertEquals(EventType.MILITARY_OPERATION, onGroup.type);
        assertEquals(EventType.MILITARY_OPERATION, airstrike.type);
    }

    @Test
    void anInstrumentIsExplosiveOrFiredFromAfarByItselfOrItsConjuncts() {
        Sentence mortars = attackedWith("stones", "mortars");
        assertEquals(true, AttackTypes.explosiveOrProjectile(mortars, mortars.tokens().get(3)));
        Sentence blades = attackedWith("machetes", "guns");
        assertEquals(false, AttackTypes.explosiveOrProjectile(blades, blades.tokens().get(3)));
    }

    @Test
    void aStatesAttackWithExplosivesIsABombingUnlessItHitsAGroup() {
        Map<String, EntityType> types = Map.of("ex:Russia", EntityType.COUNTRY, "ex:ISIL", EntityType.ARMED_GROUP);
        EventDraft onTown = draft(EventType.ATTACK, Map.of(Role.PERPETRATOR, "ex:Russia"));
        onTown.explosiveInstrument = true;
        EventDraft onGroup = draft(EventType.ATTACK, Map.of(Role.PERPETRATOR, "ex:Russia", Role.TARGET, "ex:ISIL"));
        onGroup.explosiveInstrument = true;
        EventDraft byGroup = draft(EventType.ATTACK, Map.of(Role.PERPETRATOR, "ex:ISIL"));
        byGroup.explosiveInstrument = true;
        AttackTypes.retype(List.of(onTown, onGroup, byGroup), types, Set.of());
        assertEquals(EventType.BOMBING, onTown.type);
        assertEquals(EventType.MILITARY_OPERATION, onGroup.type);
        assertEquals(EventType.ATTACK, byGroup.type);
    }

    @Test
    void anArrestByAnArmedGroupIsAHostageTakingUnlessTheGroupGoverns() {
        Map<String, EntityType> types = Map.of("ex:Taliban", EntityType.ARMED_GROUP, "ex:aid_worker",
                EntityType.PERSON);
        EventDraft arrest = draft(EventType.ARREST, Map.of(Role.AUTHORITY, "ex:Taliban", Role.SUSPECT,
                "ex:aid_worker"));
        AttackTypes.retype(List.of(arrest), types, Set.of());
        assertEquals(EventType.HOSTAGE_TAKING, arrest.type);
        assertEquals(Map.of(Role.PERPETRATOR, Set.of("ex:Taliban"), Role.TARGET, Set.of("ex:aid_worker")),
                arrest.roles);
        EventDraft governed = draft(EventType.ARREST, Map.of(Role.AUTHORITY, "ex:Taliban", Role.SUSPECT,
                "ex:aid_worker"));
        AttackTypes.retype(List.of(governed), types, Set.of("ex:Taliban"));
        assertEquals(EventType.ARREST, governed.type);
    }

    private static EventDraft draft(EventType type, Map<Role, String> roles) {
        EventDraft draft = HandParsed.draft(type, RAID, 1);
        roles.forEach((role, iri) -> draft.roles.put(role, new TreeSet<>(Set.of(iri))));
        return draft;
    }

    @Test
    void fightingNoStateForceTakesPartInIsAnAttack() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "fresh fresh JJ 1 amod",
                "fighting fighting NN -1 root",
                "in in IN 3 case",
                "Raga Raga NNP 1 nmod");
        Map<String, EntityType> types = Map.of("ex:army", EntityType.STATE_AUTHORITY);
        EventDraft fighting = HandParsed.draft(EventType.MILITARY_OPERATION, sentence, 1);
        EventDraft withArmy = HandParsed.draft(EventType.MILITARY_OPERATION, sentence, 1);
        withArmy.roles.put(Role.PERPETRATOR, new TreeSet<>(Set.of("ex:army")));
        EventDraft troops = HandParsed.draft(EventType.MILITARY_OPERATION, sentence, 1);
        troops.stateAgent = true;
        AttackTypes.retype(List.of(fighting, withArmy, troops), types, Set.of());
        assertEquals(EventType.ATTACK, fighting.type);
        assertEquals(EventType.MILITARY_OPERATION, withArmy.type);
        assertEquals(EventType.MILITARY_OPERATION, troops.type);
    }

    @Test
    void aSiegeThatNamesNoStateForceIsAHostageTaking() {
        Sentence beslan = HandParsed.sentence(0, 0,
                "the the DT 3 det",
                "Beslan Beslan NNP 3 compound",
                "school school NN 3 compound",
                "siege siege NN -1 root");
        EventDraft siege = HandParsed.draft(EventType.MILITARY_OPERATION, beslan, 3);
        Sentence marawi = HandParsed.sentence(0, 0,
                "siege siege NN -1 root",
                "between between IN 2 case",
                "insurgents insurgent NNS 0 nmod",
                "and and CC 5 cc",
                "Armed Armed NNP 5 compound",
                "Forces force NNPS 2 conj");
        EventDraft fought = HandParsed.draft(EventType.MILITARY_OPERATION, marawi, 0);
        AttackTypes.retype(List.of(siege, fought), Map.of(), Set.of());
        assertEquals(EventType.HOSTAGE_TAKING, siege.type);
        assertEquals(EventType.MILITARY_OPERATION, fought.type, "a siege the army fought");
    }

    @Test
    void anArmedGroupsForcesAttackButUnnamedForcesOperate() {
        Map<String, EntityType> types = Map.of("ex:Taliban", EntityType.ARMED_GROUP, "ex:district", EntityType.PLACE);
        EventDraft talibanForces = draft(EventType.ATTACK, Map.of(Role.PERPETRATOR, "ex:Taliban", Role.TARGET,
                "ex:district"));
        talibanForces.stateAgent = true;
        EventDraft forces = draft(EventType.ATTACK, Map.of(Role.TARGET, "ex:district"));
        forces.stateAgent = true;
        AttackTypes.retype(List.of(talibanForces, forces), types, Set.of());
        assertEquals(EventType.ATTACK, talibanForces.type);
        assertEquals(EventType.MILITARY_OPERATION, forces.type);
    }
}
