package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.conflictkg.extract.Casualties;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Modality;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;

/**
 * Combines the mentions of one incident into one event that carries every slot they give: the most specific type
 * (GTD's order of precedence), every trigger and role, the place and date of the first mention that gives one (a
 * trial: its latest step), the largest casualty figures.
 */
public final class IncidentSlots {

    /** How many characters may lie between a place and the town it lies in ("Rwangoma[ in the city of ]Beni"). */
    private static final int NEAR = 30;
    /** Attack types from the most to the least specific, as GTD codes an attack that fits several. */
    private static final List<EventType> PRECEDENCE = List.of(EventType.ASSASSINATION, EventType.HIJACKING,
            EventType.HOSTAGE_TAKING, EventType.BOMBING, EventType.ARMED_ASSAULT, EventType.ARSON,
            EventType.UNARMED_ASSAULT, EventType.ATTACK);

    private IncidentSlots() {
    }

    /** One event for these mentions of one incident (given in text order; the first one's key is kept). */
    public static Event combine(List<Event> mentions, PlaceFacts places) {
        if (mentions.size() == 1) {
            return mentions.get(0);
        }
        List<Event> inOrder = new ArrayList<>(mentions);
        inOrder.sort(Comparator.comparingInt(Event::key));
        Event first = inOrder.get(0);
        List<Span> triggers = new ArrayList<>();
        Map<Role, Set<String>> roles = new TreeMap<>();
        Set<String> attributed = new TreeSet<>();
        Set<String> channels = new TreeSet<>();
        Set<Integer> sentences = new TreeSet<>();
        Set<RoleAssignment> assignments = new LinkedHashSet<>();
        double confidence = 0;
        for (Event e : inOrder) {
            triggers.addAll(e.triggers());
            e.roles().forEach((role, iris) -> roles.computeIfAbsent(role, r -> new TreeSet<>()).addAll(iris));
            attributed.addAll(e.attributedTo());
            channels.addAll(e.channels());
            sentences.addAll(e.sentences());
            assignments.addAll(e.assignments());
            confidence = Math.max(confidence, e.confidence());
        }
        triggers.sort(Comparator.comparingInt(Span::begin));
        return new Event(type(inOrder), dedupe(triggers), roles, places(inOrder, places), date(inOrder),
                largest(inOrder, true), largest(inOrder, false), modality(inOrder), confidence,
                inOrder.stream().map(Event::claimedEvent).flatMap(Optional::stream).findFirst(),
                inOrder.stream().map(Event::about).flatMap(Optional::stream).findFirst(), attributed, channels,
                inOrder.stream().map(Event::target).flatMap(Optional::stream).findFirst(), sentences,
                new ArrayList<>(assignments));
    }

    private static List<Span> dedupe(List<Span> spans) {
        List<Span> result = new ArrayList<>();
        Set<Integer> seen = new TreeSet<>();
        for (Span s : spans) {
            if (seen.add(s.begin())) {
                result.add(s);
            }
        }
        return result;
    }

    private static EventType type(List<Event> mentions) {
        EventType best = mentions.get(0).type();
        if (!best.isAttack()) {
            return best;
        }
        for (Event e : mentions) {
            if (e.type().isAttack() && PRECEDENCE.indexOf(e.type()) < PRECEDENCE.indexOf(best)) {
                best = e.type();
            }
        }
        return best;
    }

    /**
     * The places of the first mention that names a town, district or site (with any country it also names); when
     * that mention names only sites, a later mention that names one of them with its town adds that town ("the
     * Manchester Arena bombing" / "a suicide bombing at Manchester Arena in Manchester, England"), and when it
     * names a region or district but no town of the gazetteer, the first later mention that names such a
     * town adds it ("2024 Dagestan attacks" / "in the cities of Derbent and ..."); the first later mention that names
     * its town with a district or village named just before it adds that place ("Beni massacre" / "raided the
     * district of Rwangoma in the city of Beni"), as coders take the most specific place. A chosen town that is only
     * the name of a site a later mention places in another town gives way to that mention's places ("2017
     * Westminster attack" / "outside the Palace of Westminster in London"). When none names a town or site, the
     * countries named.
     */
    static Set<String> places(List<Event> mentions, PlaceFacts facts) {
        for (int i = 0; i < mentions.size(); i++) {
            Set<String> chosen = mentions.get(i).places();
            if (chosen.stream().noneMatch(facts::belowCountry)) {
                continue;
            }
            Optional<Set<String>> site = siteNamedTown(chosen, mentions.subList(i + 1, mentions.size()), facts);
            if (site.isPresent()) {
                return site.get();
            }
            Set<String> result = new TreeSet<>(chosen);
            if (chosen.stream().noneMatch(p -> facts.specificity(p) == 2)) {
                for (Event later : mentions.subList(i + 1, mentions.size())) {
                    if (later.places().stream().anyMatch(p -> facts.specificity(p) == 3 && chosen.contains(p))
                            && later.places().stream().anyMatch(p -> facts.specificity(p) == 2)) {
                        result.addAll(later.places());
                        break;
                    }
                }
            }
            if (result.stream().noneMatch(p -> facts.types().get(p) == EntityType.CITY)
                    && result.stream().anyMatch(p -> facts.specificity(p) == 2)) {
                for (Event later : mentions.subList(i + 1, mentions.size())) {
                    List<String> towns = later.places().stream()
                            .filter(p -> facts.types().get(p) == EntityType.CITY).toList();
                    if (!towns.isEmpty()) {
                        result.addAll(towns);
                        break;
                    }
                }
            }
            for (Event later : mentions.subList(i + 1, mentions.size())) {
                List<String> within = finerPlaces(later, chosen, result, facts);
                if (!within.isEmpty()) {
                    result.addAll(within);
                    break;
                }
            }
            return result;
        }
        Set<String> all = new TreeSet<>();
        mentions.forEach(e -> all.addAll(e.places()));
        return all;
    }

    /**
     * The places of the first later mention that names, with a town of its own, a site whose name holds each chosen
     * town's name ("2017 Westminster attack" / "outside the Palace of Westminster in London"): the chosen town was
     * the site's name, and the site lies in the later mention's town.
     */
    private static Optional<Set<String>> siteNamedTown(Set<String> chosen, List<Event> later, PlaceFacts facts) {
        List<String> towns = chosen.stream().filter(p -> facts.types().get(p) == EntityType.CITY).toList();
        if (towns.isEmpty() || chosen.stream().anyMatch(p -> facts.belowCountry(p) && !towns.contains(p))) {
            return Optional.empty();
        }
        for (Event e : later) {
            boolean otherTown = e.places().stream().anyMatch(p -> facts.types().get(p) == EntityType.CITY
                    && !chosen.contains(p));
            List<String> siteNames = e.places().stream().filter(p -> facts.types().get(p) == EntityType.SITE
                    || facts.types().get(p) == EntityType.PLACE)
                    .flatMap(p -> facts.mentions().getOrDefault(p, List.of()).stream()).map(Span::text).toList();
            boolean named = towns.stream().allMatch(t -> facts.mentions().getOrDefault(t, List.of()).stream()
                    .map(Span::text).anyMatch(name -> siteNames.stream().anyMatch(site -> !site.equals(name)
                            && site.contains(name))));
            if (otherTown && named) {
                return Optional.of(new TreeSet<>(e.places()));
            }
        }
        return Optional.empty();
    }

    /**
     * The places of a mention, other than towns, that its sentence names just before one of the chosen towns ("the
     * district of Rwangoma in the city of Beni"; "in Lower Manhattan, New York City", where the mention's own places
     * kept only the finer one): places within that town.
     */
    private static List<String> finerPlaces(Event later, Set<String> chosen, Set<String> result, PlaceFacts facts) {
        int sentence = later.triggers().get(0).sentence();
        List<Span> towns = chosen.stream().filter(p -> facts.types().get(p) == EntityType.CITY)
                .map(p -> facts.mentionIn(p, sentence))
                .flatMap(Optional::stream).toList();
        return later.places().stream().filter(p -> !result.contains(p) && facts.specificity(p) == 2
                && facts.types().get(p) != EntityType.CITY && facts.mentionIn(p, sentence)
                        .filter(inner -> towns.stream().anyMatch(town -> town.begin() > inner.end()
                                && town.begin() - inner.end() <= NEAR))
                        .isPresent()).toList();
    }

    /**
     * The first date that the mention's own sentence or heading gives, else the first date at all; for a trial, the
     * latest step its sentences date (a sentencing after the charges), as the coding manual dates a prosecution.
     */
    private static Optional<EventDate> date(List<Event> mentions) {
        if (mentions.get(0).type() == EventType.TRIAL) {
            Optional<EventDate> latest = mentions.stream().map(Event::date).flatMap(Optional::stream)
                    .filter(IncidentSlots::ownDate).max(Comparator.comparing(EventDate::value));
            if (latest.isPresent()) {
                return latest;
            }
        }
        Optional<EventDate> own = mentions.stream().map(Event::date).flatMap(Optional::stream)
                .filter(IncidentSlots::ownDate).findFirst();
        Optional<EventDate> chosen = own.isPresent() ? own
                : mentions.stream().map(Event::date).flatMap(Optional::stream).findFirst();
        if (chosen.isEmpty()) {
            return chosen;
        }
        EventDate date = chosen.get();
        for (Event e : mentions) {
            Optional<EventDate> finer = e.date().filter(d -> d.value().length() > date.value().length()
                    && d.value().startsWith(date.value()));
            if (finer.isPresent()) {
                return finer;
            }
        }
        return chosen;
    }

    /** Whether a date was given by the mention's own sentence or by its record's heading. */
    static boolean ownDate(EventDate date) {
        return date.scope().equals("sentence") || date.scope().equals("heading");
    }

    private static Optional<Casualties> largest(List<Event> mentions, boolean killed) {
        return mentions.stream().map(e -> killed ? e.killed() : e.wounded()).flatMap(Optional::stream)
                .max(Comparator.comparingInt(Casualties::count));
    }

    private static Modality modality(List<Event> mentions) {
        return mentions.stream().anyMatch(e -> e.modality() == Modality.COMPLETED) ? Modality.COMPLETED
                : mentions.get(0).modality();
    }
}
