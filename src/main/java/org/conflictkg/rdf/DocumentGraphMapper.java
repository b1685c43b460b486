package org.conflictkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.extract.DocumentDate;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.incident.Incidents;
import org.conflictkg.extract.incident.SlotSource;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.extract.RoleFact;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.resolve.Entity;
import org.conflictkg.resolve.GroupReferenceLinker;
import org.conflictkg.resolve.PersonReferenceLinker;
import org.conflictkg.resolve.Resolution;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;

/**
 * Maps what was found in one document to quads of its named graph (see docs/rdf-model.md): the document with its
 * metadata and provenance, its sentences, the mentions of its entities and events with their offsets, the entities
 * and the events. The same input gives the same quads, but for the ingest time.
 */
public final class DocumentGraphMapper {

    /** Everything about one document that goes into its graph. */
    public record Input(Document document, java.util.Optional<PublicationDate> commandLineDate,
            DocumentDate date, AnnotatedText text, Resolution resolution, Incidents incidents, List<RoleFact> roles,
            Provenance provenance) {
    }

    private DocumentGraphMapper() {
    }

    /** Sends the quads of a document's graph to a sink, between its start and finish. */
    public static void map(Input in, StreamRDF sink) {
        new Writer(in, sink).write();
    }

    private static final class Writer {
        private final Input in;
        private final StreamRDF sink;
        private final Document doc;
        private final Node graph;
        private final Map<Integer, Node> sentenceNodes = new TreeMap<>();

        Writer(Input in, StreamRDF sink) {
            this.in = in;
            this.sink = sink;
            this.doc = in.document();
            this.graph = DocumentIris.document(doc.id());
        }

        void write() {
            document();
            sentences();
            entities();
            events();
            roles();
        }

        private void add(Node s, Node p, Node o) {
            sink.quad(Quad.create(graph, s, p, o));
        }

        private void document() {
            Node d = graph;
            add(d, RDF.type.asNode(), CKG.Document);
            add(d, RDF.type.asNode(), Vocab.provEntity);
            add(d, RDF.type.asNode(), Vocab.nifContext);
            add(d, Vocab.dctIdentifier, string(doc.id()));
            doc.title().ifPresent(t -> add(d, Vocab.dctTitle, string(t)));
            doc.url().ifPresent(u -> add(d, Vocab.dctSource, u.matches("(?i)https?://\\S+")
                    ? NodeFactory.createURI(u) : string(u)));
            in.date().date().ifPresent(date -> add(d, Vocab.dctIssued, publication(date)));
            if (in.date().date().isPresent()) {
                add(d, CKG.dateSource, string(in.date().source()));
            }
            in.date().warnings().forEach(w -> add(d, CKG.warning, string(w)));
            add(d, CKG.contentHash, string(in.provenance().inputHash(doc, in.commandLineDate())));
            add(d, Vocab.nifIsString, string(doc.text()));
            Node activity = DocumentIris.ingest(doc.id());
            add(d, Vocab.provWasGeneratedBy, activity);
            add(activity, RDF.type.asNode(), Vocab.provActivity);
            add(activity, Vocab.provEndedAtTime, typed(in.provenance().ingestTime().toString(),
                    XSDDatatype.XSDdateTime));
            Node agent = NodeFactory.createURI(CKG.ID + "agent/conflict-kg-" + in.provenance().pipelineVersion());
            add(activity, Vocab.provWasAssociatedWith, agent);
            add(activity, CKG.nlpModel, string(in.provenance().nlpModel()));
            add(activity, CKG.pipelineVersion, string(in.provenance().pipelineVersion()));
            add(agent, RDF.type.asNode(), Vocab.provSoftwareAgent);
            add(agent, RDFS.label.asNode(), string("conflict-kg " + in.provenance().pipelineVersion()));
        }

        private void sentences() {
            String text = in.text().text();
            for (Sentence s : in.text().sentences()) {
                Node node = DocumentIris.span(doc.id(), s.begin(), s.end());
                sentenceNodes.put(s.index(), node);
                add(node, RDF.type.asNode(), Vocab.nifSentence);
                offsets(node, s.begin(), s.end(), text.substring(s.begin(), s.end()));
                add(node, CKG.sentenceIndex, integer(s.index()));
            }
        }

        private void offsets(Node node, int begin, int end, String anchor) {
            add(node, Vocab.nifBeginIndex, integer(begin));
            add(node, Vocab.nifEndIndex, integer(end));
            add(node, Vocab.nifAnchorOf, string(anchor));
            add(node, Vocab.nifReferenceContext, graph);
        }

        private Node mention(int sentence, int begin, int end, String anchor) {
            Node node = DocumentIris.span(doc.id(), begin, end);
            add(node, RDF.type.asNode(), CKG.Mention);
            add(node, RDF.type.asNode(), Vocab.nifPhrase);
            offsets(node, begin, end, anchor);
            Node sentenceNode = sentenceNodes.get(sentence);
            if (sentenceNode != null) {
                add(node, Vocab.nifSentenceOf, sentenceNode);
            }
            return node;
        }

        private void entities() {
            for (Entity e : in.resolution().entities()) {
                Node node = NodeFactory.createURI(e.iri());
                add(node, RDF.type.asNode(), e.type().rdfClass());
                add(node, Vocab.skosPrefLabel, english(e.label()));
                add(node, CKG.resolvedBy, string(e.resolvedBy()));
                e.country().ifPresent(c -> add(node, CKG.country, NodeFactory.createURI(c)));
                e.place().ifPresent(p -> place(node, p));
                for (Mention m : e.mentions()) {
                    Node mention = mention(m.sentence(), m.begin(), m.end(), m.text());
                    add(node, Vocab.gafDenotedBy, mention);
                    if (m.source().equals(GroupReferenceLinker.SOURCE)
                            || m.source().equals(PersonReferenceLinker.SOURCE)) {
                        add(mention, CKG.resolvedBy, string(m.source()));
                    } else if (!m.text().equals(e.label())) {
                        add(node, Vocab.skosAltLabel, english(m.text()));
                    }
                }
            }
        }

        /**
         * A place's link to GeoNames, its point (GeoSPARQL, and W3C Basic Geo latitude and longitude for plain SPARQL
         * arithmetic) and its first-level region.
         */
        private void place(Node node, org.conflictkg.geo.Place place) {
            place.geonamesIri().ifPresent(g -> add(node, Vocab.skosExactMatch, NodeFactory.createURI(g)));
            if (place.kind() != org.conflictkg.geo.Place.Kind.COUNTRY) {
                if (place.latitude().isPresent()) {
                    add(node, Vocab.wgs84Lat, typed(Double.toString(place.latitude().getAsDouble()),
                            XSDDatatype.XSDdecimal));
                    add(node, Vocab.wgs84Long, typed(Double.toString(place.longitude().getAsDouble()),
                            XSDDatatype.XSDdecimal));
                }
                place.wkt().ifPresent(wkt -> {
                    Node geometry = NodeFactory.createURI(node.getURI() + "/geometry");
                    add(node, Vocab.geoHasGeometry, geometry);
                    add(geometry, RDF.type.asNode(), Vocab.sfPoint);
                    add(geometry, Vocab.geoAsWkt, NodeFactory.createLiteralDT(wkt,
                            org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(
                                    org.conflictkg.geo.Place.WKT_LITERAL)));
                });
            }
            if (!place.admin1Name().isEmpty() && place.kind() == org.conflictkg.geo.Place.Kind.CITY) {
                add(node, CKG.region, string(place.admin1Name()));
            }
            add(node, CKG.locationPrecision, string(switch (place.kind()) {
                case CITY -> "city";
                case ADMIN1 -> "region";
                case COUNTRY -> "country";
            }));
        }

        private void events() {
            Map<String, String> labels = new TreeMap<>();
            in.resolution().entities().forEach(e -> labels.put(e.iri(), e.label()));
            for (Event e : in.incidents().events()) {
                Node node = DocumentIris.event(doc.id(), e.key());
                if (in.incidents().main().filter(k -> k == e.key()).isPresent()) {
                    add(graph, CKG.mainEvent, node);
                }
                add(node, RDF.type.asNode(), CKG.Event);
                add(node, RDF.type.asNode(), Vocab.semEvent);
                add(node, Vocab.semEventType, NodeFactory.createURI(CKG.EVT + e.type().localName()));
                add(node, RDFS.label.asNode(), english(label(e, labels)));
                add(node, CKG.modality, CKG.term(e.modality().localName()));
                for (Map.Entry<Role, Set<String>> role : new TreeMap<>(e.roles()).entrySet()) {
                    for (String iri : role.getValue()) {
                        add(node, CKG.term(role.getKey().localName()), NodeFactory.createURI(iri));
                    }
                }
                int index = 0;
                for (RoleAssignment a : e.assignments()) {
                    Node assignment = NodeFactory.createURI(node.getURI() + "/role/" + index++);
                    add(node, CKG.roleAssignment, assignment);
                    add(assignment, RDF.type.asNode(), CKG.RoleAssignment);
                    add(assignment, RDF.type.asNode(), Vocab.semRole);
                    add(assignment, Vocab.semRoleType, CKG.term(a.role().localName()));
                    add(assignment, RDF.value.asNode(), NodeFactory.createURI(a.entity()));
                    add(assignment, CKG.confidence, typed(String.valueOf(a.confidence()), XSDDatatype.XSDdecimal));
                    add(assignment, CKG.foundBy, string(a.rule()));
                }
                e.places().forEach(p -> add(node, Vocab.semHasPlace, NodeFactory.createURI(p)));
                in.incidents().countries().getOrDefault(e.key(), Set.of())
                        .forEach(c -> add(node, CKG.country, NodeFactory.createURI(c)));
                e.date().ifPresent(date -> date(node, date));
                e.killed().ifPresent(k -> {
                    add(node, CKG.killed, integer(k.count()));
                    if (!k.qualifier().isEmpty()) {
                        add(node, CKG.killedQualifier, string(k.qualifier()));
                    }
                });
                Integer perpetratorsKilled = in.incidents().perpetratorsKilled().get(e.key());
                if (perpetratorsKilled != null) {
                    add(node, CKG.perpetratorsKilled, integer(perpetratorsKilled));
                }
                e.wounded().ifPresent(w -> {
                    add(node, CKG.wounded, integer(w.count()));
                    if (!w.qualifier().isEmpty()) {
                        add(node, CKG.woundedQualifier, string(w.qualifier()));
                    }
                });
                e.claimedEvent().ifPresent(k -> add(node, CKG.claimsResponsibilityFor,
                        DocumentIris.event(doc.id(), k)));
                e.about().ifPresent(k -> add(node, CKG.about, DocumentIris.event(doc.id(), k)));
                e.attributedTo().forEach(a -> add(node, CKG.attributedTo, NodeFactory.createURI(a)));
                e.channels().forEach(c -> add(node, CKG.channel, NodeFactory.createURI(c)));
                e.target().ifPresent(t -> {
                    if (!t.text().isEmpty()) {
                        add(node, CKG.targetText, string(t.text()));
                    }
                    t.gtdType().ifPresent(g -> add(node, CKG.targetType,
                            NodeFactory.createURI(CKG.GTD_TARGET_TYPE + g)));
                });
                add(node, CKG.confidence, typed(String.valueOf(e.confidence()), XSDDatatype.XSDdecimal));
                for (Span t : e.triggers()) {
                    add(node, Vocab.gafDenotedBy, mention(t.sentence(), t.begin(), t.end(), t.text()));
                }
                for (int s : e.sentences()) {
                    add(node, CKG.evidence, sentenceNodes.get(s));
                }
                slotSources(node, in.incidents().sources().getOrDefault(e.key(), List.of()));
                add(node, Vocab.provWasDerivedFrom, graph);
            }
        }

        /** Each value a mention of the incident gave one of its slots, with the sentence that gave it. */
        private void slotSources(Node event, List<SlotSource> sources) {
            int index = 0;
            for (SlotSource s : sources) {
                Node source = NodeFactory.createURI(event.getURI() + "/source/" + index++);
                add(event, CKG.slotSource, source);
                add(source, RDF.type.asNode(), CKG.SlotSource);
                add(source, CKG.slot, string(s.slot()));
                Node value = s.isEntity() ? NodeFactory.createURI(s.value())
                        : s.slot().equals("date") ? typed(s.value(), switch (s.value().length()) {
                            case 10 -> XSDDatatype.XSDdate;
                            case 7 -> XSDDatatype.XSDgYearMonth;
                            default -> XSDDatatype.XSDgYear;
                        }) : integer(Integer.parseInt(s.value()));
                add(source, RDF.value.asNode(), value);
                add(source, CKG.evidence, sentenceNodes.get(s.sentence()));
            }
        }

        /**
         * Each role fact as an org:Membership of the person, with its role concept, organisation or jurisdiction,
         * the document's date as an instant inside the membership's interval, and its evidence.
         */
        private void roles() {
            for (RoleFact r : in.roles()) {
                Node node = DocumentIris.role(doc.id(), r.begin());
                add(node, RDF.type.asNode(), CKG.RoleFact);
                add(node, RDF.type.asNode(), Vocab.orgMembership);
                add(node, Vocab.orgMember, NodeFactory.createURI(r.person()));
                Node role = NodeFactory.createURI(CKG.ROLE + org.conflictkg.extract.Slugs.slug(r.title()));
                add(node, Vocab.orgRoleProperty, role);
                add(role, RDF.type.asNode(), Vocab.orgRole);
                add(role, Vocab.skosPrefLabel, english(r.title()));
                add(node, CKG.roleTitle, string(r.title()));
                add(node, CKG.roleKind, string(r.office() ? "office" : "member"));
                r.organisation().ifPresent(o -> add(node, Vocab.orgOrganization, NodeFactory.createURI(o)));
                r.jurisdiction().ifPresent(j -> add(node, CKG.jurisdiction, NodeFactory.createURI(j)));
                in.date().date().ifPresent(date -> {
                    Node during = NodeFactory.createURI(node.getURI() + "/during");
                    Node instant = NodeFactory.createURI(node.getURI() + "/attested");
                    Node literal = publication(date);
                    add(node, CKG.attestedOn, literal);
                    add(node, Vocab.orgMemberDuring, during);
                    add(during, RDF.type.asNode(), Vocab.timeInterval);
                    add(during, Vocab.timeInside, instant);
                    add(instant, RDF.type.asNode(), Vocab.timeInstant);
                    add(instant, switch (date.precision()) {
                        case DAY -> Vocab.timeInXsdDate;
                        case MONTH -> Vocab.timeInXsdGYearMonth;
                        case YEAR -> Vocab.timeInXsdGYear;
                    }, literal);
                });
                add(node, Vocab.gafDenotedBy, mention(r.sentence(), r.begin(), r.end(), r.text()));
                add(node, CKG.evidence, sentenceNodes.get(r.sentence()));
                add(node, Vocab.provWasDerivedFrom, graph);
            }
        }

        /** A publication date as a literal whose datatype says its precision: xsd:date, gYearMonth or gYear. */
        private static Node publication(PublicationDate date) {
            return typed(date.toString(), switch (date.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            });
        }

        private void date(Node node, EventDate date) {
            XSDDatatype type = switch (date.precision()) {
                case "day" -> XSDDatatype.XSDdate;
                case "month" -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDgYear;
            };
            add(node, CKG.date, typed(date.value(), type));
            add(node, CKG.datePrecision, string(date.precision()));
            add(node, CKG.dateScope, string(date.scope()));
            add(node, CKG.dateText, string(date.text()));
            java.time.LocalDate first = switch (date.precision()) {
                case "day" -> java.time.LocalDate.parse(date.value());
                case "month" -> java.time.LocalDate.parse(date.value() + "-01");
                default -> java.time.LocalDate.parse(date.value() + "-01-01");
            };
            java.time.LocalDate last = switch (date.precision()) {
                case "day" -> first;
                case "month" -> first.plusMonths(1).minusDays(1);
                default -> first.plusYears(1).minusDays(1);
            };
            add(node, Vocab.semEarliestBegin, typed(first.toString(), XSDDatatype.XSDdate));
            add(node, Vocab.semLatestEnd, typed(last.toString(), XSDDatatype.XSDdate));
        }

        private static String label(Event e, Map<String, String> labels) {
            List<String> parts = new ArrayList<>();
            e.places().stream().sorted(Comparator.naturalOrder()).map(p -> labels.getOrDefault(p, null))
                    .filter(java.util.Objects::nonNull).forEach(parts::add);
            e.date().ifPresent(d -> parts.add(d.value()));
            return e.type().label() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
        }
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static Node english(String value) {
        return NodeFactory.createLiteralLang(value, "en");
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
