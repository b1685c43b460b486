package org.conflictkg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private static final String ISKP = "https://w3id.org/conflict-kg/id/group/iskp";

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load();
    }

    private static List<String> labels(KbEntity entity) {
        List<String> labels = new ArrayList<>();
        labels.add(entity.prefLabel());
        labels.addAll(entity.altLabels());
        return labels;
    }

    @Test
    void loadsEntitiesAndAGraph() {
        assertFalse(kb.entities().isEmpty());
        assertTrue(kb.graph().size() > 0);
        assertTrue(kb.contentHash().matches("sha256:[0-9a-f]{64}"), kb.contentHash());
        assertEquals(kb.contentHash(), KnowledgeBase.load().contentHash());
    }

    @Test
    void theShippedGraphIsTheLoadedOnesAndItsHashTheLoadedOnes() {
        assertTrue(kb.graph().isIsomorphicWith(KnowledgeBase.shippedGraph()));
        assertEquals(kb.contentHash(), KnowledgeBase.shippedContentHash());
    }

    @Test
    void theTalibanGovernsAfghanistanSinceAugust2021AndNoOtherGroupDoes() {
        assertEquals(java.util.Map.of("https://w3id.org/conflict-kg/id/group/taliban",
                java.time.LocalDate.parse("2021-08-15")), kb.governingGroups());
    }

    @Test
    void everyEntityHasAPrefLabel() {
        for (KbEntity entity : kb.entities()) {
            assertTrue(entity.prefLabel() != null && !entity.prefLabel().isBlank(), entity::iri);
        }
    }

    @Test
    void iskpHasItsAltLabels() {
        KbEntity iskp = kb.entity(ISKP).orElseThrow(() -> new AssertionError("no " + ISKP));

        assertEquals(EntityType.ARMED_GROUP, iskp.type());
        List<String> labels = labels(iskp);
        assertTrue(labels.contains("ISIS-K"), labels::toString);
        assertTrue(labels.contains("Islamic State Khorasan Province"), labels::toString);
        assertEquals(iskp, kb.entities().stream().filter(e -> e.iri().equals(ISKP)).findFirst().orElseThrow());
    }

    @Test
    void noTwoArmedGroupsShareALabel() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (KbEntity entity : kb.entities()) {
            if (entity.type() != EntityType.ARMED_GROUP) {
                continue;
            }
            for (String label : labels(entity)) {
                String key = label.strip().toLowerCase(Locale.ROOT);
                String previous = owner.putIfAbsent(key, entity.iri());
                if (previous != null && !previous.equals(entity.iri())) {
                    clashes.add("'" + label + "': " + previous + " and " + entity.iri());
                }
            }
        }
        assertTrue(owner.size() > 1);
        assertEquals(List.of(), clashes);
    }

    @Test
    void noLabelStartsWithThe() {
        for (KbEntity entity : kb.entities()) {
            for (String label : labels(entity)) {
                assertFalse(label.toLowerCase(Locale.ROOT).startsWith("the "), () -> entity.iri() + ": " + label);
            }
        }
    }

    @Test
    void authorityTermsContainPolice() {
        assertTrue(kb.authorityTerms().contains("police"), kb.authorityTerms()::toString);
        for (String term : kb.authorityTerms()) {
            assertEquals(term.toLowerCase(Locale.ROOT).strip(), term);
        }
    }

    @Test
    void unknownIriIsEmpty() {
        assertTrue(kb.entity("https://w3id.org/conflict-kg/id/group/no-such-group").isEmpty());
    }

    @Test
    void loadingTwiceGivesAnIsomorphicGraph() {
        assertTrue(kb.graph().isIsomorphicWith(KnowledgeBase.load().graph()));
    }
}
