package org.conflictkg.source;

import java.util.Objects;

/** What a document source yields: a document, or the problem that kept one input from being a document. */
public sealed interface SourceItem {

    /** A document that was read. */
    record Read(Document document, long bytes) implements SourceItem {
        public Read {
            Objects.requireNonNull(document);
        }
    }

    /** An input that failed. */
    record Failed(InputProblem problem, long bytes) implements SourceItem {
        public Failed {
            Objects.requireNonNull(problem);
        }
    }
}
