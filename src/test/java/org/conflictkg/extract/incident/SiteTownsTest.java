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
    private static final String METRO = "urn:site:jolo-metro";
    private static final String MANILA = "urn:place:manila";
    private static final String BAGRAM = "urn:place:bagram";
    private static final String BASE = "urn:site:bagram-air-base";

    private final AnnotatedText text = text("Two bombs exploded at the Jolo Cathedral .", "Jolo is on an island .",
            "A bomb went off at the Central Market .", "A bomb hit Mindanao State University in Mindanao .",
            "A bomb hit the Jolo Metro .", "A bomb hit the Jolo Metro in Manila .", "A bomb hit Bagram Air Base .",
            "The Central Market in Manila reopened .");

    private final PlaceFacts places = new PlaceFacts(
            Map.of(JOLO, EntityType.CITY, CATHEDRAL, EntityType.SITE, MARKET, EntityType.SITE,
                    MINDANAO, EntityType.PLACE, UNIVERSITY, EntityType.SITE, METRO, EntityType.SITE,
                    MANILA, EntityType.CITY, BAGRAM, EntityType.PLACE, BASE, EntityType.SITE),
            Map.of(), Map.of(CATHEDRAL, List.of(span(0, "Jolo Cathedral", 0)),
                    JOLO, List.of(span(0, "Jolo", 0), span(1, "Jolo", text.text().indexOf("Jolo is")),
                            span(4, "Jolo", text.text().indexOf("Jolo Metro"))),
                    METRO, List.of(span(4, "Jolo Metro", 0)),
                    MARKET, List.of(span(2, "Central Market", 0), span(7, "Central Market",
                            text.text().indexOf("The Central Market"))),
                    UNIVERSITY, List.of(span(3, "Mindanao State University", 0)),
                    MINDANAO, List.of(span(3, "Mindanao", text.text().indexOf("in Mindanao"))),
                    MANILA, List.of(span(5, "Manila", 0), span(7, "Manila", text.text().indexOf("Market in Manila"))), BASE, List.of(span(6, "Bagram Air Base", 0)),
                    BAGRAM, List.of(span(6, "Bagram", 0))));

    private Span span(int sentence, String words, int from) {
        int begin = text.text().indexOf(words, from);
        return new Span(sentence, begin, begin + words.length(), words);
    }

    @Test
    void aSiteWithATownInsideItsNameIsInThatTown() {
        Event bombing = event(text, EventType.BOMBING, "exploded").at(CATHEDRAL).build();
        Event metro = event(text, EventType.BOMBING, "hit").at(METRO).build();
        assertEquals(Set.of(CATHEDRAL, JOLO), SiteTowns.add(List.of(bombing), places, text.text()).get(0).places());
        assertEquals(Set.of(METRO, JOLO), SiteTowns.add(List.of(metro), places, text.text()).get(0).places());
        Event base = event(text, EventType.BOMBING, "hit").at(BASE).build();
        assertEquals(Set.of(BASE, BAGRAM), SiteTowns.add(List.of(base), places, text.text()).get(0).places(),
                "a place the gazetteer does not know is a town for this too");
    }

    @Test
    void aSiteTheTextPlacesInACityAnywhereIsInThatCity() {
        Event market = event(text, EventType.BOMBING, "off").at(MARKET).build();
        assertEquals(Set.of(MARKET, MANILA), SiteTowns.add(List.of(market), places, text.text()).get(0).places());
    }

    @Test
    void aSiteIsInTheCityAfterItsCommaOrBeforeItsPossessive() {
        String square = "urn:site:taksim-square";
        String istanbul = "urn:place:istanbul";
        String written = "Police clear Taksim Square, Istanbul. Gunfire in Istanbul's Taksim Square.";
        int second = written.indexOf("Gunfire");
        PlaceFacts facts = new PlaceFacts(Map.of(square, EntityType.SITE, istanbul, EntityType.CITY), Map.of(),
                Map.of(square, List.of(new Span(0, 13, 26, "Taksim Square")),
                        istanbul, List.of(new Span(0, 28, 36, "Istanbul"))));
        Event clearing = event(text, EventType.MILITARY_OPERATION, "hit").at(square).build();
        assertEquals(Set.of(square, istanbul), SiteTowns.add(List.of(clearing), facts, written).get(0).places());
        int city = written.indexOf("Istanbul's");
        int site = written.indexOf("Taksim", second);
        PlaceFacts possessive = new PlaceFacts(Map.of(square, EntityType.SITE, istanbul, EntityType.CITY), Map.of(),
                Map.of(square, List.of(new Span(1, site, site + 13, "Taksim Square")),
                        istanbul, List.of(new Span(1, city, city + 8, "Istanbul"))));
        assertEquals(Set.of(square, istanbul), SiteTowns.add(List.of(clearing), possessive, written).get(0).places());
    }

    @Test
    void aSiteWithNoTownInsideItsNameOrAnIncidentInATownKeepsItsPlaces() {
        Event university = event(text, EventType.BOMBING, "hit").at(UNIVERSITY).build();
        Event inManila = event(text, EventType.BOMBING, "hit").at(METRO).at(MANILA).build();
        assertEquals(List.of(university, inManila), SiteTowns.add(List.of(university, inManila), places,
                text.text()), "a region after 'in' is no town: Mindanao State University in Mindanao");
    }
}
