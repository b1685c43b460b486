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

class SiteTownsTest {

    private static final String JOLO = "urn:place:jolo";
    private static final String CATHEDRAL = "urn:site:jolo-cathedral";
    private static final String MARKET = "urn:site:central-market";
    private static final String MINDANAO = "urn:place:mindanao";
    private static final String UNIVERSITY = "urn:site:mindanao-state-university";

    private final AnnotatedText text = text("Two bombs exploded at the Jolo Cathedral .", "Jolo is on an island .",
            "A bomb went off at the Central Market .", "A bomb hit Mindanao State University in Mindanao .");

    private final PlaceFacts places = new PlaceFacts(
            Map.of(JOLO, EntityType.CITY, CATHEDRAL, EntityType.SITE, MARKET, EntityType.SITE,
                    MINDANAO, EntityType.PLACE, UNIVERSITY, EntityType.SITE),
            Map.of(), Map.of(CATHEDRAL, List.of(span(0, "Jolo Cathedral")), JOLO, List.of(span(1, "Jolo")),
                    MARKET, List.of(span(2, "Central Market")),
                    UNIVERSITY, List.of(span(3, "Mindanao State University")), MINDANAO, List.of(span(3, "Mindanao"))));

    private Span span(int sentence, String words) {
        int begin = text.text().indexOf(words);
        return new Span(sentence, begin, begin + words.length(), words);
    }

    @Test
    void aSiteNamedAfterItsTownIsInThatTown() {
        Event bombing = event(text, EventType.BOMBING, "exploded").at(CATHEDRAL).build();
        assertEquals(Set.of(CATHEDRAL, JOLO), SiteTowns.add(List.of(bombing), places).get(0).places());
    }

    @Test
    void aSiteNamedAfterNoTownOrAfterARegionKeepsItsPlaces() {
        Event market = event(text, EventType.BOMBING, "off").at(MARKET).build();
        Event university = event(text, EventType.BOMBING, "hit").at(UNIVERSITY).build();
        assertEquals(List.of(market, university), SiteTowns.add(List.of(market, university), places));
    }
}
