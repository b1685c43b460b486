package org.conflictkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Mention;
import org.conflictkg.kb.EntityType;
import org.junit.jupiter.api.Test;

class DocumentCountryTest {

    private static final String PAKISTAN = "urn:place:pakistan";
    private static final String AFGHANISTAN = "urn:place:afghanistan";

    private static Entity entity(String iri, EntityType type, int mentions, Optional<String> country) {
        Mention m = new Mention(0, 0, 0, 0, 1, iri, type, "gazetteer", Optional.of(iri), country, iri);
        return new Entity(iri, type, iri, Collections.nCopies(mentions, m), "gazetteer", country, Optional.empty());
    }

    @Test
    void theCountryNamedOrLocatedTwiceAsOftenAsAnyOtherIsTheDocumentsCountry() {
        List<Entity> entities = List.of(entity(PAKISTAN, EntityType.COUNTRY, 1, Optional.empty()),
                entity("urn:place:quetta", EntityType.CITY, 2, Optional.of(PAKISTAN)),
                entity(AFGHANISTAN, EntityType.COUNTRY, 1, Optional.empty()));
        assertEquals(Optional.of(PAKISTAN), DocumentCountry.of(entities));
    }

    @Test
    void twoCountriesWeighedAlikeGiveNone() {
        List<Entity> entities = List.of(entity(PAKISTAN, EntityType.COUNTRY, 2, Optional.empty()),
                entity(AFGHANISTAN, EntityType.COUNTRY, 1, Optional.empty()),
                entity("urn:place:kabul", EntityType.CITY, 1, Optional.of(AFGHANISTAN)));
        assertEquals(Optional.empty(), DocumentCountry.of(entities));
    }

    @Test
    void theCountryOfAGroupIsNoPlaceOfTheDocument() {
        List<Entity> entities = List.of(entity("urn:group:ttp", EntityType.ARMED_GROUP, 5, Optional.of(PAKISTAN)));
        assertEquals(Optional.empty(), DocumentCountry.of(entities));
    }
}
