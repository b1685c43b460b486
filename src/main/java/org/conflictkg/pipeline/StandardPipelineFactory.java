package org.conflictkg.pipeline;

import java.time.Instant;
import java.util.function.Supplier;
import org.conflictkg.Version;
import org.conflictkg.extract.EventExtractor;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.extract.RoleExtractor;
import org.conflictkg.geo.Gazetteer;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.nlp.corenlp.CoreNlpAnnotator;
import org.conflictkg.resolve.EntityResolver;
import org.conflictkg.resolve.PlaceLinker;

/**
 * Builds the standard pipeline over Stanford CoreNLP. The models load once per process, the first time a pipeline
 * is created, and are shared by every pipeline after that (one annotator serves all threads).
 */
public final class StandardPipelineFactory implements Ingest.PipelineFactory {

    private static CoreNlpAnnotator shared;

    @Override
    public Pipeline create(KnowledgeBase kb, Supplier<Instant> clock) {
        CoreNlpAnnotator annotator = annotator();
        Gazetteer gazetteer = Gazetteer.shared();
        EntityResolver resolver = new EntityResolver(new PlaceLinker(gazetteer, kb));
        MentionExtractor mentions = new MentionExtractor(kb, name -> !gazetteer.lookup(name).isEmpty());
        return Stages.standard(annotator, mentions, resolver, new EventExtractor(), new RoleExtractor(kb),
                Ingest.provenance(Version.VERSION, annotator.modelDescription(), kb, clock.get()));
    }

    @Override
    public String modelDescription() {
        return CoreNlpAnnotator.description();
    }

    /** The process's annotator, loading the models the first time. */
    public static synchronized CoreNlpAnnotator annotator() {
        if (shared == null) {
            shared = new CoreNlpAnnotator();
        }
        return shared;
    }
}
