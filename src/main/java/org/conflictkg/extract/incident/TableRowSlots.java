package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Casualties;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.IncidentTables;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;

/**
 * Gives the incident of each row of an incident table what the row's cells say: its date, its dead and injured
 * (the perpetrators a dead cell adds, "126 (+6)", counted apart too), the places of its location cell and the armed
 * groups of its perpetrator cell. A cell overrules what the row's prose gives; a blank or "Unknown" cell leaves it.
 */
final class TableRowSlots {

    private static final Set<EntityType> TOWNS = Set.of(EntityType.CITY, EntityType.PLACE, EntityType.SITE);

    private TableRowSlots() {
    }

    /** Events in a row take the row's date, unless their own sentence gives them a day. */
    static List<Event> date(List<Event> events, List<IncidentTables.Row> rows) {
        if (rows.isEmpty()) {
            return events;
        }
        List<Event> result = new ArrayList<>();
        for (Event e : events) {
            Optional<IncidentTables.Row> row = IncidentTables.at(rows, e.key());
            boolean ownDay = e.date().filter(d -> d.scope().equals("sentence") && d.precision().equals("day"))
                    .isPresent();
            result.add(row.isPresent() && row.get().date().isPresent() && !e.type().isStatement() && !ownDay
                    ? e.withDate(row.get().date()) : e);
        }
        return result;
    }

    /**
     * The incidents with the slots their rows' cells give, and for those whose dead cell counts perpetrators apart,
     * that number by key (added to {@code perpetratorsKilled}).
     */
    static List<Event> fill(List<Event> incidents, List<IncidentTables.Row> rows, PlaceFacts places,
            Map<Integer, Integer> perpetratorsKilled) {
        if (rows.isEmpty()) {
            return incidents;
        }
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            Optional<IncidentTables.Row> row = IncidentTables.at(rows, e.key());
            if (row.isEmpty() || !e.type().isAttack()) {
                result.add(e);
                continue;
            }
            result.add(filled(e, row.get(), places, perpetratorsKilled));
        }
        return result;
    }

    private static Event filled(Event e, IncidentTables.Row row, PlaceFacts places,
            Map<Integer, Integer> perpetratorsKilled) {
        Optional<Casualties> killed = e.killed();
        Optional<IncidentTables.Count> dead = row.cell(IncidentTables.Column.DEAD)
                .flatMap(c -> IncidentTables.count(c.text()));
        if (dead.isPresent()) {
            killed = Optional.of(new Casualties(dead.get().total(), ""));
            if (dead.get().perpetrators() > 0) {
                perpetratorsKilled.put(e.key(), dead.get().perpetrators());
            }
        }
        Optional<Casualties> wounded = row.cell(IncidentTables.Column.INJURED)
                .flatMap(c -> IncidentTables.count(c.text())).map(c -> new Casualties(c.total(), ""))
                .or(e::wounded);
        Set<String> where = placesIn(location(row), places);
        Map<Role, Set<String>> roles = new LinkedHashMap<>(e.roles());
        List<RoleAssignment> assignments = new ArrayList<>(e.assignments());
        Set<String> groups = entitiesIn(row.cell(IncidentTables.Column.PERPETRATOR), places,
                Set.of(EntityType.ARMED_GROUP));
        if (!groups.isEmpty()) {
            roles.put(Role.PERPETRATOR, groups);
            assignments.removeIf(a -> a.role() == Role.PERPETRATOR);
            groups.forEach(g -> assignments.add(RoleAssignment.of(Role.PERPETRATOR, g, "table-cell")));
        }
        return new Event(e.type(), e.triggers(), roles, where.isEmpty() ? e.places() : where, e.date(), killed,
                wounded, e.modality(), e.confidence(), e.claimedEvent(), e.about(), e.attributedTo(), e.channels(),
                e.target(), e.sentences(), assignments);
    }

    /** The cell naming the row's place: its location cell, or the first sentence of a location-and-description one. */
    private static Optional<IncidentTables.Cell> location(IncidentTables.Row row) {
        Optional<IncidentTables.Cell> location = row.cell(IncidentTables.Column.LOCATION);
        if (location.isPresent()) {
            return location;
        }
        return row.cell(IncidentTables.Column.LOCATION_AND_DESCRIPTION).map(c -> {
            int stop = c.text().indexOf(". ");
            return stop < 0 ? c : new IncidentTables.Cell(c.begin(), c.begin() + stop, c.text().substring(0, stop));
        });
    }

    /**
     * The towns and other places a cell names, else a town named elsewhere in the text by a part of the cell before
     * a comma (a name the tagger did not take in the cell: "Mastung, Pakistan"), else the countries it names.
     */
    private static Set<String> placesIn(Optional<IncidentTables.Cell> cell, PlaceFacts places) {
        Set<String> towns = entitiesIn(cell, places, TOWNS);
        if (towns.isEmpty() && cell.isPresent()) {
            towns = namedElsewhere(cell.get(), places);
        }
        return towns.isEmpty() ? entitiesIn(cell, places, Set.of(EntityType.COUNTRY)) : towns;
    }

    private static Set<String> namedElsewhere(IncidentTables.Cell cell, PlaceFacts places) {
        Set<String> found = new TreeSet<>();
        for (String part : cell.text().split(",")) {
            String name = part.strip();
            places.mentions().forEach((iri, spans) -> {
                if (TOWNS.contains(places.types().get(iri))
                        && spans.stream().anyMatch(s -> s.text().equalsIgnoreCase(name))) {
                    found.add(iri);
                }
            });
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    /** The entities of these types named inside a cell, in the order the cell names them. */
    private static Set<String> entitiesIn(Optional<IncidentTables.Cell> cell, PlaceFacts places,
            Set<EntityType> types) {
        if (cell.isEmpty()) {
            return Set.of();
        }
        Map<String, Integer> found = new HashMap<>();
        places.mentions().forEach((iri, spans) -> {
            if (!types.contains(places.types().get(iri))) {
                return;
            }
            for (Span s : spans) {
                if (s.begin() >= cell.get().begin() && s.end() <= cell.get().end()) {
                    found.merge(iri, s.begin(), Math::min);
                }
            }
        });
        Set<String> ordered = new LinkedHashSet<>();
        found.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).forEach(en -> ordered.add(en.getKey()));
        return ordered;
    }
}
