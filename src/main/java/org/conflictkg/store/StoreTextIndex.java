package org.conflictkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * The store's full-text index: a Jena text index (Lucene) in {@code STORE/text-index} over the names and the document
 * texts, which SPARQL searches with {@code text:query}. Each indexed predicate has a field of its own: entity labels
 * of the summary graph ({@code ckg:summaryLabel}), aliases ({@code skos:altLabel}), labels of events and incidents
 * ({@code rdfs:label}), document titles and identifiers ({@code dct:title}, {@code dct:identifier}) and document
 * texts ({@code nif:isString}); each entry records its graph, so that a replaced graph's entries are deleted with it.
 *
 * <p>Writes through {@link #writer()} feed the index inside the store's transaction: Lucene prepares its commit
 * before TDB2's commit point and commits after it. A crash between the two would leave the index behind the store,
 * so every write transaction first records {@code text-index.pending} (synced to disk) and removes it once both
 * have committed; an index whose files or {@code text-index.version} are missing or different, or with the pending
 * record present, is built again from the store when the store opens. Writes that do not go through the writer
 * (SPARQL Update and Graph Store writes of a server) leave the record, so the index is rebuilt at the next opening.
 */
final class StoreTextIndex implements AutoCloseable {

    /** The version of the index's shape; an index of another version is built again. */
    static final String VERSION = "1";
    /** The indexed predicates, each its own field. */
    static final List<Node> PREDICATES = List.of(CKG.summaryLabel, Vocab.skosAltLabel, RDFS.label.asNode(),
            Vocab.dctTitle, Vocab.dctIdentifier, Vocab.nifIsString);
    private static final List<String> FIELDS = List.of("summaryLabel", "altLabel", "label", "title", "identifier",
            "text");

    private final Path storeDir;
    private final Path indexDir;
    private final Path versionFile;
    private final Path pendingFile;
    private final DatasetGraph base;
    private final TextIndexLucene lucene;
    private final ThreadLocal<Boolean> feeding = ThreadLocal.withInitial(() -> false);
    private DatasetGraph writer;

    private StoreTextIndex(Path storeDir, DatasetGraph base, TextIndexLucene lucene) {
        this.storeDir = storeDir;
        this.indexDir = storeDir.resolve("text-index");
        this.versionFile = storeDir.resolve("text-index.version");
        this.pendingFile = storeDir.resolve("text-index.pending");
        this.base = base;
        this.lucene = lucene;
    }

    /** Opens (or creates) the index of the store in this directory, building it again when it is not current. */
    static StoreTextIndex open(Path storeDir, DatasetGraph base) {
        Path indexDir = storeDir.resolve("text-index");
        boolean current = isCurrent(storeDir);
        TextIndexLucene lucene;
        try {
            lucene = new TextIndexLucene(FSDirectory.open(indexDir), config());
        } catch (IOException | RuntimeException e) {
            throw new StoreException("store " + storeDir + ": cannot open the text index " + indexDir + " ("
                    + e.getMessage() + ")", e);
        }
        StoreTextIndex index = new StoreTextIndex(storeDir, base, lucene);
        try {
            index.attach();
            if (!current && index.bothEmpty()) {
                index.recordVersion();
            } else if (!current) {
                index.rebuild();
            }
        } catch (RuntimeException e) {
            lucene.close();
            throw e;
        }
        return index;
    }

    private static boolean isCurrent(Path storeDir) {
        try {
            Path version = storeDir.resolve("text-index.version");
            return Files.isDirectory(storeDir.resolve("text-index")) && Files.isRegularFile(version)
                    && Files.readString(version, StandardCharsets.UTF_8).strip().equals(VERSION)
                    && !Files.exists(storeDir.resolve("text-index.pending"));
        } catch (IOException e) {
            return false;
        }
    }

    private static TextIndexConfig config() {
        EntityDefinition definition = new EntityDefinition("uri", FIELDS.get(0), PREDICATES.get(0));
        for (int i = 1; i < PREDICATES.size(); i++) {
            definition.set(FIELDS.get(i), PREDICATES.get(i));
        }
        definition.setGraphField("graph");
        definition.setUidField("uid");
        definition.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setValueStored(true);
        return config;
    }

    /** Connects the index to the store: a text dataset over it for writes, the index in its context for queries. */
    private void attach() {
        writer = TextDatasetFactory.create(base, lucene, false);
        base.getContext().set(TextQuery.textIndex, lucene);
        listen();
    }

    /**
     * Records a pending write around each write transaction of the store's current database; again after a
     * compaction, which replaces the database and carries the index's transaction component over, not its listeners.
     */
    void listen() {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(base);
        TransactionListener pending = new TransactionListener() {
            @Override
            public void notifyPrepareStart(Transaction transaction) {
                if (transaction.isWriteTxn()) {
                    markPending();
                }
            }

            @Override
            public void notifyCommitFinish(Transaction transaction) {
                if (transaction.isWriteTxn() && feeding.get()) {
                    clearPending();
                }
            }
        };
        coordinator.modifyConfig(() -> coordinator.addListener(pending));
    }

    /** The dataset to write through: the same store, with every change of an indexed predicate fed to the index. */
    DatasetGraph writer() {
        return writer;
    }

    /** Runs a write transaction through the writer; the index commits with the store. */
    void write(Runnable action) {
        feeding.set(true);
        try {
            Txn.executeWrite(writer, action);
        } finally {
            feeding.set(false);
        }
    }

    /**
     * Whether the index and the store both hold nothing, as in a new store: then the index is already what a
     * rebuild would make, and recording its version spares an empty commit and the pending record's disk syncs.
     */
    private boolean bothEmpty() {
        return lucene.getIndexWriter().getDocStats().maxDoc == 0 && Txn.calculateRead(base, base::isEmpty);
    }

    /** Records the index as current: its version written, no write pending. */
    private void recordVersion() {
        try {
            writeVersion();
        } catch (IOException e) {
            throw new StoreException("store " + storeDir + ": cannot record the text index's version in "
                    + versionFile + " (" + e.getMessage() + ")", e);
        }
        clearPending();
    }

    private void writeVersion() throws IOException {
        Files.writeString(versionFile, VERSION + "\n", StandardCharsets.UTF_8);
    }

    /** Builds the index again from the store (after a bulk load, or when it is not current). */
    void rebuild() {
        markPending();
        try {
            lucene.getIndexWriter().deleteAll();
            Txn.executeRead(base, () -> {
                for (Node predicate : PREDICATES) {
                    add(base.find(Node.ANY, Node.ANY, predicate, Node.ANY));
                }
            });
            lucene.commit();
            writeVersion();
        } catch (IOException | RuntimeException e) {
            lucene.rollback();
            throw new StoreException("store " + storeDir + ": cannot build the text index " + indexDir + " ("
                    + e.getMessage() + ")", e);
        }
        clearPending();
    }

    /**
     * Indexes these graphs and the summary graph again from the store, leaving the entries of the other graphs as
     * they are (after a bulk load that replaced these graphs and brought the summary up to date).
     */
    void reindex(Collection<Node> graphs) {
        Set<Node> changed = new LinkedHashSet<>(graphs);
        changed.add(CKG.SUMMARY_GRAPH);
        String graphField = lucene.getDocDef().getGraphField();
        markPending();
        try {
            lucene.getIndexWriter().deleteDocuments(changed.stream()
                    .map(g -> new Term(graphField, TextQueryFuncs.graphNodeToString(g))).toArray(Term[]::new));
            Txn.executeRead(base, () -> {
                for (Node graph : changed) {
                    for (Node predicate : PREDICATES) {
                        add(base.find(graph, Node.ANY, predicate, Node.ANY));
                    }
                }
            });
            lucene.commit();
        } catch (IOException | RuntimeException e) {
            lucene.rollback();
            throw new StoreException("store " + storeDir + ": cannot update the text index " + indexDir + " ("
                    + e.getMessage() + ")", e);
        }
        clearPending();
    }

    private void add(Iterator<Quad> quads) {
        while (quads.hasNext()) {
            Entity entity = TextQueryFuncs.entityFromQuad(lucene.getDocDef(), quads.next());
            if (entity != null) {
                lucene.addEntity(entity);
            }
        }
    }

    private void markPending() {
        try {
            if (!Files.exists(pendingFile)) {
                try (FileChannel file = FileChannel.open(pendingFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    file.force(true);
                }
                try (FileChannel dir = FileChannel.open(pendingFile.getParent(), StandardOpenOption.READ)) {
                    dir.force(true);
                }
            }
        } catch (IOException e) {
            throw new StoreException("store " + storeDir + ": cannot record a pending write of the "
                    + "text index (" + e.getMessage() + ")", e);
        }
    }

    /** Removes the pending record; when it cannot be removed it stays, and the next opening builds the index again. */
    private void clearPending() {
        pendingFile.toFile().delete();
    }

    @Override
    public void close() {
        lucene.close();
    }
}
