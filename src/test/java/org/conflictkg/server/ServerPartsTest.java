package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server's parts that need no running server: the admin guard, query headers, URLs, password files. */
class ServerPartsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"GET, ping, true", "GET, server, true", "GET, datasets, true", "GET, datasets/kg, true",
        "GET, stats/kg, true", "GET, tasks, true", "POST, validate/query, true", "POST, datasets, false",
        "DELETE, datasets/kg, false", "POST, backup/kg, false", "GET, backups-list, false", "POST, compact/kg, false",
        "POST, tasks, false", "PUT, server, false", "GET, metrics, false", "GET, '', false",
        "GET, reload, false"})
    void theAdminGuardLetsThroughOnlyReads(String method, String path, boolean allowed) {
        assertEquals(allowed, AdminGuard.allowed(method, path), method + " /$/" + path);
    }

    @Test
    void queryHeadersAreReadFromTheLeadingComments() {
        String text = "# title: Timeline\n# description: Events in order.\nPREFIX x: <urn:x>\n# title: not this\n";
        assertEquals(Optional.of("Timeline"), NamedQueriesServlet.header(text, "title"));
        assertEquals(Optional.of("Events in order."), NamedQueriesServlet.header(text, "description"));
        assertEquals(Optional.empty(), NamedQueriesServlet.header("SELECT * {}", "title"));
    }

    @Test
    void theReadOnlyEditorPageLinksTheStylesheetInItsHeadAndPutsTheNoteBeforeTheEditor() {
        String page = "<html><head><title>Fuseki</title></head><body><div id=\"app\"></div></body></html>";
        assertEquals("<html><head><title>Fuseki</title><link rel=\"stylesheet\" href=\"/css/x.css\">\n</head><body>"
                + "<p class=\"kg-read-only-note\">" + ReadOnlyEditorPage.NOTE + "</p>\n<div id=\"app\"></div></body>"
                + "</html>", ReadOnlyEditorPage.readOnly(page, "/css/x.css"));
    }

    @Test
    void anEditorPageOfAnotherShapeIsRefused() {
        assertThrows(ServerException.class, () -> ReadOnlyEditorPage.readOnly("<html><body><div id=\"app\"></div>",
                "/css/x.css"));
        assertThrows(ServerException.class, () -> ReadOnlyEditorPage.readOnly("<head></head><main id=\"app\">",
                "/css/x.css"));
    }

    @Test
    void fusekisOwnEditorPageTakesTheReadOnlyAdditions() {
        String page = new ReadOnlyEditorPage("webapp/", "/css/x.css").page();
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/css/x.css\">\n</head>"), page);
        assertTrue(page.contains(ReadOnlyEditorPage.NOTE + "</p>\n<div id=\"app\">"), page);
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:3030, http://127.0.0.1:3030/kg/ingest",
        "http://127.0.0.1:3030/, http://127.0.0.1:3030/kg/ingest",
        "http://127.0.0.1:3030/kg, http://127.0.0.1:3030/kg/ingest",
        "http://host:1/kg/, http://host:1/kg/ingest",
        "https://host/base/kg/ingest, https://host/base/kg/ingest"})
    void theIngestEndpointIsFoundFromTheServerUrl(String given, String expected) {
        assertEquals(URI.create(expected), IngestClient.ingestEndpoint(URI.create(given)));
    }

    @Test
    void aServerUrlMustBeHttp() {
        assertThrows(IllegalArgumentException.class, () -> IngestClient.ingestEndpoint(URI.create("ftp://h/")));
        assertThrows(IllegalArgumentException.class, () -> IngestClient.ingestEndpoint(URI.create("/tmp/x")));
    }

    @Test
    void passwordFilesGiveTheirFirstUserAndRefuseHashesToClients() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain"), "# comment\n\nanalyst: s3cret, admin\nother: x\n");
        PasswordFile.check(plain);
        PasswordFile.Credentials credentials = PasswordFile.firstUser(plain);
        assertEquals("analyst", credentials.user());
        assertEquals("s3cret", credentials.password());
        assertFalse(credentials.toString().contains("s3cret"));
        Path hashed = Files.writeString(dir.resolve("hashed"), "analyst: MD5:5ebe2294ecd0e0f08eab7690d2a6ee69\n");
        PasswordFile.check(hashed);
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.firstUser(hashed));
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody\n");
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.check(empty));
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.check(dir.resolve("missing")));
    }

    @Test
    void updateNeedsAPasswordFileAndTheDefaultsAreSafe() {
        ServerOptions defaults = ServerOptions.defaults();
        assertTrue(defaults.loopbackOnly());
        assertFalse(defaults.allowUpdate());
        assertFalse(defaults.allowService());
        assertTrue(defaults.corsOrigins().isEmpty());
        assertEquals(Duration.ofSeconds(30), defaults.queryTimeout());
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(1),
                false, java.util.List.of(), Optional.empty(), true, 1, 1, Optional.empty()));
        assertFalse(defaults.withAddress("0.0.0.0", 0).loopbackOnly());
    }
}
