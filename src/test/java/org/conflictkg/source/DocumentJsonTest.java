package org.conflictkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents as JSON lines, the form they travel in to a server. */
class DocumentJsonTest {

    @Test
    void aDocumentSurvivesTheTripAsOneLine() {
        Document document = new Document("a/b", "Line one.\nLine \"two\"\t\u00e9\u2014end.",
                Optional.of(PublicationDate.parse("2024-03-23")), Optional.of("Title"),
                Optional.of("https://example.org/x"), "data/a/b.txt");
        String line = DocumentJson.toLine(document);
        assertFalse(line.contains("\n"), line);
        SourceItem.Read read = assertInstanceOf(SourceItem.Read.class, DocumentJson.parse(line, "line 1"));
        Document back = read.document();
        assertEquals(document.id(), back.id());
        assertEquals(document.text(), back.text());
        assertEquals(document.date(), back.date());
        assertEquals(document.title(), back.title());
        assertEquals(document.url(), back.url());
        assertEquals(document.contentHash(), back.contentHash());
        assertEquals("line 1", back.origin());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"id\": \"x\", | malformed JSON", "[1] | expected a JSON object",
        "{\"text\": \"t\"} | no \"id\" string", "{\"id\": \"x\"} | no \"text\" string",
        "{\"id\": \"x\", \"text\": \" \"} | \"text\" is empty",
        "{\"id\": \"x\", \"text\": \"t\", \"date\": \"2024-13-01\"} | invalid \"date\" '2024-13-01' (expected "
            + "YYYY-MM-DD, YYYY-MM or YYYY)"})
    void badLinesAreProblemsWithTheirOrigin(String line, String problem) {
        SourceItem.Failed failed = assertInstanceOf(SourceItem.Failed.class, DocumentJson.parse(line, "line 3"));
        assertEquals("line 3: " + problem, failed.problem().message());
    }
}
