package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** {@code kg query --format table} fits the terminal; the other formats stay complete. */
class TextTableTest {

    private static final String LONG = "Gunmen opened fire on concert-goers and set the hall alight; " + "x".repeat(500);
    private static final String QUERY = "SELECT ?s ?text WHERE { ?s <http://example.org/text> ?text }";

    private static Dataset dataset() {
        Dataset ds = DatasetFactory.create();
        Model m = ds.getDefaultModel();
        m.add(m.createResource("http://example.org/e1"), m.createProperty("http://example.org/text"), LONG);
        return ds;
    }

    private static String run(QueryFormat format, int width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(dataset(), QUERY, format, width, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWideTableIsCutToTheWidthWithAnEllipsis() {
        String table = run(QueryFormat.TABLE, 80);
        for (String line : table.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 80, line);
        }
        assertTrue(table.contains("…"), table);
        assertTrue(table.contains("| ?s"), table);
        assertTrue(table.contains("<http://example.org/e1>"), table);
    }

    @Test
    void unlimitedAndTheOtherFormatsKeepWholeCells() {
        assertTrue(run(QueryFormat.TABLE, TextTable.UNLIMITED).contains(LONG));
        assertFalse(run(QueryFormat.TABLE, TextTable.UNLIMITED).contains("…"));
        assertTrue(run(QueryFormat.CSV, 80).contains(LONG));
        assertTrue(run(QueryFormat.TSV, 80).contains(LONG));
        assertTrue(run(QueryFormat.JSON, 80).contains(LONG));
    }

    @Test
    void cutKeepsShortCellsAndEndsLongOnesWithAnEllipsis() {
        assertEquals("abc", TextTable.cut("abc", 3));
        assertEquals("ab…", TextTable.cut("abcd", 3));
    }
}
