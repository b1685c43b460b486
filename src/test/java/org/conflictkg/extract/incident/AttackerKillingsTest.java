package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class AttackerKillingsTest {

    @Test
    void theAttackerShotDeadIsPartOfTheAttackButARaidIsNot() {
        AnnotatedText t = text("A man drove a truck into the crowd and opened fire , and police shot him .");
        Event attack = event(t, EventType.ARMED_ASSAULT, "opened").build();
        Event shot = event(t, EventType.MILITARY_OPERATION, "shot").build();
        assertEquals(List.of(attack), AttackerKillings.drop(List.of(attack, shot), t));
        AnnotatedText raid = text("Gunmen attacked a checkpoint .", "Troops raided their camp .");
        Event checkpoint = event(raid, EventType.ARMED_ASSAULT, "attacked").build();
        Event raided = event(raid, EventType.MILITARY_OPERATION, "raided").build();
        assertEquals(2, AttackerKillings.drop(List.of(checkpoint, raided), raid).size());
        AnnotatedText apart = text("Gunmen attacked a checkpoint .", "A drone strike killed a commander .");
        Event farAttack = event(apart, EventType.ARMED_ASSAULT, "attacked").build();
        Event killed = event(apart, EventType.MILITARY_OPERATION, "killed").build();
        assertEquals(2, AttackerKillings.drop(List.of(farAttack, killed), apart).size(),
                "another paragraph: an operation of its own");
    }
}
