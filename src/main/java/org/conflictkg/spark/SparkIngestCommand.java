package org.conflictkg.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.conflictkg.source.PublicationDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg-spark}: the Spark job's command line, for {@code ./kg-spark} and {@code spark-submit}. */
@Command(name = "kg-spark", mixinStandardHelpOptions = true,
        description = "Ingest .txt, .md, .html and .jsonl files on Apache Spark: writes the document graphs as "
                + "gzip N-Quads to OUT/nq (for 'kg load' or 'kg push') and a CSV table of per-document results to "
                + "OUT/results.")
public final class SparkIngestCommand implements Callable<Integer> {

    /** Exit code: every document was added. */
    static final int OK = 0;
    /** Exit code: some documents or inputs failed (the others were written). */
    static final int SOME_FAILED = 1;
    /** Exit code: a usage error. */
    static final int USAGE = 2;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The output directory (a path Spark writes: local, hdfs://, s3a://); must not exist.")
    private String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (local[*], local[2], spark://host:7077, yarn, k8s://...); by default the "
                    + "one spark-submit gives.")
    private String master;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Publication date of documents that carry none, as for 'kg ingest'.")
    private String date;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions to analyse the files in (default: 4 per core of the cluster).")
    private int partitions;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories (any path Spark reads).")
    private List<String> inputs;

    /** Runs the job with these arguments and exits with its code. */
    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // Hadoop brings a StAX parser (Woodstox) that refuses a property Jena sets, and Jena logs that as an error
        // each time it reads XML; the parse itself works.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.util.JenaXMLInput", "off");
        CommandLine cli = new CommandLine(new SparkIngestCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("kg-spark: " + (ex instanceof IllegalArgumentException ? ex.getMessage()
                    : "error: " + ex));
            commandLine.getErr().flush();
            return ex instanceof IllegalArgumentException ? USAGE : SOME_FAILED;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        PublicationDate publication = null;
        if (date != null) {
            try {
                publication = PublicationDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(PublicationDate.problem("--date", date, e));
            }
        }
        SparkSession.Builder builder = SparkSession.builder().appName("conflict-kg ingest")
                .config("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            builder.master(master);
        }
        if (master != null && master.startsWith("local")) {
            builder.config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        SparkIngestJob.Summary summary;
        try {
            summary = SparkIngestJob.run(spark, new SparkIngestJob.Options(inputs, out, publication, partitions));
        } finally {
            spark.stop();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        summary.problems().forEach(p -> err.println("kg-spark: " + p));
        stdout.printf(Locale.ROOT, "Ingested on Spark into %s in %.1f s%n", out, summary.seconds());
        stdout.printf(Locale.ROOT, "  documents: %d added, %d failed%n", summary.added(), summary.failed());
        stdout.printf(Locale.ROOT, "  %,d sentences, %,d tokens, %,d events, %,d quads%n", summary.sentences(),
                summary.tokens(), summary.events(), summary.quads());
        stdout.printf(Locale.ROOT, "  graphs: %s/%s (kg load or kg push them); results: %s/%s%n", out,
                SparkIngestJob.NQ, out, SparkIngestJob.RESULTS);
        stdout.flush();
        err.flush();
        return summary.failed() > 0 ? SOME_FAILED : OK;
    }
}
