package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** An event as the extraction steps build it up: its trigger, roles, place, date, casualties and modality so far. */
final class EventDraft {

    /** The end of the rule of a role found through a pronoun ("he detonated"), which alone makes no event. */
    static final String VIA_PRONOUN = " via pronoun";
    EventType type;
    final List<Span> triggers = new ArrayList<>();
    final Map<Role, Set<String>> roles = new EnumMap<>(Role.class);
    final Set<String> places = new TreeSet<>();
    Optional<EventDate> date = Optional.empty();
    Optional<Casualties> killed = Optional.empty();
    Optional<Casualties> wounded = Optional.empty();
    Modality modality = Modality.COMPLETED;
    final Set<Modality> cues = EnumSet.noneOf(Modality.class);
    boolean cue;
    boolean stateAgent;
    /** Whether its striker is named by a demonym before a weapon fired from afar ("Russian artillery shelling"). */
    boolean weaponDemonym;
    /** Whether a "with" phrase names explosives or weapons fired from afar ("with mortars and aerial bombs"). */
    boolean explosiveInstrument;
    boolean verb;
    boolean definite;
    Optional<Integer> claimed = Optional.empty();
    Optional<Integer> about = Optional.empty();
    final Set<String> attributedTo = new TreeSet<>();
    final Set<String> channels = new TreeSet<>();
    Token patient;
    EventExtractor.EntityMention targetEntity;
    final TreeSet<Integer> sentences = new TreeSet<>();
    Token trigger;
    Sentence sentence;
    final Set<String> agentPlaces = new TreeSet<>();
    final Map<String, String> rules = new HashMap<>();
    boolean reference;
    boolean atScene;
    final Set<String> partners = new TreeSet<>();
    final Set<Integer> paragraphs = new TreeSet<>();
    boolean ownDate;

    /** Whether it has a role, a place, a date of its own sentence or a casualty count. */
    boolean hasArguments() {
        boolean named = roles.values().stream().flatMap(Set::stream)
                .anyMatch(iri -> !rules.getOrDefault(iri, "").endsWith(VIA_PRONOUN));
        return named || !places.isEmpty() || date.filter(d -> d.scope().equals("sentence"))
                .isPresent() || killed.isPresent() || wounded.isPresent();
    }

    /** The entities of its places and roles. */
    Set<String> entities() {
        Set<String> all = new TreeSet<>(places);
        roles.values().forEach(all::addAll);
        return all;
    }

    /** Whether it is an attack or a military operation: an event that can kill or wound. */
    boolean violent() {
        return type.isAttack() || type == EventType.MILITARY_OPERATION;
    }
}
