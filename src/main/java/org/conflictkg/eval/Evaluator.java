package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleFact;
import org.conflictkg.extract.Span;
import org.conflictkg.geo.Place;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KbEntity;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Analysis;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.resolve.Entity;
import org.conflictkg.source.Document;

/**
 * Scores the pipeline against gold annotations (docs/gold-format.md): precision, recall and F1 of entities and
 * events, the accuracy of each event slot over the events aligned with gold ones, pairwise resolution precision and
 * recall over the gold pairs of mentions, and the accuracy of place links (GeoNames id, distance error).
 */
public final class Evaluator {

    /** The event slots whose accuracy is reported. */
    public static final List<String> SLOTS = List.of("date", "place", "country", "killed", "wounded", "perpetrator",
            "modality", "claimant");
    private static final Pattern FORCES = Pattern.compile("\\bforces$");

    private final Pipeline pipeline;
    private final KnowledgeBase kb;

    /** An evaluator of this pipeline, which resolves countries through this knowledge base. */
    public Evaluator(Pipeline pipeline, KnowledgeBase kb) {
        this.pipeline = pipeline;
        this.kb = kb;
    }

    /** The scores of one evaluation, with a line for each difference found. */
    public record Result(Scores entities, Scores events, PairScores resolution, PlaceScores places,
            IncidentScores incidents, List<String> differences, int documents) {
    }

    record SystemEntity(String iri, String label, String type, Set<String> forms, Optional<Place> place) {
    }

    /** Runs the pipeline on every gold document and scores it. */
    public Result evaluate(List<GoldDocument> gold) {
        PairScoring.check(gold).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Scores entities = Scores.of("entities");
        Scores events = Scores.of("events");
        IncidentScores incidents = new IncidentScores();
        PlaceScores places = new PlaceScores();
        List<String> differences = new ArrayList<>();
        Map<String, PairScoring.Resolved> resolved = new HashMap<>();
        for (GoldDocument doc : gold) {
            Analysis analysis = pipeline.run(new Document(doc.id(), doc.text(), doc.date(), Optional.empty(),
                    Optional.empty(), doc.id()), Optional.empty());
            resolved.put(doc.id(), new PairScoring.Resolved(doc.text(), analysis.resolution()));
            Map<String, Entity> byIri = new HashMap<>();
            analysis.resolution().entities().forEach(e -> byIri.put(e.iri(), e));
            Map<GoldDocument.GoldEntity, SystemEntity> matches = scoreEntities(doc,
                    systemEntities(analysis.resolution().entities()), entities, differences);
            scorePlaces(doc, matches, places, differences);
            List<SystemEvent> system = systemEvents(analysis, byIri, names(byIri, matches));
            scoreEvents(doc, system, events, differences);
            IncidentScoring.score(doc, system, incidents, differences);
        }
        PairScores resolution = PairScoring.score(gold, resolved, differences);
        return new Result(entities, events, resolution, places, incidents, differences, gold.size());
    }

    /** The entities found, each with the forms it is aligned to gold entities by: its label and its mentions. */
    static List<SystemEntity> systemEntities(List<Entity> entities) {
        List<SystemEntity> result = new ArrayList<>();
        for (Entity e : entities) {
            Set<String> forms = new TreeSet<>();
            forms.add(norm(e.label()));
            for (Mention m : e.mentions()) {
                forms.add(norm(m.text()));
            }
            result.add(new SystemEntity(e.iri(), e.label(), typeName(e.type()), forms, e.place()));
        }
        return result;
    }

    /**
     * The name each entity is compared by in event slots: the label of the gold entity it was aligned with (the same
     * place or group however the gazetteer spells it: "Sanaa" for the text's "Sana'a"), else its own label.
     */
    static Map<String, String> names(Map<String, Entity> byIri,
            Map<GoldDocument.GoldEntity, SystemEntity> matches) {
        Map<String, String> names = new HashMap<>();
        byIri.forEach((iri, e) -> names.put(iri, norm(e.label())));
        matches.forEach((gold, system) -> names.put(system.iri(), norm(gold.label())));
        return names;
    }

    private List<SystemEvent> systemEvents(Analysis analysis, Map<String, Entity> byIri, Map<String, String> names) {
        Map<Integer, Set<String>> claimants = new HashMap<>();
        for (Event e : analysis.incidents().events()) {
            if (e.type() == EventType.CLAIM_OF_RESPONSIBILITY && e.claimedEvent().isPresent()) {
                claimants.computeIfAbsent(e.claimedEvent().get(), k -> new TreeSet<>())
                        .addAll(labels(e.roles().getOrDefault(Role.CLAIMANT, Set.of()), names));
            }
        }
        Set<String> officials = new TreeSet<>();
        analysis.roles().stream().filter(RoleFact::office).forEach(r -> officials.add(r.person()));
        List<SystemEvent> result = new ArrayList<>();
        for (Event e : analysis.incidents().events()) {
            Set<String> triggers = new TreeSet<>();
            for (Span span : e.triggers()) {
                triggers.add(norm(span.text()));
            }
            Set<String> countries = new TreeSet<>();
            for (String place : e.places()) {
                Entity entity = byIri.get(place);
                if (entity == null) {
                    continue;
                }
                if (entity.type() == EntityType.COUNTRY) {
                    countries.add(norm(entity.label()));
                }
                entity.country().flatMap(kb::entity).map(KbEntity::prefLabel).map(Evaluator::norm)
                        .ifPresent(countries::add);
            }
            analysis.incidents().countries().getOrDefault(e.key(), Set.of()).stream().map(kb::entity)
                    .flatMap(Optional::stream).map(KbEntity::prefLabel).map(Evaluator::norm).forEach(countries::add);
            Set<String> perpetrators = new TreeSet<>(e.roles().getOrDefault(Role.PERPETRATOR, Set.of()));
            if (e.type() == EventType.WARNING || e.type() == EventType.ACCUSATION || e.type() == EventType.DENIAL
                    || e.type() == EventType.ASSESSMENT) {
                for (String speaker : e.roles().getOrDefault(Role.SPEAKER, Set.of())) {
                    Entity entity = byIri.get(speaker);
                    if (entity != null && entity.type() != EntityType.STATE_AUTHORITY
                            && entity.type() != EntityType.COUNTRY && !officials.contains(speaker)) {
                        perpetrators.add(speaker);
                    }
                }
            }
            result.add(new SystemEvent(e.type().localName(), triggers, e.date().map(d -> d.value()).orElse(null),
                    labels(e.places(), names), labels(belowCountry(e.places(), byIri), names), countries,
                    labels(perpetrators, names),
                    e.killed().map(k -> k.count()).orElse(null), e.wounded().map(k -> k.count()).orElse(null),
                    e.modality().name().toLowerCase(Locale.ROOT), claimantsOf(e, claimants, names),
                    e.type().localName() + " '" + e.triggers().get(0).text() + "'",
                    analysis.incidents().main().filter(k -> k == e.key()).isPresent()));
        }
        return result;
    }

    /** A claim's own claimants; for any other event, the claimants of the claims made of it. */
    private static Set<String> claimantsOf(Event e, Map<Integer, Set<String>> claims, Map<String, String> names) {
        if (e.type() == EventType.CLAIM_OF_RESPONSIBILITY) {
            return labels(e.roles().getOrDefault(Role.CLAIMANT, Set.of()), names);
        }
        return claims.getOrDefault(e.key(), Set.of());
    }

    /** Aligns each gold entity with the first found entity of its type sharing a form, and scores the alignment. */
    static Map<GoldDocument.GoldEntity, SystemEntity> scoreEntities(GoldDocument doc,
            List<SystemEntity> system, Scores scores, List<String> differences) {
        Map<GoldDocument.GoldEntity, SystemEntity> matches = new HashMap<>();
        List<SystemEntity> unmatched = new ArrayList<>(system);
        int tp = 0;
        for (GoldDocument.GoldEntity g : doc.entities()) {
            Set<String> forms = new TreeSet<>();
            forms.add(norm(g.label()));
            g.mentions().forEach(m -> forms.add(norm(m)));
            String type = sameType(g.type());
            SystemEntity match = unmatched.stream().filter(s -> s.type().equals(type)
                    && s.forms().stream().anyMatch(forms::contains)).findFirst().orElse(null);
            if (match != null) {
                unmatched.remove(match);
                matches.put(g, match);
                tp++;
            } else {
                differences.add(doc.id() + ": missed entity " + g.label() + " (" + g.type() + ")");
            }
        }
        unmatched.forEach(s -> differences.add(doc.id() + ": extra entity " + s.label() + " (" + s.type() + ")"));
        scores.add(tp, system.size(), doc.entities().size());
        return matches;
    }

    /** Scores the gazetteer link of every gold place that has a GeoNames id or coordinates. */
    private static void scorePlaces(GoldDocument doc, Map<GoldDocument.GoldEntity, SystemEntity> matches,
            PlaceScores scores, List<String> differences) {
        for (GoldDocument.GoldEntity g : doc.entities()) {
            Optional<Place> place = Optional.ofNullable(matches.get(g)).flatMap(SystemEntity::place);
            if (g.geonameId().isPresent()) {
                boolean right = place.map(p -> p.geonameId().equals(g.geonameId())).orElse(false);
                scores.id(right);
                if (!right) {
                    differences.add(doc.id() + ": place " + g.label() + " should be GeoNames "
                            + g.geonameId().getAsLong() + ", is " + place.map(Place::toString).orElse("unlinked"));
                }
            }
            if (g.point().isPresent()) {
                GoldDocument.GoldPoint point = g.point().get();
                OptionalDouble distance = place.filter(Place::hasCoordinates).map(p -> OptionalDouble.of(
                        PlaceScores.distanceKm(point.latitude(), point.longitude(), p.latitude().getAsDouble(),
                                p.longitude().getAsDouble()))).orElse(OptionalDouble.empty());
                scores.point(distance);
                if (distance.isPresent() && distance.getAsDouble() > 25) {
                    differences.add(String.format(Locale.ROOT, "%s: place %s placed %.0f km away", doc.id(),
                            g.label(), distance.getAsDouble()));
                }
            }
        }
    }

    private static void scoreEvents(GoldDocument doc, List<SystemEvent> system, Scores scores,
            List<String> differences) {
        List<SystemEvent> unmatched = new ArrayList<>(system);
        int tp = 0;
        for (GoldDocument.GoldEvent g : doc.events()) {
            SystemEvent s = unmatched.stream().filter(e -> e.type().equals(g.type())
                    && e.triggers().contains(norm(g.trigger())))
                    .max(java.util.Comparator.comparingInt(e -> agreement(g, e))).orElse(null);
            if (s == null) {
                differences.add(doc.id() + ": missed event " + g.type() + " '" + g.trigger() + "'");
                continue;
            }
            unmatched.remove(s);
            boolean date = Objects.equals(g.date(), s.date());
            boolean place = s.placeAgrees(g.place());
            boolean country = g.country() == null ? s.countries().isEmpty()
                    : s.countries().contains(norm(g.country()));
            boolean perpetrator = normSet(g.perpetrators()).equals(s.perpetrators());
            boolean killed = Objects.equals(g.killed(), s.killed());
            boolean wounded = Objects.equals(g.wounded(), s.wounded());
            boolean modality = g.modality().equalsIgnoreCase(s.modality());
            boolean claimant = normSet(g.claimants()).equals(s.claimants());
            scores.slot("date", date);
            scores.slot("place", place);
            scores.slot("country", country);
            scores.slot("killed", killed);
            scores.slot("wounded", wounded);
            scores.slot("perpetrator", perpetrator);
            scores.slot("modality", modality);
            scores.slot("claimant", claimant);
            if (date && place && perpetrator) {
                tp++;
            }
            String where = doc.id() + ": " + s.shown() + ": ";
            report(differences, where, "date", g.date(), s.date(), date);
            report(differences, where, "place", g.place(), s.places(), place);
            report(differences, where, "country", g.country(), s.countries(), country);
            report(differences, where, "perpetrators", g.perpetrators(), s.perpetrators(), perpetrator);
            report(differences, where, "killed", g.killed(), s.killed(), killed);
            report(differences, where, "wounded", g.wounded(), s.wounded(), wounded);
            report(differences, where, "modality", g.modality(), s.modality(), modality);
            report(differences, where, "claimants", g.claimants(), s.claimants(), claimant);
        }
        unmatched.forEach(s -> differences.add(doc.id() + ": extra event " + s.shown()));
        scores.add(tp, system.size(), doc.events().size());
    }

    /**
     * How many of the slots that decide correctness (date, place, perpetrators) a candidate gets right: of several
     * program events with the gold trigger, the one that agrees most is aligned (the first on a tie).
     */
    private static int agreement(GoldDocument.GoldEvent g, SystemEvent s) {
        int score = Objects.equals(g.date(), s.date()) ? 1 : 0;
        score += s.placeAgrees(g.place()) ? 1 : 0;
        return score + (normSet(g.perpetrators()).equals(s.perpetrators()) ? 1 : 0);
    }

    private static void report(List<String> differences, String where, String slot, Object gold, Object system,
            boolean right) {
        if (!right) {
            differences.add(where + slot + " should be " + gold + ", is " + system);
        }
    }

    /**
     * The places of an event other than countries and sites: a site (a hotel, a mosque, an air base) is not a place
     * in the coding manual's sense, whose place is the town it lies in (docs/coding-manual.md, section 5).
     */
    static Set<String> belowCountry(Set<String> places, Map<String, Entity> byIri) {
        Set<String> result = new TreeSet<>();
        for (String iri : places) {
            Entity entity = byIri.get(iri);
            if (entity == null || entity.type() != EntityType.COUNTRY && entity.type() != EntityType.SITE) {
                result.add(iri);
            }
        }
        return result;
    }

    private static Set<String> labels(Set<String> iris, Map<String, String> names) {
        Set<String> labels = new TreeSet<>();
        for (String iri : iris) {
            labels.add(names.getOrDefault(iri, norm(iri)));
        }
        return labels;
    }

    static Set<String> normSet(List<String> values) {
        Set<String> set = new TreeSet<>();
        values.forEach(v -> set.add(norm(v)));
        return set;
    }

    private static String typeName(EntityType type) {
        String local = type.rdfClass().getLocalName();
        return sameType(local);
    }

    private static String sameType(String type) {
        return type.equals("City") ? "Place" : type;
    }

    /**
     * A label or mention as compared: curly apostrophes straight, lower-case; in an authority's "Country: term" label
     * the term's "forces" is its "force", as the format leaves the number open and coders write both ("Pakistan:
     * security forces", "Iraq: security force").
     */
    static String norm(String text) {
        String plain = text.replace('’', '\'').strip().toLowerCase(Locale.ROOT);
        return plain.contains(": ") ? FORCES.matcher(plain).replaceAll("force") : plain;
    }
}
