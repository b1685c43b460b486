package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The real-text corpus (src/test/resources/realtext): every document is valid gold, sits in the split its id fixes,
 * names its source and a licence that allows it here, and SOURCES.tsv lists it as its file says.
 */
class RealTextCorpusTest {

    private static final Path ROOT = Path.of("src/test/resources/realtext");
    private static final Set<String> LICENCES = Set.of("public-domain-us-gov", "CC-BY-SA-4.0");

    @Test
    void everyDocumentIsValidGoldInItsSplitWithASourceAndALicence() throws IOException {
        List<Path> files = files();
        for (Path file : files) {
            GoldDocument doc = GoldDocument.read(file);
            String name = file.getFileName().toString();
            assertEquals(name.substring(0, name.length() - ".json".length()), doc.id(), file.toString());
            assertEquals(split(doc.id()), file.getParent().getFileName().toString(), file + ": split by SHA-1");
            JsonObject source = JSON.read(file.toString()).get("source").getAsObject();
            assertTrue(LICENCES.contains(source.getString("licence")), file + ": licence");
            assertTrue(source.getString("url").startsWith("http"), file + ": source url");
            for (GoldDocument.GoldEntity e : doc.entities()) {
                e.mentions().forEach(m -> assertTrue(doc.text().contains(m), file + ": mention " + m));
            }
            Set<String> labels = new java.util.TreeSet<>();
            doc.entities().forEach(e -> labels.add(e.label()));
            for (GoldDocument.GoldEvent g : doc.events()) {
                assertTrue(doc.text().contains(g.trigger()), file + ": trigger " + g.trigger());
                List<String> actors = new ArrayList<>(g.perpetrators());
                actors.addAll(g.claimants());
                actors.addAll(g.targets());
                actors.forEach(a -> assertTrue(labels.contains(a), file + ": no entity labelled " + a));
            }
        }
    }

    @Test
    void theSourcesTableListsEveryDocumentAsItsFileSays() throws IOException {
        TreeMap<String, String> expected = new TreeMap<>();
        for (Path file : files()) {
            JsonObject json = JSON.read(file.toString());
            JsonObject source = json.get("source").getAsObject();
            expected.put(json.getString("id"), file.getParent().getFileName() + "\t" + source.getString("licence")
                    + "\t" + source.getString("url"));
        }
        TreeMap<String, String> listed = new TreeMap<>();
        List<String> lines = Files.readAllLines(ROOT.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        assertEquals("id\tsplit\tpublisher\tlicence\turl\tread_from\tretrieved\ttitle", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            listed.put(f[0], f[1] + "\t" + f[3] + "\t" + f[4]);
        }
        assertEquals(expected, listed, "run scripts/corpus-sources.py after adding documents");
        assertTrue(Files.exists(ROOT.resolve("LICENSES/CC-BY-SA-4.0.txt")));
        assertTrue(Files.exists(ROOT.resolve("LICENSES/PUBLIC-DOMAIN-US-GOV.txt")));
    }

    @Test
    void theSplitRuleIsTheDocumentedOne() {
        assertEquals("dev", split("a"), "SHA-1 86f7...");
        assertEquals("test", split("d"), "SHA-1 3c36...");
        assertEquals("test", split("x"), "SHA-1 11f6...");
    }

    /** The split an id belongs to: test when the first hex digit of its SHA-1 is 0 to 6 (docs/coding-manual.md). */
    static String split(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
            char first = HexFormat.of().formatHex(digest).charAt(0);
            return "0123456".indexOf(first) >= 0 ? "test" : "dev";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            try (Stream<Path> s = Files.list(ROOT.resolve(split))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
