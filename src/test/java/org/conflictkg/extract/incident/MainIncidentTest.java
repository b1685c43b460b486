package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class MainIncidentTest {

    @Test
    void theIncidentOfTheLeadIsTheMainOneNotAStatementOrABackgroundAttack() {
        AnnotatedText t = text("ISKP claims attack", "Police arrested three men in Kabul .", "Background .",
                "In 2021 a bomb exploded at the airport .");
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claims").build();
        Event arrest = event(t, EventType.ARREST, "arrested").at(KABUL).build();
        Event background = event(t, EventType.BOMBING, "exploded").on("2021", "sentence").build();
        assertEquals(Optional.of(arrest.key()), MainIncident.choose(List.of(claim, arrest, background), 0));
    }

    @Test
    void aListOfDatedRecordsHasNoMainIncident() {
        AnnotatedText t = text("A bomb exploded .");
        Event bombing = event(t, EventType.BOMBING, "exploded").build();
        assertEquals(Optional.empty(), MainIncident.choose(List.of(bombing), 3));
        assertEquals(Optional.of(bombing.key()), MainIncident.choose(List.of(bombing), 1));
    }

    @Test
    void theStepOfJusticeAPressReleaseAnnouncesTodayIsTheMainOne() {
        AnnotatedText t = text("Ohio Man Pleads Guilty to Plotting Attack on Capitol",
                "An Ohio man pleaded guilty today to plotting an attack on the Capitol .");
        Event plot = event(t, EventType.PLOT, "Plotting").mentionedAgain("plotting").build();
        Event today = event(t, EventType.TRIAL, "pleaded").on("2019-05-02", "sentence", "today").build();
        assertEquals(Optional.of(today.key()), MainIncident.choose(List.of(plot, today), 0));
        Event undated = event(t, EventType.TRIAL, "pleaded").build();
        assertEquals(Optional.of(plot.key()), MainIncident.choose(List.of(plot, undated), 0),
                "a step not dated today is what the plot's report tells, not what it announces");
    }
}
