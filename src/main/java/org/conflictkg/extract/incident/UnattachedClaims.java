package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;

/**
 * Completes the claims of responsibility that the sentence rules found without a claimant or without the attack they
 * claim, as incident records word them ("The Islamic State in the Greater Sahara (ISGS) claimed responsibility for
 * the incident"): the armed group named right before "claimed" is the claimant, and the one attack its paragraph
 * told before the claim is what it claims.
 */
final class UnattachedClaims {

    /** How far before the trigger the group's name may end ("(ISGS) claimed"). */
    private static final int REACH = 12;
    private static final double CONFIDENCE = 0.7;

    private UnattachedClaims() {
    }

    /** The incidents with their unattached claims completed where the text allows. */
    static List<Event> complete(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            if (e.type() != EventType.CLAIM_OF_RESPONSIBILITY || e.triggers().isEmpty()) {
                result.add(e);
                continue;
            }
            Span trigger = e.triggers().get(0);
            Map<Role, Set<String>> roles = new HashMap<>(e.roles());
            List<RoleAssignment> assignments = new ArrayList<>(e.assignments());
            if (roles.getOrDefault(Role.CLAIMANT, Set.of()).isEmpty()) {
                facts.armedGroupBefore(trigger.sentence(), trigger.begin(), REACH).ifPresent(group -> {
                    roles.put(Role.CLAIMANT, Set.of(group));
                    assignments.add(new RoleAssignment(Role.CLAIMANT, group, CONFIDENCE, "named-before-claim"));
                });
            }
            Optional<Integer> claimed = e.claimedEvent().isPresent() ? e.claimedEvent()
                    : onlyAttackBefore(incidents, text, trigger);
            result.add(new Event(e.type(), e.triggers(), roles, e.places(), e.date(), e.killed(), e.wounded(),
                    e.modality(), e.confidence(), claimed, e.about(), e.attributedTo(), e.channels(), e.target(),
                    e.sentences(), assignments));
        }
        return result;
    }

    /** The key of the one attack told before a trigger in its paragraph, if there is exactly one. */
    private static Optional<Integer> onlyAttackBefore(List<Event> incidents, AnnotatedText text, Span trigger) {
        if (trigger.sentence() >= text.sentences().size()) {
            return Optional.empty();
        }
        int paragraph = text.sentences().get(trigger.sentence()).paragraph();
        List<Event> attacks = incidents.stream().filter(e -> e.type().isAttack())
                .filter(e -> e.triggers().stream().anyMatch(t -> t.begin() < trigger.begin()
                        && t.sentence() < text.sentences().size()
                        && text.sentences().get(t.sentence()).paragraph() == paragraph))
                .toList();
        return attacks.size() == 1 ? Optional.of(attacks.get(0).key()) : Optional.empty();
    }
}
