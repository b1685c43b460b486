package org.conflictkg.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.conflictkg.vocabulary.CKG;

/**
 * Loads N-Quads files (plain or gzip) into a store with Jena's basic TDB2 bulk loader, all files in one write
 * transaction: each graph the files hold replaces the graph of that name in the store (its old content is deleted
 * when its first quad arrives), and the summary graph and date index are brought up to date before the commit.
 * Reference graphs (the ontology, the knowledge base) are replaced in the same transaction, after the files, when
 * their content hash differs from the stored one (a file's version of one gives way to the program's). A crash or
 * an error leaves the store as it was; a reader never sees part of a load. After the commit the text index takes
 * the loaded graphs while a second thread counts what the store holds (the report's census).
 */
public final class QuadsLoader {

    /**
     * What a load did.
     *
     * @param files the files read
     * @param graphs the graphs loaded
     * @param replaced of those, the graphs the store held before
     * @param quads the quads read
     * @param seconds wall time
     * @param census what the store holds after the load
     */
    public record Report(int files, int graphs, int replaced, long quads, double seconds, StoreCensus census) {
    }

    /**
     * A reference graph to bring up to date with a load.
     *
     * @param name the graph's name
     * @param contentHash the hash of its current content, recorded in it as {@code ckg:contentHash}
     * @param content its current content, read only when the stored hash differs
     */
    public record Reference(Node name, String contentHash, Supplier<Graph> content) {
    }

    private QuadsLoader() {
    }

    /** Loads the files into the store, replacing their graphs; a bad file stops the load and nothing is stored. */
    public static Report load(Tdb2Store store, List<Path> files) {
        return load(store, List.of(), files);
    }

    /**
     * Loads the files into the store, replacing their graphs, and replaces each reference graph whose stored hash
     * differs, all in one transaction; a bad file stops the load and nothing is stored.
     */
    public static Report load(Tdb2Store store, List<Reference> references, List<Path> files) {
        long start = System.nanoTime();
        DatasetGraph dsg = store.datasetGraph();
        DataLoader loader = LoaderFactory.basicLoader(dsg, MonitorOutputs.nullOutput());
        Replacing sink;
        try {
            loader.startBulk();
        } catch (RuntimeException e) {
            throw new StoreException("store " + store.directory() + ": cannot start the load ("
                    + e.getMessage() + ")", e);
        }
        try {
            sink = new Replacing(loader.stream(), dsg, dsg.isEmpty() ? new LoadedQuads(dsg) : null);
            for (Path file : files) {
                try {
                    QuadsInput.parse(file, sink);
                } catch (QuadsFileException e) {
                    throw new QuadsFileException(file, e.problem() + "; nothing was stored", e.getCause());
                }
            }
            for (Reference reference : references) {
                sink.refresh(reference);
            }
            StoreSummary.update(sink.copy != null ? sink.copy : SummaryQuads.of(dsg), sink.changed);
            loader.finishBulk();
        } catch (QuadsFileException e) {
            loader.finishException(e);
            throw e;
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("store " + store.directory() + ": load failed, nothing was stored ("
                    + e.getMessage() + ")", e);
        }
        CompletableFuture<StoreCensus> census = CompletableFuture.supplyAsync(store::census, task -> {
            Thread thread = new Thread(task, "kg-load-census");
            thread.setDaemon(true);
            thread.start();
        });
        store.reindexText(sink.written);
        return new Report(files.size(), sink.seen.size(), sink.replaced, sink.quads,
                (System.nanoTime() - start) / 1e9, join(census));
    }

    /** The census, or the exception that stopped it. */
    private static StoreCensus join(CompletableFuture<StoreCensus> census) {
        try {
            return census.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Deletes each graph's stored content when its first quad arrives, and records what that content and each new
     * quad bear on. Into a store that held nothing, it also copies what the summary reads of each new quad, until a
     * graph written earlier in the load is replaced (then the summary reads the store).
     */
    private static final class Replacing extends StreamRDFWrapper {
        final DatasetGraph dsg;
        final Set<Node> seen = new HashSet<>();
        final Set<Node> written = new LinkedHashSet<>();
        final StoreSummary.Keys changed = new StoreSummary.Keys();
        LoadedQuads copy;
        int replaced;
        long quads;

        Replacing(StreamRDF loader, DatasetGraph dsg, LoadedQuads copy) {
            super(loader);
            this.dsg = dsg;
            this.copy = copy;
        }

        @Override
        public void quad(Quad quad) {
            Node graph = quad.getGraph();
            if (quad.isDefaultGraph() || !graph.isURI()) {
                throw new RiotException("a quad outside a named graph (" + quad + "); kg loads document graphs");
            }
            if (graph.equals(CKG.SUMMARY_GRAPH)) {
                throw new RiotException("a quad of the summary graph <" + graph.getURI() + ">, which the store "
                        + "computes itself; leave it out");
            }
            if (quad.getObject().isLiteral() && !quad.getObject().getLiteral().isWellFormed()) {
                throw new RiotException("an ill-typed literal (" + quad.getObject() + ") in graph <" + graph.getURI()
                        + ">");
            }
            if (seen.add(graph)) {
                if (dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    copy = null;
                    replaced++;
                    changed.addStored(dsg, graph);
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                }
                changed.addLoadedGraph(graph);
                written.add(graph);
            }
            quads++;
            store(quad);
        }

        /**
         * Replaces a reference graph when the store holds another version of it, as {@link Tdb2Store#refresh}
         * would; its quads count neither as loaded graphs nor as quads read.
         */
        void refresh(Reference reference) {
            Node name = reference.name();
            Node hash = NodeFactory.createLiteralString(reference.contentHash());
            if (dsg.contains(name, name, CKG.contentHash, hash)) {
                return;
            }
            if (seen.contains(name)) {
                copy = null;
            }
            changed.addStored(dsg, name);
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            changed.addLoadedGraph(name);
            written.add(name);
            reference.content().get().find().forEachRemaining(t -> store(Quad.create(name, t)));
            store(Quad.create(name, name, CKG.contentHash, hash));
        }

        private void store(Quad quad) {
            changed.addLoaded(quad);
            if (copy != null) {
                copy.record(quad);
            }
            super.quad(quad);
        }

        @Override
        public void triple(Triple triple) {
            throw new RiotException("a triple outside a named graph (" + triple + "); kg loads document graphs");
        }
    }
}
