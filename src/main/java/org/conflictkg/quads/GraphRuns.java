package org.conflictkg.quads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.QuadsFileException;
import org.conflictkg.store.QuadsInput;

/**
 * Reads N-Quads files as runs of quads of one graph: each time the graph name changes, and at the end of a file, the
 * run so far is handed on with the file it came from. A document's graph is one run in what {@code kg export} and
 * the Spark job write, so memory holds one document at a time; a graph spread over several runs comes as several.
 */
public final class GraphRuns {

    private GraphRuns() {
    }

    /** Reads the files in order; a file that does not parse is thrown as a {@link QuadsFileException}. */
    public static void read(List<Path> files, BiConsumer<Path, DocumentGraph> runs) {
        for (Path file : files) {
            Collector collector = new Collector(file, runs);
            QuadsInput.parse(file, collector);
            collector.flush();
        }
    }

    /** Collects consecutive quads of one graph. */
    private static final class Collector extends StreamRDFBase {
        final Path file;
        final BiConsumer<Path, DocumentGraph> runs;
        final List<Quad> quads = new ArrayList<>();
        Node graph;

        Collector(Path file, BiConsumer<Path, DocumentGraph> runs) {
            this.file = file;
            this.runs = runs;
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph() || !quad.getGraph().isURI()) {
                throw new RiotException("a quad outside a named graph (" + quad + "); only named graphs are sent");
            }
            if (!quad.getGraph().equals(graph)) {
                flush();
                graph = quad.getGraph();
            }
            quads.add(quad);
        }

        @Override
        public void triple(Triple triple) {
            throw new RiotException("a triple outside a named graph (" + triple + "); only named graphs are sent");
        }

        void flush() {
            if (!quads.isEmpty()) {
                runs.accept(file, new DocumentGraph(graph, quads));
                quads.clear();
            }
        }
    }
}
