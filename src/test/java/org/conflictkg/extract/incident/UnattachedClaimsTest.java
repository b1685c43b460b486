package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class UnattachedClaimsTest {

    /** The lines as sentences of one paragraph, ISKP named where "(ISKP)" stands. */
    private static AnnotatedText record(String... lines) {
        AnnotatedText t = text(lines);
        return new AnnotatedText(t.text().replace('\n', ' '), t.sentences().stream()
                .map(s -> new org.conflictkg.nlp.Sentence(s.index(), 0, s.begin(), s.end(), s.tokens())).toList());
    }

    private static PlaceFacts iskpAt(AnnotatedText t, int sentence) {
        int at = t.text().indexOf("ISKP");
        return new PlaceFacts(Map.of(ISKP, EntityType.ARMED_GROUP), Map.of(),
                Map.of(ISKP, List.of(new Span(sentence, at, at + 4, "ISKP"))));
    }

    @Test
    void theGroupNamedRightBeforeClaimedIsTheClaimantOfTheOneAttackBefore() {
        AnnotatedText t = record("Assailants attacked a border post .", "The group ( ISKP ) claimed responsibility .");
        Event attack = event(t, EventType.ATTACK, "attacked").build();
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").build();
        Event done = UnattachedClaims.complete(List.of(attack, claim), t, iskpAt(t, 1)).get(1);
        assertEquals(Set.of(ISKP), done.roles().get(Role.CLAIMANT));
        assertEquals(Optional.of(attack.key()), done.claimedEvent());
    }

    @Test
    void twoAttacksBeforeLeaveTheClaimUnattached() {
        AnnotatedText t = record("Assailants attacked a post .", "A bomb exploded at a market .",
                "ISKP claimed responsibility .");
        Event attack = event(t, EventType.ATTACK, "attacked").build();
        Event bombing = event(t, EventType.BOMBING, "exploded").build();
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").build();
        Event done = UnattachedClaims.complete(List.of(attack, bombing, claim), t, iskpAt(t, 2)).get(2);
        assertTrue(done.claimedEvent().isEmpty());
        assertEquals(Set.of(ISKP), done.roles().get(Role.CLAIMANT));
    }
}
