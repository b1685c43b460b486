package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldDocumentTest {

    @TempDir
    Path dir;

    @Test
    void readsPlaceAnnotationsAndResolutionPairs() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, """
                {"id": "a", "text": "Kabul. ISKP and ISKP.",
                 "entities": [
                   {"label": "Kabul", "type": "City", "mentions": ["Kabul"], "geonames": 1138958,
                    "coordinates": [34.52813, 69.17233]},
                   {"label": "Islamic State Khorasan Province", "type": "ArmedGroup", "mentions": ["ISKP"]}],
                 "resolution": {
                   "same": [["ISKP", "ISKP#2"], ["ISKP", {"doc": "b", "text": "IS-K", "occurrence": 3}]],
                   "different": [["ISKP", "Kabul"]]},
                 "events": []}
                """);
        GoldDocument doc = GoldDocument.read(file);
        assertEquals(1138958L, doc.entities().get(0).geonameId().getAsLong());
        assertEquals(69.17233, doc.entities().get(0).point().orElseThrow().longitude(), 1e-9);
        assertTrue(doc.entities().get(1).geonameId().isEmpty());
        assertEquals(new GoldDocument.MentionRef("a", "ISKP", 2), doc.same().get(0).second());
        assertEquals(new GoldDocument.MentionRef("b", "IS-K", 3), doc.same().get(1).second());
        assertEquals(1, doc.different().size());
    }

    @Test
    void filesWithoutTheNewFieldsStillRead() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {"id": "old", "text": "Kabul.", "entities": [{"label": "Kabul", "type": "City",
                 "mentions": ["Kabul"]}], "events": []}
                """);
        GoldDocument doc = GoldDocument.read(file);
        assertTrue(doc.same().isEmpty() && doc.different().isEmpty());
        assertTrue(doc.entities().get(0).point().isEmpty());
    }

    @Test
    void coordinatesOutOfRangeAreRefused() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"id": "bad", "text": "Kabul.", "entities": [{"label": "Kabul", "type": "City",
                 "mentions": ["Kabul"], "coordinates": [134.5, 69.2]}], "events": []}
                """);
        assertThrows(IllegalArgumentException.class, () -> GoldDocument.read(file));
    }
}
