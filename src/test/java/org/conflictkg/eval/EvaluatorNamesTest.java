package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Mention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.resolve.Entity;
import org.junit.jupiter.api.Test;

class EvaluatorNamesTest {

    private static Entity entity(String iri, EntityType type, String label, String text) {
        Mention mention = new Mention(0, 3, 3, 30, 30 + text.length(), text, type, "ner", Optional.empty(),
                Optional.empty(), label);
        return new Entity(iri, type, label, List.of(mention), "gazetteer", Optional.empty(), Optional.empty());
    }

    @Test
    void anEntityAlignedWithAGoldEntityIsComparedByTheGoldLabel() {
        List<Entity> found = List.of(entity("g:71137", EntityType.CITY, "Sanaa", "Sana'a"),
                entity("k:murabitoun", EntityType.ARMED_GROUP, "Al-Murabitoun", "Al-Murabitoun"),
                entity("k:aqim", EntityType.ARMED_GROUP, "AQIM", "al-Qaeda in the Islamic Maghreb"));
        GoldDocument doc = new GoldDocument("d", Optional.empty(), "text", List.of(
                new GoldDocument.GoldEntity("Sana'a", "City", List.of("Sana'a")),
                new GoldDocument.GoldEntity("Al-Mourabitoun", "ArmedGroup", List.of("Al-Mourabitoun")),
                new GoldDocument.GoldEntity("al-Qaeda in the Islamic Maghreb", "Organization",
                        List.of("al-Qaeda in the Islamic Maghreb"))), List.of());
        Map<String, Entity> byIri = new HashMap<>();
        found.forEach(e -> byIri.put(e.iri(), e));
        Map<String, String> names = Evaluator.names(byIri, Evaluator.scoreEntities(doc,
                Evaluator.systemEntities(found), Scores.of("entities"), new ArrayList<>()));
        assertEquals("sana'a", names.get("g:71137"), "the text's spelling, shared by both, aligns them");
        assertEquals("al-murabitoun", names.get("k:murabitoun"), "no form shared: its own label");
        assertEquals("aqim", names.get("k:aqim"), "a form shared, but another type: its own label");
    }

    @Test
    void aSiteIsNoPlaceBelowTheCountryForTheCodingManual() {
        Map<String, Entity> byIri = new HashMap<>();
        List.of(entity("s:airbase", EntityType.SITE, "al-Watiya Air Base", "al-Watiya Air Base"),
                entity("g:tripoli", EntityType.CITY, "Tripoli", "Tripoli"),
                entity("g:district", EntityType.PLACE, "Hodan district", "Hodan district"),
                entity("g:libya", EntityType.COUNTRY, "Libya", "Libya")).forEach(e -> byIri.put(e.iri(), e));
        assertEquals(Set.of("g:tripoli", "g:district"), Evaluator.belowCountry(
                Set.of("s:airbase", "g:tripoli", "g:district", "g:libya"), byIri));
        assertEquals(Set.of(), Evaluator.belowCountry(Set.of("s:airbase", "g:libya"), byIri));
    }
}
