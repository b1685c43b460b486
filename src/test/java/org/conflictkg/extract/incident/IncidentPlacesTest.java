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
    void aLaterMentionAddsThePlaceItNamesJustBeforeTheTownButNotOneAfterIt() {
        String beni = "urn:place:beni";
        String rwangoma = "urn:place:rwangoma";
        String kivu = "urn:place:kivu";
        AnnotatedText t = text("Beni massacre", "assailants raided the district of Rwangoma in the city of Beni in Kivu .");
        PlaceFacts facts = new PlaceFacts(Map.of(beni, EntityType.CITY, rwangoma, EntityType.PLACE, kivu,
                EntityType.PLACE), Map.of(), Map.of(beni, List.of(span(t, "Beni", 0), span(t, "Beni", 1)),
                rwangoma, List.of(span(t, "Rwangoma", 1)), kivu, List.of(span(t, "Kivu", 1))));
        Event title = event(t, EventType.ARMED_ASSAULT, "massacre").at(beni).build();
        Event raid = event(t, EventType.ARMED_ASSAULT, "raided").at(rwangoma, beni, kivu).build();
        assertEquals(Set.of(beni, rwangoma), IncidentSlots.places(List.of(title, raid), facts));
    }

    @Test
    void aLaterMentionAddsThePlaceItNamesJustBeforeTheTitlesTownEvenWhenItsOwnPlacesLeaveTheTownOut() {
        String nyc = "urn:place:nyc";
        String lower = "urn:place:lower-manhattan";
        AnnotatedText t = text("2017 NYC truck attack", "a man drove a truck into cyclists in Lower Manhattan , NYC .");
        PlaceFacts facts = new PlaceFacts(Map.of(nyc, EntityType.CITY, lower, EntityType.PLACE), Map.of(),
                Map.of(nyc, List.of(span(t, "NYC", 0), span(t, "NYC", 1)), lower,
                        List.of(span(t, "Lower Manhattan", 1))));
        Event title = event(t, EventType.UNARMED_ASSAULT, "attack").at(nyc).build();
        Event lead = event(t, EventType.UNARMED_ASSAULT, "drove").at(lower).build();
        assertEquals(Set.of(nyc, lower), IncidentSlots.places(List.of(title, lead), facts));
    }

    @Test
    void aTitlesTownThatNamesASiteTheLeadPlacesInAnotherTownGivesWayToThatTown() {
        String westminster = "urn:place:westminster";
        String palace = "urn:place:palace";
        String london = "urn:place:london";
        AnnotatedText t = text("2017 Westminster attack", "an attack outside the Palace of Westminster in London .");
        PlaceFacts facts = new PlaceFacts(Map.of(westminster, EntityType.CITY, palace, EntityType.PLACE, london,
                EntityType.CITY), Map.of(), Map.of(westminster, List.of(span(t, "Westminster", 0)), palace,
                List.of(span(t, "Palace of Westminster", 1)), london, List.of(span(t, "London", 1))));
        Event title = event(t, EventType.ATTACK, "attack").at(westminster).build();
        Event lead = event(t, EventType.ATTACK, "an attack").at(palace, london).build();
        assertEquals(Set.of(palace, london), IncidentSlots.places(List.of(title, lead), facts));
        Event elsewhere = event(t, EventType.ATTACK, "an attack").at(london).build();
        assertEquals(Set.of(westminster), IncidentSlots.places(List.of(title, elsewhere), facts),
                "another town alone does not say the title's town was a site's name");
    }

    /** The span of the first occurrence of a name in one sentence of a fixture text. */
    private static Span span(AnnotatedText t, String name, int sentence) {
        int at = t.text().indexOf(name, t.sentences().get(sentence).begin());
        return new Span(sentence, at, at + name.length(), name);
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
