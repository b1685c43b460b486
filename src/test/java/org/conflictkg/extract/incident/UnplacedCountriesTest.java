package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.AFGHANISTAN;
import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class UnplacedCountriesTest {

    private static final String RUSSIA = "urn:place:russia";
    private static final String FSB = "urn:authority:fsb";
    private static final PlaceFacts ABOUT_AFGHANISTAN = new PlaceFacts(
            Map.of(KABUL, EntityType.CITY, AFGHANISTAN, EntityType.COUNTRY, RUSSIA, EntityType.COUNTRY,
                    FSB, EntityType.STATE_AUTHORITY),
            Map.of(KABUL, AFGHANISTAN, FSB, RUSSIA), Map.of(), Optional.of(AFGHANISTAN));

    private final AnnotatedText text = text("Gunmen attacked a checkpoint .", "Police arrested two men .",
            "The FSB detained a suspect .", "The group claimed the attack .", "A bomb exploded in Kabul .");

    @Test
    void anIncidentPlacedNowhereIsInTheCountryTheDocumentIsAbout() {
        Event attack = event(text, EventType.ATTACK, "attacked").build();
        Event arrest = event(text, EventType.ARREST, "arrested").build();
        assertEquals(Map.of(attack.key(), Set.of(AFGHANISTAN), arrest.key(), Set.of(AFGHANISTAN)),
                UnplacedCountries.of(List.of(attack, arrest), ABOUT_AFGHANISTAN));
    }

    @Test
    void theAuthoritiesThatActedGiveTheirStateFirst() {
        Event detention = event(text, EventType.ARREST, "detained").role(Role.AUTHORITY, FSB).build();
        assertEquals(Map.of(detention.key(), Set.of(RUSSIA)),
                UnplacedCountries.of(List.of(detention), ABOUT_AFGHANISTAN));
    }

    @Test
    void placedIncidentsAndStatementsGetNone() {
        Event bombing = event(text, EventType.BOMBING, "exploded").at(KABUL).build();
        Event claim = event(text, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").build();
        assertEquals(Map.of(), UnplacedCountries.of(List.of(bombing, claim), ABOUT_AFGHANISTAN));
    }

    @Test
    void aDocumentAboutNoOneCountryGivesNone() {
        Event attack = event(text, EventType.ATTACK, "attacked").build();
        assertEquals(Map.of(), UnplacedCountries.of(List.of(attack), IncidentFixtures.PLACES));
    }
}
