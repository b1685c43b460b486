package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

class ClaimedByPhrasesTest {

    @Test
    void anAttackClaimedByAGroupGetsItsClaimOnce() {
        AnnotatedText t = text("We condemn the bombings claimed by ISKP in Kabul .");
        int at = t.text().indexOf("ISKP");
        PlaceFacts facts = new PlaceFacts(Map.of(ISKP, EntityType.ARMED_GROUP), Map.of(),
                Map.of(ISKP, List.of(new Span(0, at, at + 4, "ISKP"))));
        Event bombings = event(t, EventType.BOMBING, "bombings").build();
        List<Event> result = ClaimedByPhrases.add(List.of(bombings), t, facts);
        assertEquals(2, result.size());
        Event claim = result.get(1);
        assertEquals(EventType.CLAIM_OF_RESPONSIBILITY, claim.type());
        assertEquals(Set.of(ISKP), claim.roles().get(Role.CLAIMANT));
        assertEquals(Optional.of(bombings.key()), claim.claimedEvent());
        assertEquals("claimed", claim.triggers().get(0).text());
        assertEquals(2, ClaimedByPhrases.add(result, t, facts).size(), "a claim already there is not repeated");
    }
}
