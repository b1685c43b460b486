package org.conflictkg.extract.incident;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.conflictkg.kb.EntityType;
import org.junit.jupiter.api.Test;

class PlaceFactsTest {

    @Test
    void townsDistrictsAndSitesLieBelowTheCountryButCountriesAndActorsDoNot() {
        PlaceFacts facts = new PlaceFacts(Map.of("town", EntityType.CITY, "district", EntityType.PLACE, "site",
                EntityType.SITE, "country", EntityType.COUNTRY, "group", EntityType.ARMED_GROUP), Map.of());
        assertTrue(facts.belowCountry("town"));
        assertTrue(facts.belowCountry("district"));
        assertTrue(facts.belowCountry("site"));
        assertFalse(facts.belowCountry("country"));
        assertFalse(facts.belowCountry("group"));
        assertFalse(facts.belowCountry("unknown"));
    }
}
