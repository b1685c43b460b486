package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class IncidentPlacesTest {

    private static final String ARENA = "urn:site:arena";
    private static final String MANCHESTER = "urn:place:manchester";
    private static final String BRITAIN = "urn:place:uk";
    private static final String LEEDS = "urn:place:leeds";
    private static final PlaceFacts FACTS = new PlaceFacts(Map.of(ARENA, EntityType.SITE, MANCHESTER,
            EntityType.CITY, BRITAIN, EntityType.COUNTRY, LEEDS, EntityType.CITY), Map.of(MANCHESTER, BRITAIN));
    private static final AnnotatedText TEXT = text("2017 Arena bombing",
            "a bombing at the Arena in Manchester , Britain .", "a raid in Leeds .");

    @Test
    void aLaterMentionOfTheSameSiteAddsItsTown() {
        Event title = event(TEXT, EventType.BOMBING, "bombing").at(ARENA).build();
        Event lead = event(TEXT, EventType.BOMBING, "a bombing").at(ARENA, MANCHESTER, BRITAIN).build();
        assertEquals(Set.of(ARENA, MANCHESTER, BRITAIN), IncidentSlots.places(List.of(title, lead), FACTS));
    }

    @Test
    void aTownOfAnotherSentenceWithoutTheSiteIsNotAdded() {
        Event title = event(TEXT, EventType.BOMBING, "bombing").at(ARENA).build();
        Event raid = event(TEXT, EventType.BOMBING, "raid").at(LEEDS).build();
        assertEquals(Set.of(ARENA), IncidentSlots.places(List.of(title, raid), FACTS));
    }

    @Test
    void aRegionOrDistrictFirstTakesTheTownOfTheFirstLaterMentionThatNamesOne() {
        String dagestan = "urn:place:dagestan";
        String derbent = "urn:place:derbent";
        PlaceFacts facts = new PlaceFacts(Map.of(dagestan, EntityType.PLACE, derbent, EntityType.CITY), Map.of());
        AnnotatedText t = text("2024 Dagestan attacks", "attacks were launched in Derbent .");
        Event title = event(t, EventType.ATTACK, "attacks").at(dagestan).build();
        Event lead = event(t, EventType.ATTACK, "attacks were").at(derbent).build();
        assertEquals(Set.of(dagestan, derbent), IncidentSlots.places(List.of(title, lead), facts));
        assertEquals(Set.of(MANCHESTER, BRITAIN), IncidentSlots.places(List.of(
                event(TEXT, EventType.BOMBING, "a bombing").at(MANCHESTER, BRITAIN).build(),
                event(TEXT, EventType.BOMBING, "raid").at(LEEDS).build()), FACTS), "a town first keeps its own");
    }
}
