package org.conflictkg.pipeline;

import java.time.Instant;
import java.util.function.Supplier;
import org.conflictkg.Version;
import org.conflictkg.extract.EventExtractor;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.nlp.corenlp.CoreNlpAnnotator;

/** Builds the standard pipeline over Stanford CoreNLP; creating it loads the models. */
public final class StandardPipelineFactory implements Ingest.PipelineFactory {

    @Override
    public Pipeline create(KnowledgeBase kb, Supplier<Instant> clock) {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        return Stages.standard(annotator, new MentionExtractor(kb), new EventExtractor(),
                Ingest.provenance(Version.VERSION, annotator.modelDescription(), kb, clock.get()));
    }

    @Override
    public String modelDescription() {
        return CoreNlpAnnotator.description();
    }
}
