package org.conflictkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.conflictkg.cli.CliRun;
import org.conflictkg.quads.SameGraphs;
import org.conflictkg.vocabulary.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2], in a JVM of its own (Spark's Jetty wants the Servlet 5 API, Fuseki 6.1), on the sample
 * and a few generated documents with bad inputs among them; its N-Quads loaded with {@code kg load} give the store
 * {@code kg ingest} gives, graph by graph, ingest times aside. Also: {@code kg export --format nq} of that ingested
 * store loaded into an empty one gives the same store, summary included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkIngestIT {

    @TempDir
    static Path dir;

    static Path input;
    static Path ingested;
    static CliRun ingest;

    @BeforeAll
    static void ingest() throws IOException {
        input = dir.resolve("input");
        Files.createDirectories(input.resolve("reports"));
        Files.copy(Path.of("data/crocus-iskp-commentary.txt"), input.resolve("crocus-iskp-commentary.txt"));
        Files.writeString(input.resolve("reports/mosul.md"), "# Mosul\n\nOn 3 March 2024 a car bomb exploded in "
                + "Mosul, killing five people. The Islamic State claimed the attack on Telegram.\n");
        Files.writeString(input.resolve("reports/kabul.html"), "<html><head><title>Kabul</title></head><body><p>"
                + "Police in Kabul arrested two ISKP members on 12 April 2024, the interior ministry said.</p>"
                + "<script>var x = 1;</script></body></html>");
        Files.writeString(input.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"feed-1\", \"date\": \"2024-02-01\", \"text\": \"Al-Shabaab fighters attacked a military "
                        + "base near Mogadishu on Thursday, killing three soldiers.\"}",
                "{\"id\": \"feed-2\", \"text\": ",
                "{\"id\": \"feed-3\", \"text\": \"\"}",
                "{\"id\": \"mosul-copy\", \"title\": \"Nigeria\", \"text\": \"Boko Haram gunmen abducted 20 "
                        + "villagers in Borno State, officials said.\"}",
                "{\"id\": \"feed-1\", \"text\": \"A second document with the id of the first.\"}") + "\n");
        Files.write(input.resolve("binary.txt"), new byte[] {'a', 'b', 'c', 0, 'd'});
        Files.writeString(input.resolve("notes.csv"), "not,read\n");
        ingested = dir.resolve("ingested");
        ingest = CliRun.kg("ingest", "--store", ingested.toString(), "--date", "2024-05-17", input.toString());
    }

    @Test
    @Order(1)
    void anExportedStoreLoadsIntoTheSameStore() {
        assertEquals(1, ingest.exitCode(), ingest::toString);
        assertTrue(ingest.out().contains("5 added, 0 replaced, 0 unchanged, 4 failed"), ingest::toString);
        Path nq = dir.resolve("export.nq");
        CliRun export = CliRun.kg("export", "--store", ingested.toString(), "--format", "nq", "-o", nq.toString());
        assertEquals(0, export.exitCode(), export::toString);
        Path loaded = dir.resolve("loaded-export");
        CliRun load = CliRun.kg("load", "--store", loaded.toString(), nq.toString());
        assertEquals(0, load.exitCode(), load::toString);
        SameGraphs.assertSame(ingested, loaded, t -> true);
    }

    @Test
    @Order(2)
    void sparkGivesWhatIngestGives() throws Exception {
        Path out = dir.resolve("spark-out");
        Process spark = sparkJob(input.toString(), "--out", out.toString(), "--master", "local[2]", "--date",
                "2024-05-17", "--partitions", "3");
        String output = new String(spark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(spark.waitFor(10, TimeUnit.MINUTES), "the Spark job did not end within 10 minutes");
        assertEquals(1, spark.exitValue(), output);
        assertTrue(output.contains("documents: 5 added, 4 failed"), output);
        assertTrue(output.contains("duplicate document id 'feed-1'"), output);
        assertTrue(output.contains("feed.jsonl:2: malformed JSON"), output);
        assertTrue(output.contains("binary.txt: binary file"), output);

        List<String> rows = table(out.resolve(SparkIngestJob.RESULTS));
        assertEquals(9, rows.size(), rows::toString);
        assertEquals(5, rows.stream().filter(r -> r.contains(",added,")).count(), rows::toString);

        Path loaded = dir.resolve("loaded-spark");
        CliRun load = CliRun.kg("load", "--store", loaded.toString(), out.resolve(SparkIngestJob.NQ).toString());
        assertEquals(0, load.exitCode(), load::toString);
        assertTrue(load.out().contains("5 graphs (5 new, 0 replaced)"), load::toString);
        SameGraphs.assertSame(ingested, loaded, SparkIngestIT::notIngestTime);
    }

    private static boolean notIngestTime(Triple t) {
        return !t.getPredicate().equals(Vocab.provEndedAtTime);
    }

    private static List<String> table(Path results) throws IOException {
        List<String> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                rows.addAll(lines.subList(1, lines.size()));
            }
        }
        return rows;
    }

    /** The Spark job in a JVM of its own, as ./kg-spark runs it: Spark's Servlet API, kg.jar, Spark's jars. */
    static Process sparkJob(String... args) throws IOException {
        String classpath = "target/spark-lib/*" + File.pathSeparator + "target/kg.jar" + File.pathSeparator
                + Files.readString(Path.of("target/spark.classpath")).strip();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String line : Files.readAllLines(Path.of("src/main/resources/org/conflictkg/spark/jvm-options.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                command.add(line.strip());
            }
        }
        command.add("-Xmx3g");
        command.add("-cp");
        command.add(classpath);
        command.add("org.conflictkg.spark.SparkIngestCommand");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }
}
