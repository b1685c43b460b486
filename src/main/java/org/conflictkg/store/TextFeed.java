package org.conflictkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;

/**
 * Feeds a bulk load's quads of the indexed predicates to the text index on a thread of its own while the loading
 * thread writes them to the store, in the order the load gives: a graph's old entries are deleted where the load
 * says, before its new ones. Nothing is committed here: the entries wait in the index's writer for the store's
 * write transaction, whose commit commits the index too and whose abort rolls it back. {@link #finish} waits for the
 * thread, which has by then written what it indexed to the index's files (without committing it).
 */
final class TextFeed {

    /** Quads handed to the feeding thread at a time. */
    private static final int BATCH = 1_000;
    /** Batches the loading thread may be ahead of the feeding thread. */
    private static final int QUEUED = 64;
    private static final Runnable END = () -> { };

    private final TextIndexLucene lucene;
    private final Set<Node> predicates;
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private List<Quad> batch = new ArrayList<>(BATCH);
    private volatile boolean cancelled;
    private volatile Throwable failure;

    TextFeed(TextIndexLucene lucene, Collection<Node> predicates) {
        this.lucene = lucene;
        this.predicates = Set.copyOf(predicates);
        thread = new Thread(this::run, "kg-load-text");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the index takes this quad: a literal of an indexed predicate. */
    boolean indexes(Quad quad) {
        return quad.getObject().isLiteral() && predicates.contains(quad.getPredicate());
    }

    /** Queues a quad of an indexed predicate (see {@link #indexes}), new to the store, for its entry. */
    void add(Quad quad) {
        batch.add(quad);
        if (batch.size() == BATCH) {
            send();
        }
    }

    /** Queues the deletion of a graph's entries, after the entries queued before. */
    void deleteGraph(Node graph) {
        send();
        Term term = new Term(lucene.getDocDef().getGraphField(), TextQueryFuncs.graphNodeToString(graph));
        put(() -> {
            try {
                lucene.getIndexWriter().deleteDocuments(term);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Queues a graph's entries again as the store holds it now; inside the load's transaction. */
    void replaceGraph(DatasetGraph dsg, Node graph) {
        deleteGraph(graph);
        for (Node predicate : predicates) {
            Iterator<Quad> found = dsg.find(graph, Node.ANY, predicate, Node.ANY);
            while (found.hasNext()) {
                Quad quad = found.next();
                if (indexes(quad)) {
                    add(quad);
                }
            }
        }
    }

    /**
     * Queues writing what is indexed so far to the index's files (uncommitted), so that the thread does it while
     * the loading thread goes on and less is left for {@link #finish}.
     */
    void flush() {
        send();
        put(this::flushWriter);
    }

    /** Waits until the thread has indexed everything queued and written it to the index's files, uncommitted. */
    void finish() {
        send();
        put(END);
        join();
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new StoreException("cannot feed the text index (" + failure.getMessage() + ")", failure);
        }
    }

    /** Stops the thread, dropping what is queued; the index's writer is rolled back with the store's transaction. */
    void cancel() {
        if (!thread.isAlive()) {
            return;
        }
        cancelled = true;
        queue.clear();
        put(END);
        join();
    }

    private void send() {
        if (!batch.isEmpty()) {
            List<Quad> quads = batch;
            batch = new ArrayList<>(BATCH);
            put(() -> index(quads));
        }
    }

    private void put(Runnable task) {
        try {
            while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    throw new StoreException("the text index's feeding thread stopped", failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while feeding the text index", e);
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the text index", e);
        }
    }

    /** Runs the queued tasks until the end, then writes the indexed entries; after a failure it only drains. */
    private void run() {
        try {
            Runnable task = queue.take();
            while (task != END) {
                if (failure == null && !cancelled) {
                    runTask(task);
                }
                task = queue.take();
            }
            if (failure == null && !cancelled) {
                runTask(this::flushWriter);
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    private void runTask(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void flushWriter() {
        try {
            lucene.getIndexWriter().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void index(List<Quad> quads) {
        for (Quad quad : quads) {
            Entity entity = TextQueryFuncs.entityFromQuad(lucene.getDocDef(), quad);
            if (entity != null) {
                lucene.addEntity(entity);
            }
        }
    }
}
