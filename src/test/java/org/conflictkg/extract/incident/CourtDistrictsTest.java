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

class CourtDistrictsTest {

    private static final String DISTRICT = "urn:place:southern-district-of-ohio";
    private static final String CINCINNATI = "urn:place:cincinnati";

    @Test
    void aTrialIsNotPlacedInACourtsDistrictButInTheTownTheTextNames() {
        AnnotatedText text = text("He pleaded guilty in the Southern District of Ohio .",
                "A plot was foiled in the Southern District of Ohio near Cincinnati .");
        int first = text.text().indexOf("Southern");
        int second = text.text().indexOf("Southern", first + 1);
        int town = text.text().indexOf("Cincinnati");
        PlaceFacts places = new PlaceFacts(Map.of(DISTRICT, EntityType.PLACE, CINCINNATI, EntityType.CITY),
                Map.of(), Map.of(DISTRICT, List.of(new Span(0, first, first + 25, "Southern District of Ohio"),
                        new Span(1, second, second + 25, "Southern District of Ohio")),
                        CINCINNATI, List.of(new Span(1, town, town + 10, "Cincinnati"))));
        Event trial = event(text, EventType.TRIAL, "pleaded").at(DISTRICT, CINCINNATI).build();
        Event plot = event(text, EventType.PLOT, "foiled").at(DISTRICT).build();

        List<Event> result = CourtDistricts.drop(List.of(trial, plot), places);

        assertEquals(Set.of(CINCINNATI), result.get(0).places());
        assertEquals(Set.of(DISTRICT), result.get(1).places(), "only a prosecution sits in a court");
    }
}
