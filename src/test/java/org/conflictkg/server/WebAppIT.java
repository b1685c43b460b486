package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.cli.CliRun;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application of {@code kg serve} in a real browser (headless Chromium through Selenium) over the sample
 * ingested by the real pipeline, plus a planted document whose text holds script. Every page must load without a
 * console error. With {@code -Dwebapp.screenshots=DIR} the main pages are also saved there as PNG.
 */
class WebAppIT {

    private static final String ID = "https://w3id.org/conflict-kg/id/";
    private static final String ISKP = ID + "group/iskp";
    private static final String DOCUMENT = ID + "doc/crocus-iskp-commentary";
    private static final String PLANTED = ID + "doc/planted-script";
    private static final Path PLANTED_FIXTURE = Path.of("src/test/resources/fixtures/planted-script.trig");

    @TempDir
    static Path dir;

    static Tdb2Store store;
    static SparqlServer server;
    static ChromeDriver browser;
    static String moscowAttack;

    @BeforeAll
    static void start() {
        Path storeDir = dir.resolve("store");
        CliRun ingest = CliRun.kg("ingest", "--store", storeDir.toString(), "--date", "2024-05-17", "data/");
        assertEquals(0, ingest.exitCode(), ingest::toString);
        store = Tdb2Store.open(storeDir);
        store.replace(documentGraphs(PLANTED_FIXTURE));
        moscowAttack = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().stream()
                .filter(q -> q.getPredicate().getURI().equals("https://w3id.org/conflict-kg/ontology#killed")
                        && q.getObject().getLiteralLexicalForm().equals("133"))
                .map(q -> q.getSubject().getURI()).findFirst().orElseThrow());
        server = SparqlServer.start(store, "127.0.0.1", 0, Duration.ofSeconds(30));
        browser = HeadlessChromium.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = HeadlessChromium.consoleErrors(browser);
        assertTrue(errors.isEmpty(), () -> "console errors: " + errors);
    }

    private static List<DocumentGraph> documentGraphs(Path trig) {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(trig.toString());
        List<DocumentGraph> graphs = new ArrayList<>();
        for (Iterator<Node> names = fixture.listGraphNodes(); names.hasNext();) {
            Node name = names.next();
            List<Quad> quads = new ArrayList<>();
            fixture.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            graphs.add(new DocumentGraph(name, quads));
        }
        return graphs;
    }

    /** Opens a page of the application and waits until all its parts have loaded. */
    private static void open(String page, String id) {
        String url = server.baseUrl() + page + (id == null ? "" : "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        browser.get(url);
        waitUntilReady();
        assertTrue(browser.findElements(By.cssSelector("p.error")).isEmpty(),
                () -> url + ": " + browser.findElement(By.cssSelector("p.error")).getText());
    }

    /** Waits until every part of the open page has loaded (page.js marks the body). */
    private static void waitUntilReady() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static String documentText(String document) {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().find(Node.ANY,
                NodeFactory.createURI(document), Vocab.nifIsString, Node.ANY).next().getObject()
                .getLiteralLexicalForm());
    }

    /** Saves the window, scrolled to the element with this id (or the top), when screenshots are asked for. */
    private static void screenshot(String name, String scrollTo) throws Exception {
        String target = System.getProperty("webapp.screenshots");
        if (target != null) {
            if (scrollTo != null) {
                browser.executeScript("arguments[0].scrollIntoView();", browser.findElement(By.id(scrollTo)));
            }
            Files.write(Path.of(target, name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void theOverviewShowsCountsGroupsMapTimelineAndIncidents() throws Exception {
        open("", null);
        assertTrue(browser.findElement(By.id("counts")).getText().contains("documents"));
        assertTrue(browser.findElement(By.id("groups")).getText().contains("Islamic State"));
        assertFalse(browser.findElements(By.cssSelector("#map path.incident-point, #map .incident-cluster")).isEmpty(),
                "no points or clusters on the overview's map");
        assertFalse(browser.findElements(By.cssSelector("#timeline ol.timeline li")).isEmpty());
        assertTrue(browser.findElement(By.id("incidents")).getText().contains("2024-03-23"));
        assertEquals(server.baseUrl() + "fuseki/#/dataset/kg/query",
                browser.findElement(By.linkText("Query editor (Fuseki)")).getDomProperty("href"));
        screenshot("webapp-overview", null);
    }

    @Test
    void theFiltersLiveInTheUrl() {
        String attack = "https://w3id.org/conflict-kg/event-type/attack";
        browser.get(server.baseUrl() + "?type=" + URLEncoder.encode(attack, StandardCharsets.UTF_8) + "&from=2024-03");
        waitUntilReady();
        assertEquals(attack, browser.findElement(By.id("filter-type")).getDomProperty("value"));
        assertEquals("2024-03", browser.findElement(By.id("filter-from")).getDomProperty("value"));
        String listed = browser.findElement(By.id("incidents")).getText();
        assertTrue(listed.contains("2024-03-23") && !listed.contains("plot"), listed);
    }

    @Test
    void theIskpPageListsTheMoscowAttackWithItsDate() throws Exception {
        open("actor.html", ISKP);
        assertEquals("Islamic State Khorasan Province", browser.findElement(By.id("title")).getText());
        WebElement row = browser.findElements(By.cssSelector("#incidents tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector("a")).stream().anyMatch(a -> a.getDomAttribute("href")
                        .equals("incident.html?id=" + URLEncoder.encode(moscowAttack, StandardCharsets.UTF_8))))
                .findFirst().orElseThrow(() -> new AssertionError("no Moscow attack on the ISKP page"));
        assertTrue(row.getText().contains("2024-03-23"), row::getText);
        assertTrue(browser.findElement(By.id("facts")).getText().contains("IS-K"));
        screenshot("webapp-actor", null);
    }

    @Test
    void theMoscowIncidentPageShowsPlaceTollClaimAccusationAndEvidence() throws Exception {
        open("incident.html", moscowAttack);
        assertFalse(browser.findElements(By.cssSelector("#map path.incident-point")).isEmpty(), "no place on the map");
        assertTrue(browser.findElement(By.cssSelector("dd[data-fact=killed]")).getText().contains("133"));
        WebElement claim = browser.findElement(By.cssSelector("[data-side=claim-of-responsibility] article"));
        WebElement accusation = browser.findElement(By.cssSelector("[data-side=accusation] article"));
        assertTrue(claim.getText().contains("Islamic State"), claim::getText);
        assertTrue(accusation.getText().contains("Ukraine"), accusation::getText);
        assertEquals(claim.getLocation().getY(), accusation.getLocation().getY(), "claim and accusation side by side");
        assertTrue(claim.getLocation().getX() < accusation.getLocation().getX());
        List<WebElement> marks = browser.findElements(By.cssSelector("#evidence li mark.span"));
        assertFalse(marks.isEmpty(), "no highlighted evidence");
        assertTrue(marks.stream().anyMatch(m -> m.getDomAttribute("data-kind").contains("trigger")));
        String text = documentText(DOCUMENT);
        for (WebElement mark : marks) {
            int begin = Integer.parseInt(mark.getDomAttribute("data-begin"));
            int end = Integer.parseInt(mark.getDomAttribute("data-end"));
            assertEquals(text.substring(begin, end), mark.getDomProperty("textContent"));
        }
        screenshot("webapp-incident", "statements");
    }

    @Test
    void theDocumentPageHighlightsTheMentionsAtTheirOffsets() throws Exception {
        open("document.html", DOCUMENT);
        String text = documentText(DOCUMENT);
        WebElement shown = browser.findElement(By.id("document-text"));
        assertEquals(text, shown.getDomProperty("textContent"));
        List<WebElement> marks = shown.findElements(By.cssSelector("mark.span"));
        assertTrue(marks.size() > 20, () -> marks.size() + " highlighted mentions");
        assertTrue(marks.stream().anyMatch(m -> m.getDomAttribute("class").contains("kind-ArmedGroup")));
        assertTrue(marks.stream().anyMatch(m -> m.getDomAttribute("class").contains("kind-event")));
        for (WebElement mark : marks.subList(0, 20)) {
            int begin = Integer.parseInt(mark.getDomAttribute("data-begin"));
            int end = Integer.parseInt(mark.getDomAttribute("data-end"));
            assertEquals(text.substring(begin, end), mark.getDomProperty("textContent"));
        }
        screenshot("webapp-document", "text");
    }

    /** The zoom the map of the open page was last drawn at (worldmap.js writes it when its points are drawn). */
    private static double mapZoom() {
        String zoom = browser.findElement(By.id("map")).getDomAttribute("data-zoom");
        return zoom == null ? Double.NaN : Double.parseDouble(zoom);
    }

    /** The places drawn on the map of the open page: one per single point, those of each cluster. */
    private static int placesDrawn() {
        return browser.findElements(By.cssSelector("#map path.incident-point")).size()
                + browser.findElements(By.cssSelector("#map .incident-cluster [data-places]")).stream()
                        .mapToInt(c -> Integer.parseInt(c.getDomAttribute("data-places"))).sum();
    }

    /** Waits until the map has zoomed (no zoom animation runs) to a zoom that passes the test, and returns it. */
    private static double zoomWhen(java.util.function.DoublePredicate test, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> what + ", at zoom " + mapZoom())
                .until(d -> d.findElements(By.cssSelector("#map .leaflet-zoom-anim")).isEmpty() && test.test(mapZoom()));
        return mapZoom();
    }

    @Test
    void theMapDrawsEveryPlaceOnceAsAPointOrInACluster() throws Exception {
        open("map.html", null);
        assertFalse(Double.isNaN(mapZoom()), "the points are drawn");
        int listed = browser.findElements(By.cssSelector("#points tbody tr")).size();
        assertTrue(listed >= 3, () -> listed + " places listed");
        assertEquals(listed, placesDrawn(), "every place listed is drawn once, alone or in a cluster");
        assertTrue(browser.findElements(By.cssSelector("#map path.leaflet-interactive, #map svg path")).size() > 100,
                "the countries are drawn");
        screenshot("webapp-map", null);
    }

    /** Zooms the open map out until it draws a cluster, and returns the zoom it then shows. */
    private static double zoomOutUntilACluster() {
        double zoom = mapZoom();
        // The sample's places near Moscow are drawn as one cluster at the first zoom; if not, zoomed out they are.
        WebElement zoomOut = browser.findElement(By.cssSelector("#map .leaflet-control-zoom-out"));
        while (browser.findElements(By.cssSelector("#map .incident-cluster")).isEmpty()
                && !zoomOut.getDomAttribute("class").contains("leaflet-disabled")) {
            double before = zoom;
            zoomOut.click();
            zoom = zoomWhen(z -> z < before, "zoomed out");
        }
        return zoom;
    }

    /** The relative luminance of a CSS colour as the browser gives it ("rgb(r, g, b)" or "rgba(r, g, b, a)"). */
    private static double luminance(String cssColour) {
        String[] parts = cssColour.replaceAll("[^0-9.,]", "").split(",");
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    @Test
    void aClusterHasTheColourOfMostOfItsIncidentsFromTheLegendAndShowsTheirNumber() {
        open("map.html", null);
        double zoom = zoomOutUntilACluster();
        WebElement cluster = browser.findElements(By.cssSelector("#map .incident-cluster")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no cluster at the smallest zoom " + zoom));
        String fill = cluster.getCssValue("background-color");
        assertFalse(fill.startsWith("rgba(52, 52, 52"), "a cluster is drawn in the grey of before: " + fill);
        List<String> legend = browser.findElements(By.cssSelector("#map-legend .swatch:empty")).stream()
                .map(swatch -> swatch.getCssValue("background-color")).toList();
        assertTrue(legend.contains(fill), () -> "the cluster's colour " + fill + " is not in the legend " + legend);
        String incidents = cluster.findElement(By.cssSelector("[data-incidents]")).getDomAttribute("data-incidents");
        assertTrue(Integer.parseInt(incidents) >= 2, incidents);
        assertEquals(incidents, cluster.getText(), "the cluster shows its number of incidents");
        String clusterName = cluster.getDomAttribute("aria-label");
        assertTrue(clusterName != null && clusterName.startsWith(incidents + " incidents"), clusterName);
        double text = luminance(cluster.getCssValue("color"));
        double background = luminance(fill);
        double contrast = (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
        assertTrue(contrast >= 4.5, "contrast of the number on the cluster " + contrast);
    }

    /** Presses Tab until the focused element matches the CSS selector, at most this many times, and returns it. */
    private static WebElement tabTo(String selector, int most) {
        for (int i = 0; i < most; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(browser.executeScript("return document.activeElement.matches(arguments[0]);",
                    selector))) {
                return browser.switchTo().activeElement();
            }
        }
        throw new AssertionError("no " + selector + " reached in " + most + " presses of Tab");
    }

    @Test
    void tabReachesTheMarkersAndEnterOnASinglePointOpensItsIncident() {
        open("map.html", null);
        WebElement marker = tabTo("#map path.incident-point, #map .incident-cluster", 60);
        String markerName = marker.getDomAttribute("aria-label");
        assertTrue(markerName != null && !markerName.isBlank(), "a marker has an accessible name");
        WebElement point = tabTo("#map path.incident-point[data-incidents='1']", 60);
        String name = point.getDomAttribute("aria-label");
        assertTrue(name.matches(".+, (undated|\\d{4}(-\\d{2}){0,2}), .+"), () -> "type, date, place: " + name);
        assertEquals("4px", point.getCssValue("stroke-width"), "a focused point is outlined");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("incident.html?id="));
        waitUntilReady();
        assertFalse(browser.findElement(By.id("title")).getText().isBlank());
    }

    @Test
    void aClusterSplitsWhenClickedOrEnteredAndEveryPlaceStaysDrawn() {
        open("map.html", null);
        int listed = browser.findElements(By.cssSelector("#points tbody tr")).size();
        double zoom = zoomOutUntilACluster();
        WebElement zoomOut = browser.findElement(By.cssSelector("#map .leaflet-control-zoom-out"));
        List<WebElement> clusters = browser.findElements(By.cssSelector("#map .incident-cluster"));
        assertFalse(clusters.isEmpty(), "no cluster at the smallest zoom " + zoom);
        assertEquals(listed, placesDrawn(), "at zoom " + zoom);
        WebElement cluster = clusters.get(0);
        assertEquals("0", cluster.getDomAttribute("tabindex"), "a cluster is reached with Tab");
        int clustersBefore = clusters.size();
        int pointsBefore = browser.findElements(By.cssSelector("#map path.incident-point")).size();
        cluster.click();
        double clustered = zoom;
        double clicked = zoomWhen(z -> z > clustered, "a click on a cluster zooms in");
        assertEquals(listed, placesDrawn(), "at zoom " + clicked);
        assertTrue(browser.findElements(By.cssSelector("#map path.incident-point")).size() > pointsBefore
                || browser.findElements(By.cssSelector("#map .incident-cluster")).size() != clustersBefore,
                "the cluster splits");
        // The same with the keyboard: zoomed out again, Enter on a focused cluster zooms in.
        while (browser.findElements(By.cssSelector("#map .incident-cluster")).isEmpty()
                || mapZoom() > zoom) {
            double before = mapZoom();
            zoomOut.click();
            zoomWhen(z -> z < before, "zoomed out");
        }
        WebElement focused = browser.findElement(By.cssSelector("#map .incident-cluster"));
        browser.executeScript("arguments[0].focus();", focused);
        focused.sendKeys(Keys.ENTER);
        zoomWhen(z -> z > clustered, "Enter on a cluster zooms in");
        assertEquals(Boolean.TRUE, browser.executeScript("return document.activeElement.matches(arguments[0]);",
                "#map path.incident-point, #map .incident-cluster"), "after Enter the focus stays on the map's markers");
    }

    @Test
    void theClusteringGroupsPointsCloserThanFortyPixelsTheSameWayEveryTime() {
        open("map.html", null);
        String run = "const done = arguments[arguments.length - 1];"
                + "import(arguments[0]).then((m) => done(JSON.stringify(m.clusterPoints(arguments[1], arguments[2]))),"
                + " (e) => done('failed: ' + e));";
        String module = server.baseUrl() + "js/cluster.js";
        List<Map<String, Object>> points = List.of(point(0, 0), point(30, 0), point(60, 0), point(200, 200),
                point(-10, -10), point(239, 200), point(240, 200));
        Object groups = browser.executeAsyncScript(run, module, points, 40);
        assertEquals("[[0,1,4],[2],[3,5],[6]]", groups);
        assertEquals(groups, browser.executeAsyncScript(run, module, points, 40), "the same groups every time");
        assertEquals("[[0],[1],[2],[3],[4],[5],[6]]", browser.executeAsyncScript(run, module, points, 0));
        assertEquals("[]", browser.executeAsyncScript(run, module, List.of(), 40));
    }

    @Test
    void aClusterTakesTheKindOfMostOfItsIncidentsAndATieTheFirstByName() {
        open("map.html", null);
        String run = "const done = arguments[arguments.length - 1];"
                + "import(arguments[0]).then((m) => done(String(m.heaviestKey(arguments[1]))), (e) => done('failed: ' + e));";
        String module = server.baseUrl() + "js/cluster.js";
        assertEquals("attacks", browser.executeAsyncScript(run, module,
                List.of(entry("plots", 2), entry("attacks", 1), entry("attacks", 2))), "summed over the places");
        assertEquals("arrests", browser.executeAsyncScript(run, module, List.of(entry("plots", 2), entry("arrests", 2))));
        assertEquals("arrests", browser.executeAsyncScript(run, module, List.of(entry("arrests", 2), entry("plots", 2))),
                "a tie does not depend on the order");
        assertEquals("undefined", browser.executeAsyncScript(run, module, List.of()));
    }

    private static Map<String, Object> entry(String key, int weight) {
        return Map.of("key", key, "weight", weight);
    }

    private static Map<String, Object> point(int x, int y) {
        return Map.of("x", x, "y", y);
    }

    @Test
    void searchingIsKFindsIskp() throws Exception {
        browser.get(server.baseUrl() + "search.html?q=IS-K");
        waitUntilReady();
        String iskpPage = "actor.html?id=" + URLEncoder.encode(ISKP, StandardCharsets.UTF_8);
        assertTrue(browser.findElements(By.cssSelector("#names a")).stream()
                .anyMatch(a -> iskpPage.equals(a.getDomAttribute("href"))), () -> browser.findElement(By.id("names")).getText());
        screenshot("webapp-search", null);
    }

    @Test
    void searchingWithLuceneSyntaxShowsNoErrorAndFindsTheWords() throws Exception {
        browser.get(server.baseUrl() + "search.html?q=" + URLEncoder.encode("\"(IS-K*)", StandardCharsets.UTF_8));
        waitUntilReady();
        assertTrue(browser.findElements(By.cssSelector(".error")).isEmpty(),
                () -> browser.findElement(By.id("main")).getText());
        String iskpPage = "actor.html?id=" + URLEncoder.encode(ISKP, StandardCharsets.UTF_8);
        assertTrue(browser.findElements(By.cssSelector("#names a")).stream()
                .anyMatch(a -> iskpPage.equals(a.getDomAttribute("href"))), () -> browser.findElement(By.id("names")).getText());
        browser.get(server.baseUrl() + "search.html?q=" + URLEncoder.encode("crocus show", StandardCharsets.UTF_8));
        waitUntilReady();
        assertTrue(browser.findElements(By.cssSelector("#texts .hits li")).size() >= 1,
                () -> browser.findElement(By.id("texts")).getText());
        assertTrue(browser.findElements(By.cssSelector("#texts .snippet mark, #texts .snippet .mention")).size() >= 1,
                () -> browser.findElement(By.id("texts")).getAttribute("innerHTML"));
    }

    @Test
    void aPlantedScriptIsShownAsTextAndNeverRuns() {
        open("document.html", PLANTED);
        assertEquals(null, browser.executeScript("return window.plantedRan === undefined ? null : window.plantedRan;"));
        String shown = browser.findElement(By.id("document-text")).getText();
        assertTrue(shown.contains("<script>window.plantedRan = 1;</script>"), shown);
        assertTrue(shown.contains("href=\"javascript:window.plantedRan = 3\""), shown);
        assertTrue(browser.findElement(By.id("title")).getText().startsWith("<script>"));
        assertTrue(browser.findElements(By.cssSelector("#document-text script, #document-text img")).isEmpty());
        for (WebElement link : browser.findElements(By.cssSelector("a"))) {
            String href = link.getDomAttribute("href");
            assertFalse(href != null && href.startsWith("javascript:"), href);
        }
    }

    @Test
    void everyPageSetsAPolicyAgainstInlineScript() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl())).build(), HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
    }

    @Test
    void aPhoneWidthScreenHasNoSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("incident.html", moscowAttack);
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, () -> "wider than the screen by " + overflow + " px");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
        }
    }
}
