package org.conflictkg.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * an error leaves the store as it was; a reader never sees part of a load. The text index takes each new quad of an
 * indexed predicate on a thread of its own while the quads stream ({@link TextFeed}), and the summary graph's
 * entries after it; it commits with the store.
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
        StoreCensus census;
        try {
            loader.startBulk();
        } catch (RuntimeException e) {
            throw new StoreException("store " + store.directory() + ": cannot start the load ("
                    + e.getMessage() + ")", e);
        }
        TextFeed text = store.textFeed();
        try {
            sink = new Replacing(loader.stream(), dsg, dsg.isEmpty() ? new LoadedQuads(dsg) : null, text);
            for (Path file : files) {
                try {
                    QuadsInput.parse(file, sink);
                } catch (QuadsFileException e) {
                    throw new QuadsFileException(file, e.problem() + "; nothing was stored", e.getCause());
                }
            }
            text.flush();
            for (Reference reference : references) {
                sink.refresh(reference);
            }
            StoreSummary.update(sink.copy != null ? sink.copy : SummaryQuads.of(dsg), sink.changed);
            text.replaceGraph(dsg, CKG.SUMMARY_GRAPH);
            // counted in the transaction (what it will commit) while the text index's thread catches up
            census = StoreCensus.of(dsg);
            text.finish();
            store.commitFed(loader::finishBulk);
        } catch (QuadsFileException e) {
            text.cancel();
            loader.finishException(e);
            throw e;
        } catch (RuntimeException e) {
            text.cancel();
            loader.finishException(e);
            throw new StoreException("store " + store.directory() + ": load failed, nothing was stored ("
                    + e.getMessage() + ")", e);
        }
        return new Report(files.size(), sink.seen.size(), sink.replaced, sink.quads,
                (System.nanoTime() - start) / 1e9, census);
    }

    /**
     * Deletes each graph's stored content when its first quad arrives, and records what that content and each new
     * quad bear on. Into a store that held nothing, it also copies what the summary reads of each new quad, until a
     * graph written earlier in the load is replaced (then the summary reads the store). It hands each new quad of
     * an indexed predicate to the text index once, however often the files repeat it.
     */
    private static final class Replacing extends StreamRDFWrapper {
        final DatasetGraph dsg;
        final TextFeed text;
        final Set<Node> seen = new HashSet<>();
        final StoreSummary.Keys changed = new StoreSummary.Keys();
        /** The graph of the quads arriving now (a file's graphs come one after another). */
        Node run;
        /** Whether the run's graph had quads earlier in the load; else the run's quads for the text index so far. */
        boolean runAgain;
        final Set<Quad> runText = new HashSet<>();
        LoadedQuads copy;
        int replaced;
        long quads;

        Replacing(StreamRDF loader, DatasetGraph dsg, LoadedQuads copy, TextFeed text) {
            super(loader);
            this.dsg = dsg;
            this.copy = copy;
            this.text = text;
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
            boolean first = seen.add(graph);
            if (first) {
                if (dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    copy = null;
                    replaced++;
                    changed.addStored(dsg, graph);
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    text.deleteGraph(graph);
                }
                changed.addLoadedGraph(graph);
            }
            if (graph != run && !graph.equals(run)) {
                run = graph;
                runAgain = !first;
                runText.clear();
            }
            quads++;
            if (text.indexes(quad) && (runAgain ? !dsg.contains(quad) : runText.add(quad))) {
                text.add(quad);
            }
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
            text.deleteGraph(name);
            changed.addLoadedGraph(name);
            reference.content().get().find().forEachRemaining(t -> storeReference(Quad.create(name, t)));
            storeReference(Quad.create(name, name, CKG.contentHash, hash));
        }

        /** Stores a quad of a reference graph's new content (a graph holds each quad once). */
        private void storeReference(Quad quad) {
            if (text.indexes(quad)) {
                text.add(quad);
            }
            store(quad);
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
