package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class ResponseDatesTest {

    @Test
    void aStrikeOnTheAttackersAndASameEveningClaimTakeTheAttacksDay() {
        AnnotatedText t = text("Fighters torched a convoy on 28 September .",
                "Aircraft struck the attackers as they withdrew .", "The group claimed the attack the same evening .",
                "Aircraft struck a camp .");
        Event attack = event(t, EventType.ARSON, "torched").on("2023-09-28", "sentence").build();
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").claims(attack).build();
        Event strike = event(t, EventType.MILITARY_OPERATION, "struck").build();
        Event other = new IncidentFixtures.Builder(t, EventType.MILITARY_OPERATION, "struck",
                t.text().indexOf("a camp") - 7).build();
        List<Event> dated = ResponseDates.date(List.of(attack, strike, claim, other), t);
        assertEquals("2023-09-28", dated.get(1).date().orElseThrow().value());
        assertEquals("2023-09-28", dated.get(2).date().orElseThrow().value());
        assertTrue(dated.get(3).date().isEmpty(), "a strike not aimed at the attackers keeps no date");
    }
}
