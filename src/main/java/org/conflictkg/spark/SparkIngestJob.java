package org.conflictkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.conflictkg.source.PublicationDate;
import scala.Tuple2;

/**
 * {@code kg ingest} on Apache Spark: reads the inputs {@code kg ingest} reads (JSONL, text, Markdown, HTML) from any
 * path Spark reads, runs the pipeline over each partition with the models loaded once per executor JVM, and writes
 * under the output directory {@code nq/} (the document graphs as gzip N-Quads, one file per partition, for
 * {@code kg load} or {@code kg push}) and {@code results/} (a CSV table with a row per document or failed input).
 * Documents get the ids and graphs {@code kg ingest} gives them; a second document with an id already seen fails,
 * as in {@code kg ingest}, and a bad document is a row of the table, never a failed job.
 */
public final class SparkIngestJob {

    /** The directory of the N-Quads below the output directory. */
    public static final String NQ = "nq";
    /** The directory of the results table below the output directory. */
    public static final String RESULTS = "results";

    /**
     * What the job is to do.
     *
     * @param inputs input paths as Spark names them (local, {@code hdfs://}, {@code s3a://} ...)
     * @param output the output directory, which must not exist
     * @param date the publication date of documents that carry none, or null
     * @param partitions the number of partitions to analyse in (0: Spark's default parallelism times 4)
     */
    public record Options(List<String> inputs, String output, PublicationDate date, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * What the job did.
     *
     * @param added documents whose graphs were written
     * @param failed documents and inputs that gave no graph
     * @param sentences sentences annotated
     * @param tokens tokens annotated
     * @param events events found
     * @param quads quads written
     * @param problems the failures, "origin: reason", at most the first 100
     * @param seconds wall time
     */
    public record Summary(long added, long failed, long sentences, long tokens, long events, long quads,
            List<String> problems, double seconds) {
    }

    private static final StructType TABLE = new StructType()
            .add("id", DataTypes.StringType).add("graph", DataTypes.StringType)
            .add("origin", DataTypes.StringType).add("status", DataTypes.StringType)
            .add("reason", DataTypes.StringType).add("warnings", DataTypes.StringType)
            .add("sentences", DataTypes.LongType).add("tokens", DataTypes.LongType)
            .add("entities", DataTypes.LongType).add("events", DataTypes.LongType)
            .add("quads", DataTypes.LongType);

    private SparkIngestJob() {
    }

    /** Runs the job; an input that does not exist is a row of the table, an output that exists is thrown. */
    public static Summary run(SparkSession spark, Options options) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.output());
        List<InputRoot> roots = new ArrayList<>();
        List<DocumentResult> missing = new ArrayList<>();
        List<String> readable = new ArrayList<>();
        try {
            if (out.getFileSystem(hadoop).exists(out)) {
                throw new IllegalArgumentException(options.output() + ": the output directory exists (give a new "
                        + "one; Spark does not write into an existing directory)");
            }
            for (int i = 0; i < options.inputs().size(); i++) {
                String input = options.inputs().get(i);
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
                FileSystem fs = path.getFileSystem(hadoop);
                if (!fs.exists(path)) {
                    missing.add(DocumentResult.failed("", "", input, "no such file or directory",
                            String.format("%05d/", i)));
                    continue;
                }
                FileStatus status = fs.getFileStatus(path);
                String qualified = fs.makeQualified(path).toString();
                roots.add(new InputRoot(qualified, i, status.isFile()));
                readable.add(qualified);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;
        JavaRDD<DocumentResult> analysed = sc.parallelize(missing, 1);
        if (!readable.isEmpty()) {
            JavaRDD<Tuple2<String, PortableDataStream>> files = sc.binaryFiles(String.join(",", readable))
                    .rdd().toJavaRDD().repartition(partitions);
            analysed = analysed.union(files.mapPartitions(new PartitionAnalyser(roots, options.date())));
        }
        analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<DocumentResult> results = withoutDuplicates(sc, analysed).persist(StorageLevel.MEMORY_AND_DISK_SER());
        results.filter(DocumentResult::added).map(DocumentResult::nquads)
                .saveAsTextFile(out + "/" + NQ, GzipCodec.class);
        Dataset<Row> table = spark.createDataFrame(results.map(SparkIngestJob::row), TABLE);
        table.write().option("header", "true").csv(out + "/" + RESULTS);
        NQuadsParts.rename(new org.apache.hadoop.fs.Path(out, NQ), hadoop);
        Summary summary = summarise(results, start);
        results.unpersist();
        analysed.unpersist();
        return summary;
    }

    /**
     * The results with every document whose id an earlier document (in the order {@code kg ingest} reads them) has
     * taken turned into a failure, as {@code kg ingest} fails it.
     */
    private static JavaRDD<DocumentResult> withoutDuplicates(JavaSparkContext sc, JavaRDD<DocumentResult> results) {
        Map<String, String> losers = new HashMap<>(results.filter(DocumentResult::added)
                .mapToPair(r -> new Tuple2<>(r.id(), new Tuple2<>(r.order(), r.origin())))
                .groupByKey()
                .filter(group -> group._2().iterator().hasNext() && count(group._2()) > 1)
                .flatMapToPair(group -> {
                    List<Tuple2<String, String>> sorted = new ArrayList<>();
                    group._2().forEach(sorted::add);
                    sorted.sort((a, b) -> a._1().compareTo(b._1()));
                    List<Tuple2<String, String>> lost = new ArrayList<>();
                    for (Tuple2<String, String> later : sorted.subList(1, sorted.size())) {
                        lost.add(new Tuple2<>(later._1(), sorted.get(0)._2()));
                    }
                    return lost.iterator();
                })
                .collectAsMap());
        if (losers.isEmpty()) {
            return results;
        }
        Broadcast<Map<String, String>> lost = sc.broadcast(losers);
        return results.map(r -> {
            String earlier = r.added() ? lost.value().get(r.order()) : null;
            return earlier == null ? r : r.failedBecause("duplicate document id '" + r.id() + "' (also at "
                    + earlier + "); this one was not ingested");
        });
    }

    private static long count(Iterable<?> items) {
        long n = 0;
        for (Object ignored : items) {
            n++;
        }
        return n;
    }

    private static Row row(DocumentResult r) {
        return RowFactory.create(r.id(), r.graph(), r.origin(), r.status(), r.reason(), r.warnings(), r.sentences(),
                r.tokens(), r.entities(), r.events(), r.quads());
    }

    private static Summary summarise(JavaRDD<DocumentResult> results, long start) {
        long[] totals = results.map(r -> new long[] {r.added() ? 1 : 0, r.added() ? 0 : 1, r.sentences(),
                r.tokens(), r.events(), r.quads()})
                .fold(new long[6], (a, b) -> {
                    long[] sum = new long[6];
                    for (int i = 0; i < 6; i++) {
                        sum[i] = a[i] + b[i];
                    }
                    return sum;
                });
        List<String> problems = results.filter(r -> !r.added()).map(r -> r.origin() + ": " + r.reason()).take(100);
        return new Summary(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], problems,
                (System.nanoTime() - start) / 1e9);
    }
}
