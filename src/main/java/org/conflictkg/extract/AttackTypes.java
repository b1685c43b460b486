package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Types an attack, after GTD's attack types, by its instruments and by who does it to whom. */
final class AttackTypes {

    private static final Set<String> FIREARMS = Set.of("gun", "rifle", "firearm", "machete", "knife", "pistol",
            "kalashnikov", "ak-47", "machine-gun", "sword", "axe", "handgun", "shotgun");
    private static final Set<String> EXPLOSIVES = Set.of("bomb", "explosive", "ied", "grenade", "suicide vest",
            "vest", "car bomb", "device", "dynamite", "mine", "landmine");

    /** Nouns of fighting between sides ("fresh fighting in Raga", "clashes between tribal fighters"). */
    private static final Set<String> FIGHTING = Set.of("fighting", "clash", "clashes", "firefight", "gunfight",
            "gunbattle", "battle");

    private AttackTypes() {
    }

    /** Whether a lemma names a firearm or a blade ("knife", "rifle"). */
    static boolean weapon(String lemma) {
        return FIREARMS.contains(lemma);
    }

    /**
     * The kind of attack its instruments make it ("with machetes and guns": an armed assault; "with a bomb": a
     * bombing), after GTD's attack types; a plain attack otherwise.
     */
    static EventType instrumentType(Sentence sentence, Token instrument) {
        for (Token t : withConjuncts(sentence, instrument)) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (EXPLOSIVES.contains(lemma)) {
                return EventType.BOMBING;
            }
            if (FIREARMS.contains(lemma)) {
                return EventType.ARMED_ASSAULT;
            }
        }
        return EventType.ATTACK;
    }

    /** Whether an instrument or one of its conjuncts is an explosive or a weapon fired from afar ("mortars"). */
    static boolean explosiveOrProjectile(Sentence sentence, Token instrument) {
        return withConjuncts(sentence, instrument).stream().anyMatch(t -> EXPLOSIVES.contains(
                t.lemma().toLowerCase(Locale.ROOT)) || DemonymHeads.projectile(t));
    }

    /** An instrument and the instruments conjoined to it ("with machetes and guns"). */
    private static List<Token> withConjuncts(Sentence sentence, Token instrument) {
        List<Token> instruments = new ArrayList<>();
        instruments.add(instrument);
        sentence.children(instrument.index()).stream().filter(c -> c.relation().equals("conj"))
                .forEach(instruments::add);
        return instruments;
    }

    /**
     * Events named by who does them to whom: a state's strike with a weapon fired from afar, named by the demonym
     * before the weapon, or a state's attack with explosives or such weapons, is a bombing unless it hits a group
     * ("Russian artillery shelling", "Russian forces attack Toretsk with mortars": GTD codes projectiles fired at a
     * target so); an attack by a state force (not an armed group's "forces"), or on an armed group or on
     * militants by anyone but another group, is a military operation; fighting in which no state force takes part
     * is an attack ("fresh fighting in Raga", "clashes between Arab tribal fighters and Kurdish-led fighters"), and a
     * siege that names no state force is a hostage-taking ("the Beslan school siege", "Police
     * consider the siege an act of terrorism"); an attack on a named person is an assassination (GTD);
     * an "arrest" by an armed group is a kidnapping. A group that governs a country at the document's date
     * (ckg:governs) acts as a state: its raids are military operations and its arrests arrests.
     */
    static void retype(List<EventDraft> found, Map<String, EntityType> types, Set<String> governingNow) {
        for (EventDraft d : found) {
            Set<String> agentIris = new TreeSet<>(d.roles.getOrDefault(Role.PERPETRATOR, Set.of()));
            agentIris.removeAll(d.partners);
            Set<EntityType> agents = typesOf(agentIris, types);
            Set<EntityType> targets = typesOf(d.roles.get(Role.TARGET), types);
            boolean state = d.stateAgent && !agents.contains(EntityType.ARMED_GROUP)
                    || agents.contains(EntityType.STATE_AUTHORITY)
                    || agents.contains(EntityType.COUNTRY) || agentIris.stream().anyMatch(governingNow::contains);
            boolean onAttackers = d.patient != null
                    && ActorNouns.attacker(d.patient.lemma().toLowerCase(Locale.ROOT));
            boolean withoutState = d.type == EventType.MILITARY_OPERATION && !state
                    && !targets.contains(EntityType.STATE_AUTHORITY);
            String lemma = d.trigger.lemma().toLowerCase(Locale.ROOT);
            boolean shelled = (d.weaponDemonym || state && d.explosiveInstrument)
                    && !targets.contains(EntityType.ARMED_GROUP);
            if (shelled && (d.type.isAttack() || d.type == EventType.MILITARY_OPERATION)) {
                d.type = EventType.BOMBING;
            } else if (d.type.isAttack() && (state || (targets.contains(EntityType.ARMED_GROUP) || onAttackers)
                    && !agents.contains(EntityType.ARMED_GROUP))) {
                d.type = EventType.MILITARY_OPERATION;
            } else if (d.type == EventType.MILITARY_OPERATION && !state && agents.contains(EntityType.ARMED_GROUP)
                    && !targets.contains(EntityType.ARMED_GROUP)) {
                d.type = EventType.ATTACK;
            } else if (withoutState && FIGHTING.contains(lemma)) {
                d.type = EventType.ATTACK;
            } else if (withoutState && lemma.equals("siege") && !stateForceUnder(d.sentence, d.trigger)) {
                d.type = EventType.HOSTAGE_TAKING;
            } else if ((d.type == EventType.ARMED_ASSAULT || d.type == EventType.ATTACK
                    || d.type == EventType.BOMBING) && targets.contains(EntityType.PERSON)) {
                d.type = EventType.ASSASSINATION;
            } else if (d.type == EventType.ARREST
                    && typesOf(d.roles.get(Role.AUTHORITY), types).contains(EntityType.ARMED_GROUP)
                    && d.roles.get(Role.AUTHORITY).stream().noneMatch(governingNow::contains)) {
                d.type = EventType.HOSTAGE_TAKING;
                Set<String> takers = d.roles.remove(Role.AUTHORITY);
                Set<String> hostages = d.roles.remove(Role.SUSPECT);
                d.roles.put(Role.PERPETRATOR, takers);
                if (hostages != null) {
                    d.roles.put(Role.TARGET, hostages);
                }
            }
        }
    }

    /** Whether a state's forces are named under a trigger ("a siege between insurgents and the Armed Forces"). */
    private static boolean stateForceUnder(Sentence sentence, Token trigger) {
        return sentence.tokens().stream().anyMatch(t -> t != trigger && sentence.dominates(trigger, t)
                && ActorNouns.stateForce(t.lemma().toLowerCase(Locale.ROOT)));
    }

    private static Set<EntityType> typesOf(Set<String> iris, Map<String, EntityType> types) {
        Set<EntityType> result = EnumSet.noneOf(EntityType.class);
        if (iris != null) {
            iris.forEach(i -> {
                if (types.containsKey(i)) {
                    result.add(types.get(i));
                }
            });
        }
        return result;
    }
}
