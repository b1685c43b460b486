package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.AFGHANISTAN;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.oneLine;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class PrecedingPlacesTest {

    private static final String KABUL = "urn:place:kabul";
    private static final String HERAT = "urn:place:herat";
    private static final String PAKISTAN = "urn:place:pakistan";

    /** Facts in which each named place is mentioned at its first occurrence in the text. */
    private static PlaceFacts facts(AnnotatedText t, Map<String, String> names) {
        Map<String, List<Span>> mentions = new HashMap<>();
        names.forEach((iri, name) -> {
            int at = t.text().indexOf(name);
            int sentence = t.sentences().stream().filter(s -> s.begin() <= at && at < s.end()).findFirst()
                    .orElseThrow().index();
            mentions.put(iri, List.of(new Span(sentence, at, at + name.length(), name)));
        });
        return new PlaceFacts(Map.of(KABUL, EntityType.CITY, HERAT, EntityType.CITY, AFGHANISTAN,
                EntityType.COUNTRY, PAKISTAN, EntityType.COUNTRY), Map.of(KABUL, AFGHANISTAN, HERAT, AFGHANISTAN),
                mentions);
    }

    @Test
    void anUnplacedAttackTakesTheOneTownOfTheSentenceBeforeOnItsLine() {
        AnnotatedText t = oneLine("Fighting goes on in Kabul .", "A soldier is killed in a bomb attack .");
        Event attack = event(t, EventType.BOMBING, "attack").at(AFGHANISTAN).build();

        List<Event> placed = PrecedingPlaces.place(List.of(attack), t, facts(t, Map.of(KABUL, "Kabul")));

        assertEquals(Set.of(AFGHANISTAN, KABUL), placed.get(0).places());
    }

    @Test
    void anUnplacedOperationTakesTheOneTownOfTheSentenceBefore() {
        AnnotatedText t = oneLine("Gunmen stormed a ministry in Kabul .", "Security forces ended the siege .");
        Event operation = event(t, EventType.MILITARY_OPERATION, "ended").build();

        List<Event> placed = PrecedingPlaces.place(List.of(operation), t, facts(t, Map.of(KABUL, "Kabul")));

        assertEquals(Set.of(KABUL), placed.get(0).places());
    }

    @Test
    void noTownFromAnotherLineFromTwoTownsOrFromAnotherCountry() {
        AnnotatedText lines = text("Fighting goes on in Kabul .", "A soldier is killed in a bomb attack .");
        Event attack = event(lines, EventType.BOMBING, "attack").build();
        assertEquals(Set.of(), PrecedingPlaces.place(List.of(attack), lines, facts(lines, Map.of(KABUL, "Kabul")))
                .get(0).places(), "another line");

        AnnotatedText two = oneLine("Fighting goes on in Kabul and Herat .", "A soldier is killed in a bomb attack .");
        Event inTwo = event(two, EventType.BOMBING, "attack").build();
        assertEquals(Set.of(), PrecedingPlaces.place(List.of(inTwo), two,
                facts(two, Map.of(KABUL, "Kabul", HERAT, "Herat"))).get(0).places(), "two towns");

        AnnotatedText t = oneLine("Fighting goes on in Kabul .", "A soldier is killed in a bomb attack .");
        Event elsewhere = event(t, EventType.BOMBING, "attack").at(PAKISTAN).build();
        assertEquals(Set.of(PAKISTAN), PrecedingPlaces.place(List.of(elsewhere), t,
                facts(t, Map.of(KABUL, "Kabul"))).get(0).places(), "another country");
    }

    @Test
    void aPlacedAttackAndAnArrestKeepTheirPlaces() {
        AnnotatedText t = oneLine("Fighting goes on in Kabul .", "A bomb attack hits Herat and police arrest two .");
        Event attack = event(t, EventType.BOMBING, "attack").at(HERAT).build();
        Event arrest = event(t, EventType.ARREST, "arrest").build();

        List<Event> placed = PrecedingPlaces.place(List.of(attack, arrest), t,
                facts(t, Map.of(KABUL, "Kabul", HERAT, "Herat")));

        assertEquals(Set.of(HERAT), placed.get(0).places());
        assertEquals(Set.of(), placed.get(1).places());
    }
}
