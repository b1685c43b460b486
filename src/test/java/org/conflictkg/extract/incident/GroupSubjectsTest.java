package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.TALIBAN;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.groupNamed;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class GroupSubjectsTest {

    @Test
    void theGroupAndAttackerNounOpeningTheSentenceArePerpetrators() {
        AnnotatedText t = text("Taliban insurgents ambush an army checkpoint , killing 15 soldiers .");
        Event ambush = event(t, EventType.ARMED_ASSAULT, "ambush").build();
        Event result = GroupSubjects.add(List.of(ambush), t, groupNamed(t, TALIBAN, "Taliban")).get(0);
        assertEquals(Set.of(TALIBAN), result.roles().get(Role.PERPETRATOR));
        AnnotatedText hedged = text("Suspected Taliban militants attack a village .");
        Event attack = event(hedged, EventType.ATTACK, "attack").build();
        assertEquals(Set.of(TALIBAN), GroupSubjects.add(List.of(attack), hedged, groupNamed(hedged, TALIBAN,
                "Taliban")).get(0).roles().get(Role.PERPETRATOR));
    }

    @Test
    void aGroupElsewhereInTheOpeningOrAKnownPerpetratorIsLeftAlone() {
        AnnotatedText t = text("Soldiers fighting Taliban insurgents ambush a convoy .");
        Event ambush = event(t, EventType.ARMED_ASSAULT, "ambush").build();
        assertTrue(GroupSubjects.add(List.of(ambush), t, groupNamed(t, TALIBAN, "Taliban")).get(0).roles()
                .getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty());
        AnnotatedText known = text("Taliban insurgents ambush a convoy .");
        Event claimed = event(known, EventType.ARMED_ASSAULT, "ambush").role(Role.PERPETRATOR, ISKP).build();
        assertEquals(Set.of(ISKP), GroupSubjects.add(List.of(claimed), known, groupNamed(known, TALIBAN,
                "Taliban")).get(0).roles().get(Role.PERPETRATOR));
    }
}
