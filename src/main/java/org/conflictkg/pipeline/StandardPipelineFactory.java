package org.conflictkg.pipeline;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.conflictkg.Version;
import org.conflictkg.extract.EventExtractor;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.extract.RoleExtractor;
import org.conflictkg.extract.incident.IncidentBuilder;
import org.conflictkg.geo.Gazetteer;
import org.conflictkg.geo.Place;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.nlp.corenlp.CoreNlpAnnotator;
import org.conflictkg.resolve.EntityResolver;
import org.conflictkg.resolve.GroupReferenceLinker;
import org.conflictkg.resolve.PlaceLinker;

/**
 * Builds the standard pipeline over Stanford CoreNLP. The models load once per process, the first time a pipeline
 * is created, and are shared by every pipeline after that (one annotator serves all threads).
 */
public final class StandardPipelineFactory implements Ingest.PipelineFactory {

    /**
     * Whether "the group" and the like are linked to the group they refer to (GroupReferenceLinker) unless told
     * otherwise; decided by its measured effect on the gold set (README, "Generic references").
     */
    public static final boolean GROUP_REFERENCES_BY_DEFAULT = true;

    private static CoreNlpAnnotator shared;

    private final boolean groupReferences;

    /** The standard pipeline, with generic references to groups linked as {@link #GROUP_REFERENCES_BY_DEFAULT}. */
    public StandardPipelineFactory() {
        this(GROUP_REFERENCES_BY_DEFAULT);
    }

    /** The standard pipeline, with or without the rule that links "the group" to the group it refers to. */
    public StandardPipelineFactory(boolean groupReferences) {
        this.groupReferences = groupReferences;
    }

    /** The population from which a city's own name is a place wherever the tagger left it untagged. */
    private static final long MAJOR_CITY = 100_000;

    @Override
    public Pipeline create(KnowledgeBase kb, Supplier<Instant> clock) {
        CompletableFuture<Gazetteer> loading = CompletableFuture.supplyAsync(Gazetteer::shared);
        CoreNlpAnnotator annotator = annotator();
        Gazetteer gazetteer = loading.join();
        PlaceLinker linker = new PlaceLinker(gazetteer, kb);
        EntityResolver resolver = new EntityResolver(linker);
        MentionExtractor mentions = new MentionExtractor(kb, name -> !gazetteer.lookup(name).isEmpty(),
                (town, division) -> linker.townInDivision(town, Set.of(division)).isPresent(),
                name -> gazetteer.lookup(name).stream().anyMatch(p -> p.kind() == Place.Kind.CITY
                        && p.name().equals(name) && p.population() >= MAJOR_CITY));
        return Stages.standard(annotator, mentions, resolver,
                groupReferences ? Optional.of(new GroupReferenceLinker()) : Optional.empty(),
                new EventExtractor(kb.governingGroups()), new IncidentBuilder(),
                new RoleExtractor(kb),
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
