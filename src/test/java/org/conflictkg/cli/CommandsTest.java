package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.export.CsvExporter;
import org.conflictkg.export.GraphExporter;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no NLP models, run as a user would, over a real TDB2 store holding the fixture. */
class CommandsTest {

    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void createStore() {
        Path path = dir.resolve("store");
        StoreFixture.create(path);
        store = path.toString();
    }

    @Test
    void namedQueryListsTheEventsInDateOrder() {
        CliRun run = CliRun.kg("query", "--store", store, "timeline", "--format", "csv");
        assertEquals(0, run.exitCode(), run::toString);
        int assault = run.out().indexOf("2023-05-03");
        int arrest = run.out().indexOf("2023-05-09");
        assertTrue(assault > 0 && arrest > assault, run::toString);
        assertTrue(run.out().contains("Kano"), run::toString);
    }

    @Test
    void everyNamedQueryRuns() {
        for (String name : org.conflictkg.query.NamedQueries.BUILT_IN) {
            CliRun run = CliRun.kg("query", "--store", store, name, "--format", "tsv");
            assertEquals(0, run.exitCode(), () -> name + ": " + run);
            // the fixture's places have no coordinates, it never mentions ISKP, the default subject of the
            // evidence query (asked about a fixture entity below), and it names no person with a title (role facts
            // are tested in RoleExtractionIT), so only these three may be empty here
            long rows = run.out().lines().count() - 1;
            assertTrue(rows >= 1 || Set.of("events-near-place", "evidence", "people-roles").contains(name),
                    () -> name + " returned no rows: " + run);
        }
    }

    @Test
    void theEvidenceQueryTakesItsSubjectAsAParameter() {
        CliRun run = CliRun.kg("query", "--store", store, "evidence", "--format", "csv", "--param",
                "subject=<https://w3id.org/conflict-kg/id/group/northern-front>");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(4, run.out().lines().count(), run::toString);
        assertTrue(run.out().contains("northern-front") && run.out().contains("alpha")
                && run.out().contains("beta"), run::toString);
    }

    @Test
    void askAndJsonFormats() {
        CliRun ask = CliRun.kg("query", "--store", store, "-e", "ASK { ?s ?p ?o }");
        assertEquals("yes", ask.out().strip(), ask::toString);
        CliRun json = CliRun.kg("query", "--store", store, "--format", "json", "-e",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?e a <https://w3id.org/conflict-kg/ontology#Event> } }");
        assertEquals(0, json.exitCode(), json::toString);
        assertTrue(json.out().replace(" ", "").contains("\"value\":\"4\""), json::toString);
    }

    @Test
    void constructGivesTurtle() {
        CliRun run = CliRun.kg("query", "--store", store, "-e",
                "CONSTRUCT { ?e a ?t } WHERE { GRAPH ?g { ?e a ?t } } LIMIT 3");
        assertEquals(0, run.exitCode(), run::toString);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(parsed);
        assertEquals(3, parsed.size());
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnAndExitCode2() {
        CliRun run = CliRun.kg("query", "--store", store, "-e", "SELECT ?s WHERE {\n  ?s ?p \n}");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("line 3, column 1"), run::toString);
        assertFalse(run.err().contains("\tat "), "a stack trace was printed: " + run);
    }

    @Test
    void anUnknownQueryNameIsAUsageError() {
        CliRun run = CliRun.kg("query", "--store", store, "no-such-query");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no query named 'no-such-query'") && run.err().contains("timeline"),
                run::toString);
    }

    @Test
    void aMissingStoreIsAStoreError() {
        CliRun run = CliRun.kg("query", "--store", dir.resolve("nothing-here").toString(), "timeline");
        assertEquals(ExitCodes.STORE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no store here"), run::toString);
        assertFalse(Files.exists(dir.resolve("nothing-here")), "querying created a store");
    }

    @Test
    void turtleExportIsIsomorphicToTheUnionOfTheDocumentGraphs() throws Exception {
        Path out = dir.resolve("all.ttl");
        CliRun run = CliRun.kg("export", "--store", store, "-o", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(out).lang(Lang.TURTLE).parse(parsed);
        try (Tdb2Store s = Tdb2Store.openExisting(Path.of(store))) {
            Graph union = Txn.calculateRead(s.datasetGraph(),
                    () -> GraphExporter.union(s.datasetGraph(), s.documentGraphs()));
            assertTrue(parsed.isIsomorphicWith(union));
        }
    }

    @Test
    void nquadsExportKeepsTheDocumentGraphsAndDocSelectsOne() {
        CliRun all = CliRun.kg("export", "--store", store, "--format", "nq");
        assertEquals(0, all.exitCode(), all::toString);
        assertTrue(all.out().contains("<https://w3id.org/conflict-kg/id/doc/alpha> .")
                && all.out().contains("<https://w3id.org/conflict-kg/id/doc/beta> ."), "graphs missing");
        CliRun one = CliRun.kg("export", "--store", store, "--format", "nq", "--doc", "beta");
        assertTrue(one.out().contains("doc/beta> .") && !one.out().contains("doc/alpha> ."), one::toString);
        CliRun none = CliRun.kg("export", "--store", store, "--doc", "gamma");
        assertEquals(ExitCodes.USAGE, none.exitCode(), none::toString);
    }

    @Test
    void eventsCsvHasTheContractHeaderAndOneRowPerEvent() {
        CliRun run = CliRun.kg("export", "--store", store, "--format", "events-csv");
        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals("event,document,type,gtd_attack_type,date,date_precision,place,country,latitude,longitude,"
                + "perpetrators,targets,target_type,killed,wounded,modality,claimed_by,confidence,evidence,"
                + "killed_qualifier,wounded_qualifier,perpetrators_killed,main_event", lines.get(0));
        assertEquals(String.join(",", CsvExporter.EVENT_COLUMNS), lines.get(0));
        assertEquals(5, lines.size(), run::toString);
        String assault = lines.stream().filter(l -> l.contains("/event/alpha/29,")).findFirst().orElseThrow();
        assertTrue(assault.startsWith("https://w3id.org/conflict-kg/id/event/alpha/29,alpha,armed-assault,"
                + "Armed Assault,2023-05-03,day,Kano,,,,Northern Front,,,4,,completed,Northern Front,0.85,"),
                assault);
        assertTrue(assault.endsWith(",at least,,,false"), assault);
    }

    @Test
    void entitiesCsvCountsMentionsAndDocuments() {
        CliRun run = CliRun.kg("export", "--store", store, "--format", "entities-csv");
        List<String> lines = run.out().lines().toList();
        assertEquals("entity,type,label,aliases,mentions,documents,wikidata,geonames,latitude,longitude,country",
                lines.get(0));
        String front = lines.stream().filter(l -> l.contains("group/northern-front")).findFirst().orElseThrow();
        assertTrue(front.contains(",ArmedGroup,Northern Front,,3,alpha|beta,"), front);
    }

    @Test
    void statsAndValidate() {
        CliRun stats = CliRun.kg("stats", "--store", store);
        assertEquals(0, stats.exitCode(), stats::toString);
        assertTrue(stats.out().contains("documents: 2") && stats.out().contains("events:    4"), stats::toString);
        CliRun validate = CliRun.kg("validate", "--store", store);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("conforms"), validate::toString);
    }

    @Test
    void aBadDateIsAUsageErrorBeforeAnythingIsLoaded() {
        CliRun run = CliRun.kg("ingest", "--store", store, "--date", "2024-13-45", "data/");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("'2024-13-45' is not a date"), run::toString);
    }

    @Test
    void onlyTheSubcommandGivenIsBuiltAndHelpStillListsEveryOne() {
        Set<String> all = Set.of("ingest", "load", "push", "query", "export", "serve", "stats", "validate", "eval",
                "bench", "help");
        assertEquals(all, Kg.commandLine().getSubcommands().keySet());
        assertEquals(all, Kg.commandLine("help", "export").getSubcommands().keySet());
        assertEquals(all, Kg.commandLine("expor").getSubcommands().keySet());
        assertEquals(Set.of("export"), Kg.commandLine("export", "--store", store).getSubcommands().keySet());
        CliRun help = CliRun.kg("--help");
        assertEquals(ExitCodes.OK, help.exitCode(), help::toString);
        for (String name : all) {
            assertTrue(help.out().contains("  " + name + " "), () -> name + " missing from\n" + help);
        }
        CliRun typo = CliRun.kg("expor");
        assertEquals(ExitCodes.USAGE, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("Unmatched argument at index 0: 'expor'"), typo::toString);
    }
}
