package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class CourtTownsTest {

    private static final String SYRIA = "urn:place:syria";
    private static final String MINNEAPOLIS = "urn:place:minneapolis";

    private static PlaceFacts places(AnnotatedText text) {
        int syria = text.text().indexOf("Syria");
        int town = text.text().indexOf("Minneapolis");
        return new PlaceFacts(Map.of(SYRIA, EntityType.COUNTRY, MINNEAPOLIS, EntityType.CITY), Map.of(),
                Map.of(SYRIA, List.of(new Span(0, syria, syria + 5, "Syria")),
                        MINNEAPOLIS, List.of(new Span(1, town, town + 11, "Minneapolis"))));
    }

    @Test
    void aTrialWithoutATownIsPlacedWhereTheCourtOfOneOfItsStepsSits() {
        AnnotatedText text = text("Two men were charged with offenses related to the fighting in Syria .",
                "Yusuf will make an initial appearance in District Court in Minneapolis today .");
        Event trial = event(text, EventType.TRIAL, "charged").at(SYRIA).build();
        Event plot = event(text, EventType.PLOT, "fighting").at(SYRIA).build();

        List<Event> result = CourtTowns.place(List.of(trial, plot), text, places(text));

        assertEquals(Set.of(MINNEAPOLIS), result.get(0).places());
        assertEquals(Set.of(SYRIA), result.get(1).places(), "only a prosecution sits in a court");
    }

    @Test
    void aStepToldAfterTheCourtOrTheJusticeTheSuspectWillFaceThereAlsoPlacesTheTrial() {
        AnnotatedText sentencing = text("Four men were found guilty of the bombings in Syria .",
                "The Attorney General spoke on a Minneapolis federal court's sentencing of the four .");
        Event trial = event(sentencing, EventType.TRIAL, "guilty").at(SYRIA).build();
        assertEquals(Set.of(MINNEAPOLIS), CourtTowns.place(List.of(trial), sentencing, places(sentencing)).get(0)
                .places());

        AnnotatedText justice = text("A man who trained in Syria was indicted today .",
                "He will now face American justice in a Minneapolis federal court .");
        Event indictment = event(justice, EventType.TRIAL, "indicted").at(SYRIA).build();
        assertEquals(Set.of(MINNEAPOLIS), CourtTowns.place(List.of(indictment), justice, places(justice)).get(0)
                .places());
    }

    @Test
    void aCourtOfATownPlacesTheTrialTriedBeforeIt() {
        AnnotatedText text = text("Two men were indicted for the shooting in Syria .",
                "They were tried before the court of assizes of Minneapolis in 2019 .");
        Event trial = event(text, EventType.TRIAL, "indicted").at(SYRIA).build();
        assertEquals(Set.of(MINNEAPOLIS), CourtTowns.place(List.of(trial), text, places(text)).get(0).places());
    }

    @Test
    void aCourtThatHasStillToActPlacesNoTrial() {
        AnnotatedText text = text("Two men were charged with offenses related to the fighting in Syria .",
                "A court in Minneapolis must now decide whether to admit the case .");
        Event trial = event(text, EventType.TRIAL, "charged").at(SYRIA).build();

        assertEquals(Set.of(SYRIA), CourtTowns.place(List.of(trial), text, places(text)).get(0).places());
    }
}
