package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An event found in one document.
 *
 * @param type its type
 * @param triggers the words that denote it, the first being where it was found; later ones are coreferent mentions
 * @param roles the IRIs of the entities in each role
 * @param places the IRIs of the places where it happened
 * @param date its date, when a time expression governs it
 * @param killed people killed, when given
 * @param wounded people wounded, when given
 * @param modality whether it happened, was foiled, planned, ...
 * @param confidence how sure the extraction is, in [0, 1]
 * @param claimedEvent for a claim of responsibility, the key (first trigger offset) of the event claimed
 * @param about for a claim, accusation, denial or warning, the key of the event it is about
 * @param attributedTo for a claim or accusation, the IRIs of the actors it holds responsible
 * @param channels the IRIs of the media outlets a statement was made through
 * @param target the target of an attack when it is not a named entity: its words and its GTD target type
 * @param sentences the indexes of the sentences that are its evidence
 * @param assignments each entity of {@code roles} in its role, with the confidence of that assignment
 */
public record Event(EventType type, List<Span> triggers, Map<Role, Set<String>> roles, Set<String> places,
        Optional<EventDate> date, Optional<Casualties> killed, Optional<Casualties> wounded, Modality modality,
        double confidence, Optional<Integer> claimedEvent, Optional<Integer> about, Set<String> attributedTo,
        Set<String> channels, Optional<Target> target, Set<Integer> sentences, List<RoleAssignment> assignments) {

    /**
     * What an attack was aimed at.
     *
     * @param text the words naming it ("a crowded market"), empty when the target is a named entity
     * @param gtdType the local name of its GTD target type ("business"), when one is known
     */
    public record Target(String text, Optional<String> gtdType) {
    }

    public Event {
        triggers = List.copyOf(triggers);
        roles = Map.copyOf(roles);
        places = Set.copyOf(places);
        attributedTo = Set.copyOf(attributedTo);
        channels = Set.copyOf(channels);
        sentences = Set.copyOf(sentences);
        assignments = List.copyOf(assignments);
    }

    /** The begin offset of its first trigger, which identifies it within its document. */
    public int key() {
        return triggers.get(0).begin();
    }

    /** This event at other places, every other slot the same. */
    public Event withPlaces(Set<String> newPlaces) {
        return new Event(type, triggers, roles, newPlaces, date, killed, wounded, modality, confidence, claimedEvent,
                about, attributedTo, channels, target, sentences, assignments);
    }

    /** This event with the assignment's entity alone in its role, and the assignment; every other slot the same. */
    public Event withSoleRole(RoleAssignment assignment) {
        Map<Role, Set<String>> newRoles = new HashMap<>(roles);
        newRoles.put(assignment.role(), Set.of(assignment.entity()));
        List<RoleAssignment> newAssignments = new ArrayList<>(assignments);
        newAssignments.add(assignment);
        return new Event(type, triggers, newRoles, places, date, killed, wounded, modality, confidence, claimedEvent,
                about, attributedTo, channels, target, sentences, newAssignments);
    }

    /** This event with another date, every other slot the same. */
    public Event withDate(Optional<EventDate> newDate) {
        return new Event(type, triggers, roles, places, newDate, killed, wounded, modality, confidence, claimedEvent,
                about, attributedTo, channels, target, sentences, assignments);
    }
}
