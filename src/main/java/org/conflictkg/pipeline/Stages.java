package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.extract.DocumentDating;
import org.conflictkg.extract.EventExtractor;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.extract.RoleExtractor;
import org.conflictkg.extract.Span;
import org.conflictkg.extract.incident.IncidentBuilder;
import org.conflictkg.extract.incident.PlaceFacts;
import org.conflictkg.kb.EntityType;
import org.conflictkg.resolve.Entity;
import org.conflictkg.resolve.DocumentCountry;
import java.util.HashMap;
import java.util.Map;
import org.conflictkg.nlp.TextAnnotator;
import org.conflictkg.rdf.DocumentGraphMapper;
import org.conflictkg.rdf.Provenance;
import org.conflictkg.resolve.EntityResolver;
import org.conflictkg.resolve.GroupReferenceLinker;
import org.conflictkg.resolve.PersonReferenceLinker;
import org.conflictkg.resolve.Resolution;
import org.conflictkg.source.PublicationDate;

/** The stages of the ingest pipeline, each a thin adapter over its package's API. */
public final class Stages {

    private Stages() {
    }

    /** The standard chain: dating, annotation, mentions, resolution, events, roles, RDF. */
    public static Pipeline standard(TextAnnotator annotator, MentionExtractor mentions, EntityResolver resolver,
            Optional<GroupReferenceLinker> groupReferences, EventExtractor events, IncidentBuilder incidents,
            RoleExtractor roles, Provenance provenance) {
        return Pipeline.of(List.of(dating(), annotation(annotator), mentions(mentions),
                resolution(resolver, groupReferences), events(events), incidents(incidents), roles(roles),
                rdf(provenance)));
    }

    /** Establishes the publication date. */
    public static Stage dating() {
        return stage("dating", EnumSet.of(Layer.DOCUMENT), EnumSet.of(Layer.DOCUMENT_DATE),
                a -> a.date(DocumentDating.resolve(a.document(), a.commandLineDate())));
    }

    /** Runs the NLP models, with the publication day (not a month or year) as the anchor of relative dates. */
    public static Stage annotation(TextAnnotator annotator) {
        return stage("annotation", EnumSet.of(Layer.DOCUMENT, Layer.DOCUMENT_DATE),
                EnumSet.of(Layer.TOKENS, Layer.POS_LEMMAS, Layer.NAMED_ENTITIES, Layer.NORMALISED_VALUES,
                        Layer.DEPENDENCIES),
                a -> a.text(annotator.annotate(a.document().text(), a.date().date().flatMap(PublicationDate::day),
                        a.date().datelineEnd())));
    }

    /** Finds entity mentions. */
    public static Stage mentions(MentionExtractor extractor) {
        return stage("mentions", EnumSet.of(Layer.TOKENS, Layer.NAMED_ENTITIES, Layer.POS_LEMMAS),
                EnumSet.of(Layer.MENTIONS), a -> a.mentions(extractor.extract(a.text())));
    }

    /**
     * Resolves mentions to canonical entities, then links generic references to groups if a linker is given, and
     * subject pronouns to the people they stand for.
     */
    public static Stage resolution(EntityResolver resolver, Optional<GroupReferenceLinker> groupReferences) {
        return stage("resolution", EnumSet.of(Layer.MENTIONS, Layer.DEPENDENCIES), EnumSet.of(Layer.ENTITIES), a -> {
            Resolution resolution = resolver.resolve(a.text().text(), a.mentions());
            Resolution grouped = groupReferences.isPresent() ? groupReferences.get().link(a.text(), resolution)
                    : resolution;
            a.resolution(new PersonReferenceLinker().link(a.text(), grouped));
        });
    }

    /** Finds events. */
    public static Stage events(EventExtractor extractor) {
        return stage("events", EnumSet.of(Layer.ENTITIES, Layer.DEPENDENCIES, Layer.NORMALISED_VALUES,
                Layer.POS_LEMMAS), EnumSet.of(Layer.EVENTS), a -> {
                    Resolution resolution = a.resolution();
                    a.events(extractor.extract(a.text(), resolved(resolution), a.date()));
                });
    }

    /** Groups the events into incidents and chooses the one the report is about. */
    public static Stage incidents(IncidentBuilder builder) {
        return stage("incidents", EnumSet.of(Layer.EVENTS, Layer.ENTITIES, Layer.TOKENS), EnumSet.of(Layer.INCIDENTS),
                a -> a.incidents(builder.build(a.text(), a.events(), placeFacts(a.resolution()))));
    }

    /** The types of a document's entities, the countries of its places and the country it is about. */
    private static PlaceFacts placeFacts(Resolution resolution) {
        Map<String, EntityType> types = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        Map<String, List<Span>> mentions = new HashMap<>();
        for (Entity e : resolution.entities()) {
            types.put(e.iri(), e.type());
            e.country().ifPresent(c -> countries.put(e.iri(), c));
            mentions.put(e.iri(), e.mentions().stream().map(m -> new Span(m.sentence(), m.begin(), m.end(), m.text()))
                    .toList());
        }
        return new PlaceFacts(types, countries, mentions, DocumentCountry.of(resolution.entities()));
    }

    /** Finds people's roles and positions. */
    public static Stage roles(RoleExtractor extractor) {
        return stage("roles", EnumSet.of(Layer.ENTITIES, Layer.DEPENDENCIES, Layer.POS_LEMMAS),
                EnumSet.of(Layer.ROLES),
                a -> a.roles(extractor.extract(a.text(), resolved(a.resolution()))));
    }

    /** The resolved mentions in text order, with the generic references linked to a group among them. */
    private static List<EventExtractor.EntityMention> resolved(Resolution resolution) {
        List<Mention> mentions = new ArrayList<>(resolution.byMention().keySet());
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end)
                .thenComparing(Mention::text));
        List<EventExtractor.EntityMention> resolved = new ArrayList<>();
        for (Mention m : mentions) {
            resolution.entityOf(m).ifPresent(e -> resolved.add(
                    new EventExtractor.EntityMention(m, e.iri(), e.type())));
        }
        return resolved;
    }

    /** Maps the analysis to the quads of the document's graph. */
    public static Stage rdf(Provenance provenance) {
        return stage("rdf", EnumSet.of(Layer.DOCUMENT_DATE, Layer.TOKENS, Layer.ENTITIES, Layer.INCIDENTS,
                Layer.ROLES),
                EnumSet.of(Layer.QUADS), a -> {
                    Set<Quad> quads = new LinkedHashSet<>();
                    DocumentGraphMapper.map(new DocumentGraphMapper.Input(a.document(), a.commandLineDate(),
                            a.date(), a.text(), a.resolution(), a.incidents(), a.roles(), provenance),
                            new StreamRDFBase() {
                                @Override
                                public void quad(Quad quad) {
                                    quads.add(quad);
                                }
                            });
                    a.quads(new ArrayList<>(quads));
                });
    }

    private interface Step {
        void apply(Analysis analysis);
    }

    private static Stage stage(String name, Set<Layer> requires, Set<Layer> provides, Step step) {
        Set<Layer> required = Set.copyOf(requires);
        Set<Layer> provided = Set.copyOf(provides);
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer> requires() {
                return required;
            }

            @Override
            public Set<Layer> provides() {
                return provided;
            }

            @Override
            public void process(Analysis analysis) {
                step.apply(analysis);
            }
        };
    }
}
