package org.conflictkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.kb.EntityType;
import org.conflictkg.vocabulary.CKG;
import org.junit.jupiter.api.Test;

class ContextAuthoritiesTest {

    private static final String TURKEY = CKG.ID + "place/turkey";
    private static final String SYRIA = CKG.ID + "place/syria";
    private static final Map<String, String> LABELS = Map.of(TURKEY, "Turkey", SYRIA, "Syria");

    private static Mention term(int sentence, String text, String key) {
        return new Mention(sentence, 0, 1, sentence * 100, sentence * 100 + text.length(), text,
                EntityType.STATE_AUTHORITY, MentionExtractor.CONTEXT_SOURCE, Optional.empty(), Optional.empty(), key);
    }

    private static Entity place(String iri, EntityType type, String country, int... sentences) {
        List<Mention> mentions = new ArrayList<>();
        for (int s : sentences) {
            mentions.add(new Mention(s, 5, 5, s * 100 + 50, s * 100 + 56, iri, type, "ner", Optional.empty(),
                    Optional.empty(), iri));
        }
        return new Entity(iri, type, iri, mentions, "gazetteer", Optional.ofNullable(country), Optional.empty());
    }

    private static List<Entity> link(List<Mention> terms, List<Entity> entities, Map<Mention, String> assigned) {
        return ContextAuthorities.link(terms, entities, assigned, iri -> Optional.ofNullable(LABELS.get(iri)));
    }

    @Test
    void aTermTakesTheOneCountryOfItsSentencesPlaces() {
        Mention forces = term(0, "Security forces", "security force");
        Map<Mention, String> assigned = new HashMap<>();
        List<Entity> entities = link(List.of(forces),
                List.of(place(CKG.ID + "place/sirnak", EntityType.CITY, TURKEY, 0)), assigned);

        String iri = CKG.ID + "authority/turkey-security-force";
        assertEquals(iri, assigned.get(forces));
        Entity authority = entities.stream().filter(e -> e.iri().equals(iri)).findFirst().orElseThrow();
        assertEquals("Turkey: security force", authority.label());
        assertEquals(EntityType.STATE_AUTHORITY, authority.type());
        assertEquals(Optional.of(TURKEY), authority.country());
        assertEquals(List.of(forces), authority.mentions());
    }

    @Test
    void aTermJoinsTheAuthorityTheTextNamesWithItsCountry() {
        Mention forces = term(1, "security forces", "security force");
        String iri = CKG.ID + "authority/turkey-security-force";
        Mention named = new Mention(0, 0, 2, 0, 24, "Turkish security forces", EntityType.STATE_AUTHORITY,
                "authority-rule", Optional.of(iri), Optional.of(TURKEY), "Turkey: security force");
        Entity turkish = new Entity(iri, EntityType.STATE_AUTHORITY, "Turkey: security force", List.of(named),
                "authority-rule", Optional.of(TURKEY), Optional.empty());
        Map<Mention, String> assigned = new HashMap<>();
        List<Entity> entities = link(List.of(forces), List.of(turkish, place(TURKEY, EntityType.COUNTRY, null, 1)),
                assigned);

        assertEquals(2, entities.size());
        assertEquals(List.of(named, forces), entities.stream().filter(e -> e.iri().equals(iri)).findFirst()
                .orElseThrow().mentions());
    }

    @Test
    void aSentenceWithoutPlacesTakesTheDocumentsCountryAndOneWithTwoCountriesNone() {
        Mention alone = term(2, "Government forces", "force");
        Mention between = term(1, "the army", "army");
        Map<Mention, String> assigned = new HashMap<>();
        List<Entity> entities = link(List.of(alone, between), List.of(
                place(SYRIA, EntityType.COUNTRY, null, 0, 1, 3),
                place(CKG.ID + "place/kilis", EntityType.CITY, TURKEY, 1)), assigned);

        assertEquals(CKG.ID + "authority/syria-force", assigned.get(alone));
        assertFalse(assigned.containsKey(between));
        assertEquals(3, entities.size());
    }
}
