package org.conflictkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.conflictkg.vocabulary.CKG;

/**
 * The knowledge graph on disk: an Apache Jena TDB2 database with one named graph per document. Queries see the
 * union of the named graphs as their default graph. Writes replace whole graphs inside one transaction, so a
 * reader never sees part of a document and a failure leaves the store as it was. A full-text index of names and
 * texts ({@link StoreTextIndex}, {@code text:query}) is kept by the same writes. TDB2 lets one process at a time
 * open a database; a second gets a {@link StoreException} that says so.
 */
public final class Tdb2Store implements AutoCloseable {

    private final Path directory;
    private final DatasetGraph dsg;
    private final StoreTextIndex textIndex;

    private Tdb2Store(Path directory, DatasetGraph dsg, StoreTextIndex textIndex) {
        this.directory = directory;
        this.dsg = dsg;
        this.textIndex = textIndex;
    }

    /** Opens the store in this directory, creating it when it does not exist. */
    public static Tdb2Store open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("store " + dir + ": not a directory");
            }
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new StoreException("store " + dir + ": the directory is read-only (a read-only file system "
                        + "or no write permission); TDB2 writes its lock and journal even to read, so nothing "
                        + "was done: copy the store somewhere writable or remount it read-write");
            }
        } catch (IOException e) {
            throw new StoreException("store " + dir + ": cannot create the directory (" + e.getMessage() + ")", e);
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            // The full-text index is built from the store when it is missing, of another version or behind.
            StoreTextIndex textIndex;
            try {
                textIndex = StoreTextIndex.open(dir, dsg);
            } catch (RuntimeException e) {
                org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
                throw e;
            }
            // A store written before the summary graph existed (or with an older summary) gets it built once.
            if (Txn.calculateRead(dsg, () -> !StoreSummary.current(dsg) && dsg.find().hasNext())) {
                textIndex.write(() -> StoreSummary.rebuild(textIndex.writer()));
            }
            return new Tdb2Store(dir, dsg, textIndex);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(dir, e);
        }
    }

    /** Opens an existing store for reading and querying; fails when there is none. */
    public static Tdb2Store openExisting(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new StoreException("store " + dir + ": no store here (run 'kg ingest' first, or give --store)");
        }
        return open(dir);
    }

    private static StoreException translate(Path dir, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return new StoreException("store " + dir + " is in use by another process (" + firstLine(message)
                    + "); if it is 'kg serve', send documents to it with 'kg ingest --server URL --passwd FILE' "
                    + "(the server must run with --update), or stop it first", e);
        }
        return new StoreException("store " + dir + ": cannot open (" + firstLine(message) + ")", e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The directory of the store. */
    public Path directory() {
        return directory;
    }

    /** The dataset, with the union of the named graphs as its default graph and the text index, for queries. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /** The content hash recorded for a graph, if the store holds it. */
    public Optional<String> contentHash(Node graph) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> found = dsg.find(graph, graph, CKG.contentHash, Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm())
                    : Optional.<String>empty();
        });
    }

    /** Whether the store holds a graph of this name. */
    public boolean contains(Node graph) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(graph) && !dsg.getGraph(graph).isEmpty());
    }

    /**
     * Replaces each of these graphs with its new content, all in one write transaction: either every graph is
     * replaced or, when anything fails, none is. The summary graph ({@link CKG#SUMMARY_GRAPH}) is brought up to
     * date in the same transaction.
     */
    public void replace(List<DocumentGraph> graphs) {
        for (DocumentGraph graph : graphs) {
            if (graph.name().equals(CKG.SUMMARY_GRAPH)) {
                throw new IllegalArgumentException("the summary graph is kept by the store, not written");
            }
        }
        DatasetGraph writer = textIndex.writer();
        try {
            textIndex.write(() -> {
                StoreSummary.Keys changed = new StoreSummary.Keys();
                for (DocumentGraph graph : graphs) {
                    changed.addStored(writer, graph.name());
                    changed.addAll(graph.quads());
                    writer.deleteAny(graph.name(), Node.ANY, Node.ANY, Node.ANY);
                    for (Quad quad : graph.quads()) {
                        if (!quad.getGraph().equals(graph.name())) {
                            throw new IllegalArgumentException("quad outside graph " + graph.name() + ": " + quad);
                        }
                        writer.add(quad);
                    }
                }
                StoreSummary.update(writer, changed);
            });
        } catch (RuntimeException e) {
            throw new StoreException("store " + directory + ": write failed, nothing of this batch was stored ("
                    + firstLine(String.valueOf(e.getMessage())) + ")", e);
        } catch (InternalError e) {
            // TDB2 writes its indexes through memory-mapped files: on a full disk the write faults (SIGBUS), which
            // the JVM raises as this error; the transaction has been aborted and the committed data is untouched.
            throw new StoreException("store " + directory + ": write failed, nothing of this batch was stored (a "
                    + "write to a memory-mapped file faulted: the disk is probably full)", e);
        }
    }

    /**
     * Replaces a reference graph (the ontology, the knowledge base) when its content hash differs from the stored
     * one; returns whether it did.
     */
    public boolean refresh(Node name, Graph content, String contentHash) {
        if (contentHash(name).filter(contentHash::equals).isPresent()) {
            return false;
        }
        List<Quad> quads = new ArrayList<>();
        content.find().forEach(t -> quads.add(Quad.create(name, t)));
        quads.add(Quad.create(name, Triple.create(name, CKG.contentHash, NodeFactory.createLiteralString(
                contentHash))));
        replace(List.of(new DocumentGraph(name, quads)));
        return true;
    }

    /** Jena's TDB2 bulk loaders. */
    public enum BulkLoader {
        /** One write transaction, indexes built as it goes; crash-safe. */
        BASIC,
        /** One write transaction, the primary index first and then the others in turn; crash-safe. */
        SEQUENTIAL,
        /** Primary index first, then the others; takes the database exclusively, not crash-safe. */
        PHASED,
        /** Several threads; takes the database exclusively, not crash-safe. */
        PARALLEL
    }

    /**
     * Loads RDF files (N-Quads, TriG, ...) with one of Jena's own TDB2 bulk loaders; returns the quads loaded. The
     * phased and parallel loaders take the database exclusively and are not crash-safe: use them on a new store.
     */
    public long bulkLoad(List<Path> files, BulkLoader kind) {
        DataLoader loader = switch (kind) {
            case BASIC -> LoaderFactory.basicLoader(dsg, MonitorOutputs.nullOutput());
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, MonitorOutputs.nullOutput());
            case PHASED -> LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
        };
        try {
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            textIndex.write(() -> StoreSummary.rebuild(textIndex.writer()));
            textIndex.rebuild();
            return loader.countQuads() + loader.countTriples();
        } catch (RuntimeException e) {
            throw new StoreException("store " + directory + ": bulk load failed ("
                    + firstLine(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    /** Removes a graph, and its part of the summary graph; returns whether there was one. */
    public boolean remove(Node graph) {
        if (graph.equals(CKG.SUMMARY_GRAPH)) {
            throw new IllegalArgumentException("the summary graph is kept by the store, not removed");
        }
        DatasetGraph writer = textIndex.writer();
        boolean[] present = new boolean[1];
        textIndex.write(() -> {
            present[0] = writer.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext();
            StoreSummary.Keys changed = new StoreSummary.Keys();
            changed.addStored(writer, graph);
            writer.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            StoreSummary.update(writer, changed);
        });
        return present[0];
    }

    /** Builds the summary graph again from all the other graphs (it is otherwise kept up to date by each write). */
    public void rebuildSummary() {
        textIndex.write(() -> StoreSummary.rebuild(textIndex.writer()));
    }

    /** Builds the full-text index again from the store (it is otherwise kept up to date by each write). */
    public void rebuildTextIndex() {
        textIndex.rebuild();
    }

    /** Indexes these graphs (and the summary graph) again in the full-text index, after a bulk load replaced them. */
    void reindexText(Collection<Node> graphs) {
        textIndex.reindex(graphs);
    }

    /** The names of the document graphs (every graph typed as holding a ckg:Document), in order. */
    public List<Node> documentGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CKG.Document)
                    .forEachRemaining(q -> {
                        if (q.getGraph().equals(q.getSubject())) {
                            names.add(q.getGraph());
                        }
                    });
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
    }

    /** What the store holds: documents, sentences, entities, events and quads. */
    public StoreCensus census() {
        return Txn.calculateRead(dsg, () -> StoreCensus.of(dsg));
    }

    /** The number of quads in the store, all graphs together. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long count = 0;
            Iterator<Quad> all = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (all.hasNext()) {
                all.next();
                count++;
            }
            return count;
        });
    }

    /** The bytes the store takes on disk. */
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new StoreException("store " + directory + ": cannot measure its size (" + e.getMessage() + ")", e);
        }
    }

    /** Compacts the database, reclaiming the space of replaced graphs. */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        textIndex.listen();
    }

    /** The raw dataset graph, for the server and exports in this package's neighbours. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /**
     * The dataset for writers that use Jena's dataset API directly (SPARQL Update, the Graph Store Protocol): each
     * of its write transactions brings the summary graph up to date for what it changed before it commits.
     */
    public DatasetGraph summarizedDatasetGraph() {
        return new SummarizedDatasetGraph(dsg);
    }

    @Override
    public void close() {
        textIndex.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
