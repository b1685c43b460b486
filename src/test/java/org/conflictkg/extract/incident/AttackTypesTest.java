package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class AttackTypesTest {

    @Test
    void shellingAndProjectilesMakeABombingAndGunmenAnArmedAssault() {
        AnnotatedText shelled = text("Rebels shelled the town of Aleppo .");
        Event shelling = event(shelled, EventType.ATTACK, "shelled").build();
        assertEquals(EventType.BOMBING, AttackTypes.refine(List.of(shelling), shelled).get(0).type());
        AnnotatedText shot = text("Gunmen attacked the town .");
        Event gunmen = event(shot, EventType.ATTACK, "attacked").build();
        assertEquals(EventType.ARMED_ASSAULT, AttackTypes.refine(List.of(gunmen), shot).get(0).type());
        AnnotatedText plain = text("Rebels attacked the town .");
        Event unknown = event(plain, EventType.ATTACK, "attacked").build();
        assertEquals(EventType.ATTACK, AttackTypes.refine(List.of(unknown), plain).get(0).type());
    }
}
