package org.conflictkg.source;

import java.util.List;
import java.util.Objects;

/** What a document source yields: a document, or the problem that kept one input from being a document. */
public sealed interface SourceItem {

    /** A document that was read, with what the reader should know about how (a guessed encoding). */
    record Read(Document document, long bytes, List<String> warnings) implements SourceItem {
        public Read {
            Objects.requireNonNull(document);
            warnings = List.copyOf(warnings);
        }

        /** A document read without warnings. */
        public Read(Document document, long bytes) {
            this(document, bytes, List.of());
        }
    }

    /** An input that failed. */
    record Failed(InputProblem problem, long bytes) implements SourceItem {
        public Failed {
            Objects.requireNonNull(problem);
        }
    }
}
