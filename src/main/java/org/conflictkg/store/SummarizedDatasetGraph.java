package org.conflictkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.vocabulary.CKG;

/**
 * The store's dataset for writers that change quads through Jena's dataset API rather than through
 * {@link Tdb2Store#replace} (the server's SPARQL Update and Graph Store Protocol endpoints): it records what each
 * write transaction adds and deletes, and brings the summary graph up to date for those changes just before the
 * transaction commits, in the same transaction. A reader therefore never sees graphs and summary disagree, and an
 * aborted transaction leaves both as they were. A change to the summary graph itself, or clearing the whole dataset,
 * has the summary rebuilt from the other graphs at the commit. Queries see the wrapped store unchanged (ARQ unwraps
 * a plain wrapper, so TDB2's query engine runs them).
 */
final class SummarizedDatasetGraph extends DatasetGraphWrapper {

    /** What one thread's write transaction has changed so far. */
    private static final class Changes {
        final StoreSummary.Keys keys = new StoreSummary.Keys();
        boolean rebuild;
    }

    private final ThreadLocal<Changes> changes = new ThreadLocal<>();

    SummarizedDatasetGraph(DatasetGraph dsg) {
        super(dsg);
    }

    private Changes changes() {
        Changes current = changes.get();
        if (current == null) {
            current = new Changes();
            changes.set(current);
        }
        return current;
    }

    private void record(Quad quad) {
        Changes current = changes();
        if (quad.getGraph().equals(CKG.SUMMARY_GRAPH)) {
            current.rebuild = true;
            return;
        }
        current.keys.add(quad);
        current.keys.addGraph(quad.getGraph());
    }

    /** Records the quads this pattern matches, before they are deleted. */
    private void recordMatches(Node g, Node s, Node p, Node o) {
        getR().find(g, s, p, o).forEachRemaining(this::record);
    }

    @Override
    public void add(Quad quad) {
        record(quad);
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        record(Quad.create(g, s, p, o));
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        record(quad);
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        record(Quad.create(g, s, p, o));
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        recordMatches(g, s, p, o);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void clear() {
        changes().rebuild = true;
        super.clear();
    }

    @Override
    public void removeGraph(Node graphName) {
        recordMatches(graphName, Node.ANY, Node.ANY, Node.ANY);
        super.removeGraph(graphName);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        recordMatches(graphName, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> record(Quad.create(graphName, t)));
        super.addGraph(graphName, graph);
    }

    /** A view whose writes come back through this dataset, so that they are recorded. */
    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode)) {
            return getDefaultGraph();
        }
        if (Quad.isUnionGraph(graphNode)) {
            return getUnionGraph();
        }
        return GraphView.createNamedGraph(this, graphNode);
    }

    /** A view whose writes come back through this dataset, so that they are recorded. */
    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    /** Brings the summary up to date for this transaction's changes, then commits. */
    @Override
    public void commit() {
        Changes current = changes.get();
        if (current != null && transactionMode() == ReadWrite.WRITE) {
            if (current.rebuild) {
                StoreSummary.rebuild(getW());
            } else {
                StoreSummary.update(getW(), current.keys);
            }
        }
        changes.remove();
        super.commit();
    }

    @Override
    public void abort() {
        changes.remove();
        super.abort();
    }

    @Override
    public void end() {
        changes.remove();
        super.end();
    }
}
