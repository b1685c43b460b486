package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fuseki's query editor at {@code /fuseki/} in a real browser (headless Chromium through Selenium): on a read-only
 * server it offers no way to add or edit data and says why; on a server started with update it offers both.
 */
class EditorIT {

    @TempDir
    static Path dir;

    static Tdb2Store readOnlyStore;
    static Tdb2Store writableStore;
    static SparqlServer readOnly;
    static SparqlServer writable;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        readOnlyStore = Tdb2Store.open(dir.resolve("read-only"));
        StoreFixture.load(readOnlyStore);
        writableStore = Tdb2Store.open(dir.resolve("writable"));
        StoreFixture.load(writableStore);
        Path passwd = Files.writeString(dir.resolve("passwd"), "analyst: s3cret\n");
        readOnly = SparqlServer.start(readOnlyStore, ServerOptions.defaults().withAddress("127.0.0.1", 0));
        writable = SparqlServer.start(writableStore, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                .withUpdate(passwd, new StandardPipelineFactory()));
        browser = HeadlessChromium.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (readOnly != null) {
            readOnly.close();
        }
        if (writable != null) {
            writable.close();
        }
        if (readOnlyStore != null) {
            readOnlyStore.close();
        }
        if (writableStore != null) {
            writableStore.close();
        }
    }

    /** Fails on console errors but the one of Fuseki's prefix completion: its call to prefix.cc, which is refused. */
    @AfterEach
    void noConsoleErrors() {
        List<String> errors = HeadlessChromium.consoleErrors(browser).stream()
                .filter(error -> !error.contains("http://prefix.cc/")).toList();
        assertTrue(errors.isEmpty(), () -> "console errors: " + errors);
    }

    /** Loads the editor afresh at a route on this server and waits until it shows its datasets' "info" links. */
    private static void open(SparqlServer server, String route) {
        browser.get("about:blank");
        browser.get(server.baseUrl() + "fuseki/#" + route);
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> route + " shows no \"info\"")
                .until(d -> visibleControls("info").contains("info"));
    }

    /** The links and buttons shown on the page whose text is one of these labels, in page order. */
    private static List<String> visibleControls(String... labels) {
        List<String> wanted = List.of(labels);
        List<?> shown = (List<?>) browser.executeScript("return [...document.querySelectorAll('a, button')]"
                + ".filter(control => control.checkVisibility({visibilityProperty: true}))"
                + ".map(control => control.innerText.trim());");
        return shown.stream().map(String::valueOf).filter(wanted::contains).toList();
    }

    private static boolean noteShown() {
        return browser.findElements(By.cssSelector(".kg-read-only-note")).stream()
                .anyMatch(note -> note.isDisplayed() && note.getText().equals(ReadOnlyEditorPage.NOTE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dataset/kg/query", "/manage"})
    void aReadOnlyServersEditorOffersNoWayToAddOrEditDataAndSaysWhy(String route) {
        open(readOnly, route);
        assertEquals(List.of(), visibleControls("add data", "edit"));
        assertTrue(noteShown(), "no read-only note");
    }

    @ParameterizedTest
    @CsvSource({"/, add data|edit", "/dataset/kg/query, add data|edit", "/manage, add data"})
    void aWritableServersEditorOffersToAddAndEditData(String route, String offered) {
        open(writable, route);
        assertEquals(List.of(offered.split("\\|")), visibleControls("add data", "edit"));
        assertFalse(noteShown(), "a read-only note on a writable server");
    }
}
