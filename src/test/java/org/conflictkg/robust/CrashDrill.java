package org.conflictkg.robust;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.cli.CliRun;
import org.conflictkg.store.ShapeValidation;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * Kills ingest processes at random points (seeded) and checks after every kill that the store opens, conforms to
 * the shapes, and holds each document whole (exactly its graph from an uninterrupted run, less the ingest time) or
 * not at all; after the last rerun the store must equal the uninterrupted run. Rounds, in order: SIGKILL of
 * {@code kg ingest}, SIGTERM of {@code kg ingest} (a clean stop), SIGKILL and SIGTERM of {@code kg serve --update}
 * in the middle of a {@code kg ingest --server} request. Each kill comes once the process has written (the store's
 * node file grew), after a random part of the work left, so each round leaves work for the next; the killed
 * processes write a batch every second (instead of every 10 s), so that kills land between and during many writes,
 * while the uninterrupted run keeps the default. Run by
 * {@code CrashIT} (few kills) and {@code scripts/crash-test.sh} (20).
 */
public final class CrashDrill {

    /** What to do. */
    public record Config(Path work, int documents, int kills, long seed, boolean server, PrintStream log) {
    }

    /** What happened: kills that hit a running ingest, checks passed, documents lost (must be 0). */
    public record Result(int killsSurvived, int killsMissed, int termsSurvived, int serverKillsSurvived,
            int checks, int documents, int lost, boolean identical, List<String> failures) {

        /** One line per figure, for the scripts. */
        public String summary() {
            return "kills survived: " + killsSurvived + " (SIGKILL of kg ingest; " + killsMissed + " more found the "
                    + "ingest finished)\nSIGTERM clean stops: " + termsSurvived + "\nserver kills survived: "
                    + serverKillsSurvived + "\nstore checks passed: " + checks + "\ndocuments: " + documents
                    + "\ndocuments lost: " + lost + "\nfinal graph isomorphic to an uninterrupted run (every graph, "
                    + "ingest times aside): " + identical
                    + (failures.isEmpty() ? "" : "\nFAILURES:\n  " + String.join("\n  ", failures));
        }
    }

    private static final String DATE = "2024-06-01";
    /** The share of the work left that a round on a store of its own (SIGTERM, server) does, on average. */
    private static final double SINGLE_ROUND_SHARE = 0.15;
    /** How long the killed processes let a finished document wait before writing it (10 s by default). */
    private static final long BATCH_MILLIS = 1_000;

    private final Config config;
    private final Random random;
    private final List<String> failures = new ArrayList<>();
    private Map<Node, Graph> reference;
    private Map<Node, Graph> referenceWhole;
    private double workSeconds;
    private int checks;

    private CrashDrill(Config config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /** Runs the drill. */
    public static Result run(Config config) throws Exception {
        return new CrashDrill(config).drill();
    }

    /** {@code CrashDrill WORKDIR [documents] [kills] [seed]}: the drill of scripts/crash-test.sh. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/crash-drill");
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
        Result result = run(new Config(work, documents, kills, seed, true, System.out));
        System.out.println(result.summary());
        System.exit(result.failures().isEmpty() && result.lost() == 0 && result.identical() ? 0 : 1);
    }

    private Result drill() throws Exception {
        Path corpus = Corpus.write(config.work().resolve("corpus"), config.documents(), config.seed());
        Path referenceStore = config.work().resolve("reference");
        long start = System.nanoTime();
        CliRun whole = CliRun.kg("ingest", "--profile", "--store", referenceStore.toString(), "--date", DATE,
                corpus.toString());
        if (whole.exitCode() != 0) {
            throw new IllegalStateException("the uninterrupted run failed: " + whole);
        }
        java.util.regex.Matcher rate = java.util.regex.Pattern.compile("([0-9.]+) documents/s").matcher(whole.out());
        double perSecond = rate.find() ? Double.parseDouble(rate.group(1)) : 1;
        workSeconds = Math.max(1, config.documents() / Math.max(perSecond, 0.1));
        try (Tdb2Store store = Tdb2Store.open(referenceStore)) {
            reference = documentGraphs(store);
            referenceWhole = allGraphs(store);
        }
        log("uninterrupted run: %d documents in %.0f s", reference.size(), (System.nanoTime() - start) / 1e9);
        Path store = config.work().resolve("store");
        int killed = 0;
        int missed = 0;
        int terms = 0;
        int serverKills = 0;
        for (int k = 0; k < config.kills(); k++) {
            if (localRound(store, corpus, false, 1.0 / (config.kills() - k + 1))) {
                killed++;
            } else {
                missed++;
            }
        }
        List<Path> stores = new ArrayList<>(List.of(store));
        Path termStore = config.work().resolve("store-term");
        terms += localRound(termStore, corpus, true, SINGLE_ROUND_SHARE) ? 1 : 0;
        stores.add(termStore);
        if (config.server()) {
            Path serverStore = config.work().resolve("store-server");
            serverKills += serverRound(serverStore, corpus, false) ? 1 : 0;
            serverKills += serverRound(serverStore, corpus, true) ? 1 : 0;
            stores.add(serverStore);
        }
        int lost = 0;
        boolean identical = true;
        for (Path each : stores) {
            CliRun last = CliRun.kg("ingest", "--store", each.toString(), "--date", DATE, corpus.toString());
            if (last.exitCode() != 0) {
                failures.add("the last rerun failed: " + last);
            }
            try (Tdb2Store finished = Tdb2Store.open(each)) {
                Map<Node, Graph> graphs = check(finished, "after the last rerun on " + each.getFileName());
                TreeSet<String> missing = new TreeSet<>();
                reference.keySet().stream().filter(g -> !graphs.containsKey(g)).forEach(g -> missing.add(
                        g.getURI()));
                lost += missing.size();
                if (!missing.isEmpty()) {
                    failures.add("documents lost in " + each.getFileName() + ": " + missing);
                }
                List<String> differences = differences(referenceWhole, allGraphs(finished));
                identical &= differences.isEmpty();
                differences.forEach(d -> failures.add(each.getFileName() + " differs from the uninterrupted run: "
                        + d));
            }
        }
        return new Result(killed, missed, terms, serverKills, checks, reference.size(), lost, identical,
                List.copyOf(failures));
    }

    /**
     * Starts a local ingest, kills it once it has written and then done about this share of the work left, checks
     * the store; false if it finished first.
     */
    private boolean localRound(Path store, Path corpus, boolean term, double share) throws Exception {
        double remaining = remaining(store);
        Process ingest = java(List.of("ingest", "--store", store.toString(), "--date", DATE, corpus.toString()),
                config.work().resolve("ingest.log"));
        boolean hit = killWhileWriting(ingest, store, term, remaining, share * remaining, null);
        String output = Files.readString(config.work().resolve("ingest.log"));
        if (term && hit && !output.contains("stopped by a signal") && !output.contains("Ingested into")) {
            failures.add("SIGTERM: the ingest did not say it stopped cleanly: " + output.strip());
        }
        check(store, (term ? "SIGTERM" : "SIGKILL") + " of kg ingest");
        return hit;
    }

    /** Starts a server and an ingest through it, kills the server mid-request, checks the store. */
    private boolean serverRound(Path store, Path corpus, boolean term) throws Exception {
        Tdb2Store.open(store).close();
        double remaining = remaining(store);
        Path passwd = Files.writeString(config.work().resolve("passwd"), "drill: drill-password\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = java(List.of("serve", "--store", store.toString(), "--port", Integer.toString(port),
                "--update", "--passwd", passwd.toString()), config.work().resolve("serve.log"));
        Process client = null;
        boolean hit;
        try {
            waitForServer(port);
            client = java(List.of("ingest", "--server", "http://127.0.0.1:" + port + "/", "--passwd",
                    passwd.toString(), "--date", DATE, corpus.toString()), config.work().resolve("client.log"));
            hit = killWhileWriting(server, store, term, remaining, SINGLE_ROUND_SHARE * remaining, client);
            client.waitFor(60, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly().waitFor();
            if (client != null) {
                client.destroyForcibly().waitFor();
            }
        }
        check(store, (term ? "SIGTERM" : "SIGKILL") + " of kg serve during kg ingest --server");
        return hit;
    }

    private void waitForServer(int port) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (java.net.ConnectException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the server did not start on port " + port);
    }

    /**
     * Waits for the process to write its first documents (the store's files grow), then a random time (on average
     * the rest of its share of the work), then signals it. Returns whether the process was still running then.
     */
    private boolean killWhileWriting(Process process, Path store, boolean term, double remaining, double share,
            Process client) throws Exception {
        try {
            return signalWhileWriting(process, store, term, remaining, share, client);
        } finally {
            process.destroyForcibly().waitFor();
        }
    }

    private boolean signalWhileWriting(Process process, Path store, boolean term, double remaining, double share,
            Process client) throws Exception {
        long base = storeBytes(store);
        int stored = (int) Math.round(reference.size() * (1 - remaining));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        boolean fresh = stored == 0;
        int growths = 0;
        while (process.isAlive() && (client == null || client.isAlive()) && System.nanoTime() < deadline) {
            long now = storeBytes(store);
            if (now != base) {
                growths++;
                base = now;
                if (growths >= (fresh ? 3 : 1)) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        // waiting for a write took about one batch age of the work; the rest of the share, on average, comes now
        double rest = Math.max(1, share * workSeconds - BATCH_MILLIS / 1000.0);
        long delay = (long) (random.nextDouble() * 2 * rest * 1000);
        Thread.sleep(delay);
        boolean running = process.isAlive() && (client == null || client.isAlive());
        if (term) {
            process.destroy();
        } else {
            process.destroyForcibly();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            failures.add("the process did not end 120 s after " + (term ? "SIGTERM" : "SIGKILL"));
            process.destroyForcibly().waitFor();
        }
        boolean hit = running && process.exitValue() != 0;
        log("%s after %d ms: %s (exit %d)", term ? "SIGTERM" : "SIGKILL", delay, hit ? "hit a running process"
                : "the work was done", process.exitValue());
        return hit;
    }

    /** Checks the store: opens, conforms, every document whole and equal to its uninterrupted graph. */
    private void check(Path store, String after) {
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            check(opened, after);
        } catch (RuntimeException e) {
            failures.add(after + ": the store does not open: " + e.getMessage());
        }
    }

    private Map<Node, Graph> check(Tdb2Store store, String after) {
        if (!ShapeValidation.validate(store).conforms()) {
            failures.add(after + ": the store does not conform to the shapes");
        }
        Map<Node, Graph> graphs = documentGraphs(store);
        for (Map.Entry<Node, Graph> entry : graphs.entrySet()) {
            Graph expected = reference.get(entry.getKey());
            if (expected == null) {
                failures.add(after + ": a graph not in the uninterrupted run: " + entry.getKey());
            } else if (!expected.isIsomorphicWith(entry.getValue())) {
                failures.add(after + ": document present in part or changed: " + entry.getKey() + " ("
                        + entry.getValue().size() + " triples, expected " + expected.size() + ")");
            }
        }
        List<Node> partial = Txn.calculateRead(store.datasetGraph(), () -> {
            List<Node> found = new ArrayList<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
                boolean document = store.datasetGraph().contains(g, g, RDF.type.asNode(), CKG.Document);
                boolean reference = g.equals(CKG.ONTOLOGY_GRAPH) || g.equals(CKG.KB_GRAPH)
                        || g.equals(CKG.SUMMARY_GRAPH);
                if (!document && !reference) {
                    found.add(g);
                }
            });
            return found;
        });
        partial.forEach(g -> failures.add(after + ": graph without its ckg:Document node: " + g));
        // The summary graph is written in the same transactions as the graphs: a rebuild must not change it.
        Set<Quad> summary = summaryQuads(store);
        store.rebuildSummary();
        if (!summary.equals(summaryQuads(store))) {
            failures.add(after + ": the summary graph differs from a rebuild from the graphs");
        }
        checks++;
        log("checked %s: %d documents whole, %d failures so far", after, graphs.size(), failures.size());
        return graphs;
    }

    private static Set<Quad> summaryQuads(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.datasetGraph().find(CKG.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    /** The share of the corpus not yet in the store (read before a process takes the store). */
    private double remaining(Path store) {
        if (!Files.isDirectory(store) || reference.isEmpty()) {
            return 1;
        }
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            return (reference.size() - opened.documentGraphs().size()) / (double) reference.size();
        }
    }

    /** Every graph of the store (the default graph included), without the ingest times. */
    static Map<Node, Graph> allGraphs(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<Node, Graph> graphs = new HashMap<>();
            store.datasetGraph().find().forEachRemaining(q -> {
                if (!q.getPredicate().equals(Vocab.provEndedAtTime)) {
                    graphs.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
                }
            });
            return graphs;
        });
    }

    /** The graphs that are missing, extra or not isomorphic; empty when the two datasets are the same. */
    static List<String> differences(Map<Node, Graph> expected, Map<Node, Graph> actual) {
        List<String> found = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        expected.keySet().forEach(n -> names.add(n.toString()));
        actual.keySet().forEach(n -> names.add(n.toString()));
        Map<String, Node> byName = new HashMap<>();
        expected.keySet().forEach(n -> byName.put(n.toString(), n));
        actual.keySet().forEach(n -> byName.put(n.toString(), n));
        for (String name : names) {
            Graph want = expected.get(byName.get(name));
            Graph got = actual.get(byName.get(name));
            if (want == null || got == null) {
                found.add(name + (want == null ? " is extra" : " is missing"));
            } else if (!want.isIsomorphicWith(got)) {
                found.add(name + " has " + got.size() + " triples not isomorphic to the " + want.size() + " expected");
            }
        }
        return found;
    }

    /** Each document graph of the store, without its ingest time (the one triple that differs between runs). */
    static Map<Node, Graph> documentGraphs(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<Node, Graph> graphs = new HashMap<>();
            for (Node name : store.documentGraphs()) {
                Graph graph = GraphFactory.createDefaultGraph();
                store.datasetGraph().find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.getPredicate().equals(Vocab.provEndedAtTime)) {
                        graph.add(q.asTriple());
                    }
                });
                graphs.put(name, graph);
            }
            return graphs;
        });
    }

    private static long storeBytes(Path store) {
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".obj")).mapToLong(p -> p.toFile()
                    .length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static Process java(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx3g", "-Dkg.ingest.batchMillis=" + BATCH_MILLIS, "-cp",
                System.getProperty("java.class.path"), "org.conflictkg.cli.Kg"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void log(String format, Object... args) {
        config.log().println("crash drill: " + String.format(java.util.Locale.ROOT, format, args));
        config.log().flush();
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
