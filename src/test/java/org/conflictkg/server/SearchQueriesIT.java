package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page's queries, filled as the page fills them, over the full-text index of a fixture store. */
class SearchQueriesIT {

    @TempDir
    static Path dir;
    private static Tdb2Store store;

    @BeforeAll
    static void fill() {
        store = Tdb2Store.open(dir);
        StoreFixture.load(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anAliasWithAHyphenFindsItsGroupFirst() {
        List<QuerySolution> rows = run("search-names", "IS-K");
        assertEquals(CKG.ID + "group/iskp", rows.get(0).getResource("item").getURI());
        assertEquals(0, rows.get(0).getLiteral("rank").getInt(), "an exact match");
        assertEquals("IS-K", rows.get(0).getLiteral("matched").getString());
    }

    @Test
    void exactMatchesComeBeforePrefixesAndPrefixesBeforeContainedWords() {
        List<String> ranks = new ArrayList<>();
        for (QuerySolution row : run("search-names", "kano")) {
            ranks.add(row.getLiteral("rank").getInt() + " " + row.getLiteral("matched").getString());
        }
        assertEquals(List.of("0 Kano", "2 armed assault (Kano, 2023-05-03)"), ranks);
        assertTrue(items(run("search-names", "northern fr")).contains(CKG.ID + "group/northern-front"),
                "the last word as the start of a word");
    }

    @Test
    void documentTextsAreFoundWithTheirWordsAroundTheMatch() {
        List<QuerySolution> rows = run("search-text", "police station");
        assertEquals(List.of(CKG.ID + "doc/alpha"), rows.stream().map(r -> r.getResource("doc").getURI()).toList());
        assertTrue(rows.get(0).getLiteral("snippet").getString().toLowerCase().contains("police station"));
        assertEquals(List.of(), run("search-text", "harbour"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "AND", "and or not", "NOT Kano", "(kano", "kano)", "\\", "a:b", "+-&|!(){}[]^~?:/",
            "\"kano", "kano*", "k?no", "~", "::", "' OR 1=1 --", "Kano AND (", ""})
    void luceneSyntaxInTheWordsIsNeverAnError(String words) {
        assertDoesNotThrow(() -> run("search-names", words));
        assertDoesNotThrow(() -> run("search-text", words));
    }

    @Test
    void wordsWithOperatorsStillFindTheirWords() {
        assertTrue(items(run("search-names", "(kano")).contains(CKG.ID + "place/kano"));
        assertTrue(items(run("search-names", "NOT Kano")).isEmpty(), "not and kano are both required words");
    }

    private static List<String> items(List<QuerySolution> rows) {
        return rows.stream().map(r -> r.getResource("item").getURI()).toList();
    }

    private static List<QuerySolution> run(String name, String words) {
        String query = AppQueries.fill(name, Map.of("words", literal(words.toLowerCase()), "limit", "20",
                "offset", "0"));
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    /** A string as a SPARQL literal, as the page's literal() writes it. */
    private static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                + "\"";
    }
}
