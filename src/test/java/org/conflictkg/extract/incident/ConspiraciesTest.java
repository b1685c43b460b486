package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class ConspiraciesTest {

    @Test
    void aConspiracyAChargeNamesIsNoPlotButAPlotItJoinedStays() {
        AnnotatedText t = text("He joined a conspiracy to attack forces in Kabul in 2005 .",
                "They conspired to bomb a subway .", "The plot to bomb the subway was foiled .");
        Event charged = event(t, EventType.PLOT, "conspiracy").at(KABUL).on("2005", "sentence").build();
        Event conspired = event(t, EventType.PLOT, "conspired").build();
        Event plot = event(t, EventType.PLOT, "plot").build();
        Event joined = new Event(plot.type(), List.of(conspired.triggers().get(0), plot.triggers().get(0)),
                plot.roles(), plot.places(), plot.date(), plot.killed(), plot.wounded(), plot.modality(),
                plot.confidence(), plot.claimedEvent(), plot.about(), plot.attributedTo(), plot.channels(),
                plot.target(), plot.sentences(), plot.assignments());
        assertEquals(List.of(joined), Conspiracies.drop(List.of(charged, joined)));
        Event attack = event(t, EventType.ATTACK, "attack").build();
        assertEquals(List.of(attack), Conspiracies.drop(List.of(attack)), "only plots are left out");
    }
}
