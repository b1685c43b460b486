package org.conflictkg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.conflictkg.pipeline.Analysis;
import org.conflictkg.rdf.DocumentIris;
import org.conflictkg.source.Document;
import org.conflictkg.source.DocumentSource;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.source.SourceItem;
import scala.Tuple2;

/**
 * Runs the pipeline over the files of one partition, one document after another, with this JVM's pipeline. Each
 * file is copied to a local work directory under its path relative to its input and read there by the same
 * {@link DocumentSource} as {@code kg ingest}, so ids, refusals and warnings are those of {@code kg ingest}. Every
 * input gives rows: a document's graph, or the reason it has none; nothing a document does fails the task.
 */
final class PartitionAnalyser implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>,
        DocumentResult> {

    private static final long serialVersionUID = 1L;

    private final List<InputRoot> roots;
    private final String date;

    /** An analyser of files below these inputs, with this publication date (null: none) for undated documents. */
    PartitionAnalyser(List<InputRoot> roots, PublicationDate date) {
        this.roots = List.copyOf(roots);
        this.date = date == null ? null : date.toString();
    }

    @Override
    public Iterator<DocumentResult> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        return new Results(files);
    }

    /** The rows of a partition's files, made one document at a time as Spark asks for them. */
    private final class Results implements Iterator<DocumentResult> {
        private final Iterator<Tuple2<String, PortableDataStream>> files;
        private final Optional<PublicationDate> commandLineDate = Optional.ofNullable(date)
                .map(PublicationDate::parse);
        private DocumentResult next;
        private DocumentSource source;
        private Path work;
        private String prefix;
        private String base;
        private String order;
        private int item;

        Results(Iterator<Tuple2<String, PortableDataStream>> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (source != null && source.hasNext()) {
                    next = row(source.next());
                } else if (source != null) {
                    source.close();
                    source = null;
                    delete(work);
                } else if (files.hasNext()) {
                    Tuple2<String, PortableDataStream> file = files.next();
                    next = open(file._1(), file._2());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public DocumentResult next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            DocumentResult result = next;
            next = null;
            return result;
        }

        /** Copies a file to a local work directory and opens it; a row only when that fails. */
        private DocumentResult open(String path, PortableDataStream stream) {
            InputRoot root = InputRoot.of(roots, path);
            if (root == null) {
                return DocumentResult.failed("", "", path, "not below any input", path);
            }
            String relative = root.relative(path);
            base = path.substring(0, path.length() - relative.length());
            order = String.format(Locale.ROOT, "%05d/%s", root.index(), relative);
            item = 0;
            try {
                work = Files.createTempDirectory("kg-spark-");
                Path local = work.resolve(relative);
                Files.createDirectories(local.getParent());
                try (InputStream in = stream.open()) {
                    Files.copy(in, local);
                }
                prefix = work.toString() + "/";
                source = DocumentSource.of(List.of(root.file() ? local : work));
                return null;
            } catch (IOException | UncheckedIOException e) {
                delete(work);
                return DocumentResult.failed("", "", path, "cannot read: " + e.getMessage(), order);
            }
        }

        private DocumentResult row(SourceItem next) {
            String itemOrder = order + String.format(Locale.ROOT, "\t%09d", item++);
            if (next instanceof SourceItem.Failed failed) {
                return DocumentResult.failed("", "", failed.problem().origin().replace(prefix, base),
                        failed.problem().problem().replace(prefix, base), itemOrder);
            }
            SourceItem.Read read = (SourceItem.Read) next;
            Document d = read.document();
            Document document = new Document(d.id(), d.text(), d.date(), d.title(), d.url(),
                    d.origin().replace(prefix, base));
            return analyse(document, read.warnings(), commandLineDate, itemOrder);
        }
    }

    private static DocumentResult analyse(Document document, List<String> readWarnings, Optional<PublicationDate> date,
            String order) {
        String graph = DocumentIris.documentIri(document.id());
        if (document.text().length() > Document.MAX_TEXT_CHARS) {
            return DocumentResult.failed(document.id(), graph, document.origin(),
                    DocumentSource.tooLong(document.text().length()), order);
        }
        Analysis analysis;
        try {
            analysis = ExecutorPipeline.get().run(document, date);
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.failed(document.id(), graph, document.origin(), "could not be analysed ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    order);
        }
        List<String> warnings = new ArrayList<>(readWarnings);
        warnings.addAll(analysis.date().warnings());
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(nquads, analysis.quads().iterator());
        return new DocumentResult(document.id(), graph, document.origin(), DocumentResult.ADDED, "",
                String.join("; ", warnings), analysis.text().sentences().size(), analysis.text().tokenCount(),
                analysis.resolution().entities().size(), analysis.events().size(), analysis.quads().size(), order,
                nquads.toString(StandardCharsets.UTF_8).stripTrailing());
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a work file left in the temporary directory is harmless; the results do not depend on it
        }
    }
}
