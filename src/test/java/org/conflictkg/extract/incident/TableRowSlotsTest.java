package org.conflictkg.extract.incident;

import static org.conflictkg.extract.IncidentTableFixture.HEADER;
import static org.conflictkg.extract.IncidentTableFixture.SECOND;
import static org.conflictkg.extract.IncidentTableFixture.TITLE;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Casualties;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.IncidentTableFixture;
import org.conflictkg.extract.IncidentTables;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class TableRowSlotsTest {


    private final AnnotatedText text = text(IncidentTableFixture.lines());

    @Test
    void theIncidentOfARowTakesItsCellsOverWhatItsProseGives() {
        String bokoHaram = "urn:group:boko-haram";
        String maiduguri = "urn:place:maiduguri";
        String bar = "urn:site:bar";
        PlaceFacts places = new PlaceFacts(Map.of(bokoHaram, EntityType.ARMED_GROUP, maiduguri, EntityType.CITY,
                bar, EntityType.SITE), Map.of(), Map.of(bokoHaram, List.of(span("Boko Haram")),
                        maiduguri, List.of(span("Maiduguri")), bar, List.of(span("bar"))));
        Event blast = event(text, EventType.BOMBING, "blast").at(bar).killed(2).build();
        Event outside = event(text, EventType.ATTACK, "Sources").killed(2).build();
        List<IncidentTables.Row> rows = IncidentTables.rows(text.text());
        Map<Integer, Integer> perpetratorsKilled = new HashMap<>();
        List<Event> filled = TableRowSlots.fill(List.of(blast, outside), rows, places, perpetratorsKilled);
        assertEquals(Optional.of(new Casualties(5, "")), filled.get(0).killed());
        assertEquals(Set.of(maiduguri), filled.get(0).places());
        assertEquals(Set.of(bokoHaram), filled.get(0).roles().get(Role.PERPETRATOR));
        assertEquals(outside, filled.get(1), "an incident outside the rows keeps its slots");
        Event bus = event(text, EventType.BOMBING, "bomb").build();
        TableRowSlots.fill(List.of(bus), rows, places, perpetratorsKilled);
        assertEquals(Map.of(bus.key(), 1), perpetratorsKilled);
        assertEquals("2011-07-03", TableRowSlots.date(List.of(blast), rows).get(0).date().orElseThrow().value());
    }

    @Test
    void aLocationCellsTownThatTheTaggerMissedThereIsTheTownOfThatNameElsewhere() {
        AnnotatedText later = text(TITLE, "July", HEADER, SECOND.replace("Maiduguri , Nigeria", "Maiduguri, Nigeria"),
                "The blast in Maiduguri was the third .");
        String maiduguri = "urn:place:maiduguri";
        String nigeria = "urn:place:nigeria";
        int elsewhere = later.text().indexOf("Maiduguri was");
        int country = later.text().indexOf("Nigeria");
        PlaceFacts places = new PlaceFacts(Map.of(maiduguri, EntityType.CITY, nigeria, EntityType.COUNTRY), Map.of(),
                Map.of(maiduguri, List.of(new Span(4, elsewhere, elsewhere + 9, "Maiduguri")),
                        nigeria, List.of(new Span(3, country, country + 7, "Nigeria"))));
        Event blast = event(later, EventType.BOMBING, "blast").build();
        List<Event> filled = TableRowSlots.fill(List.of(blast), IncidentTables.rows(later.text()), places,
                new HashMap<>());
        assertEquals(Set.of(maiduguri), filled.get(0).places());
    }

    @Test
    void mentionsInOneRowAreOneIncidentAndMentionsInTwoRowsAreTwo() {
        Event typeCell = event(text, EventType.BOMBING, "Bombing").build();
        Event details = event(text, EventType.BOMBING, "bomb").build();
        Event nextRow = event(text, EventType.BOMBING, "blast").build();
        List<Event> incidents = new IncidentMerger(IncidentFixtures.PLACES).merge(List.of(typeCell, details,
                nextRow), text);
        assertEquals(2, incidents.size());
        assertEquals(2, incidents.get(0).triggers().size());
    }

    private Span span(String words) {
        int begin = text.text().indexOf(words);
        return new Span(0, begin, begin + words.length(), words);
    }
}
