package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches a document's program events with its gold incidents one to one, the way a second coder's records are
 * compared: the same kind (any attack type matches any attack type) and the same date or the same place, or the
 * gold trigger among the event's words; a gold statement without date or place matches on kind alone. The best
 * agreeing pairs are matched first.
 */
final class IncidentScoring {

    private static final Set<String> ATTACKS = Set.of("attack", "bombing", "armed-assault", "hostage-taking",
            "assassination", "arson", "hijacking", "unarmed-assault");

    private IncidentScoring() {
    }

    private record Pair(GoldDocument.GoldEvent gold, SystemEvent system, int weight) {
    }

    /** Scores one document's events against its gold incidents, adding a line for each difference. */
    static void score(GoldDocument doc, List<SystemEvent> system, IncidentScores scores, List<String> differences) {
        List<Pair> pairs = new ArrayList<>();
        for (GoldDocument.GoldEvent g : doc.events()) {
            for (SystemEvent s : system) {
                int weight = weight(g, s);
                if (weight > 0) {
                    pairs.add(new Pair(g, s, weight));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::weight).reversed());
        Set<GoldDocument.GoldEvent> goldDone = new HashSet<>();
        Set<SystemEvent> systemDone = new HashSet<>();
        List<Pair> matched = new ArrayList<>();
        for (Pair p : pairs) {
            if (!goldDone.contains(p.gold()) && !systemDone.contains(p.system())) {
                goldDone.add(p.gold());
                systemDone.add(p.system());
                matched.add(p);
            }
        }
        for (Pair p : matched) {
            slots(doc, p.gold(), p.system(), scores, differences);
        }
        doc.events().stream().filter(g -> !goldDone.contains(g)).forEach(g -> differences.add(doc.id()
                + ": incident missed " + g.type() + " '" + g.trigger() + "' " + g.date() + " " + g.place()));
        system.stream().filter(s -> !systemDone.contains(s)).forEach(s -> differences.add(doc.id()
                + ": incident extra " + s.shown() + " " + s.date() + " " + s.places()));
        scores.add(matched.size(), system.size(), doc.events().size());
        GoldDocument.GoldEvent goldMain = doc.events().stream().filter(GoldDocument.GoldEvent::main).findFirst()
                .orElse(null);
        boolean found = system.stream().anyMatch(SystemEvent::main);
        boolean right = goldMain != null && matched.stream().anyMatch(p -> p.gold() == goldMain && p.system().main());
        scores.main(goldMain != null, found, right);
        if (goldMain != null && !right) {
            differences.add(doc.id() + ": main incident should be " + goldMain.type() + " '" + goldMain.trigger()
                    + "', is " + system.stream().filter(SystemEvent::main).map(SystemEvent::shown).findFirst()
                            .orElse("none"));
        }
    }

    /** How well a program event fits a gold incident; 0 when it cannot be the same incident. */
    private static int weight(GoldDocument.GoldEvent g, SystemEvent s) {
        if (!kind(g.type()).equals(kind(s.type()))) {
            return 0;
        }
        boolean trigger = s.triggers().contains(Evaluator.norm(g.trigger()));
        boolean date = g.date() != null && g.date().equals(s.date());
        boolean place = g.place() != null && s.places().contains(Evaluator.norm(g.place()));
        boolean unplaced = g.date() == null && g.place() == null;
        if (!(trigger || date || place || unplaced)) {
            return 0;
        }
        return 1 + (trigger ? 4 : 0) + (date ? 3 : 0) + (place ? 3 : 0) + (g.type().equals(s.type()) ? 1 : 0);
    }

    private static String kind(String type) {
        return ATTACKS.contains(type) ? "attack" : type;
    }

    private static void slots(GoldDocument doc, GoldDocument.GoldEvent g, SystemEvent s, IncidentScores scores,
            List<String> differences) {
        String where = doc.id() + ": incident " + s.shown() + ": ";
        check(scores, differences, where, "date", Objects.equals(g.date(), s.date()), g.date(), s.date());
        check(scores, differences, where, "place", s.placeAgrees(g.place()), g.place(), s.places());
        check(scores, differences, where, "country", g.country() == null ? s.countries().isEmpty()
                : s.countries().contains(Evaluator.norm(g.country())), g.country(), s.countries());
        check(scores, differences, where, "killed", Objects.equals(g.killed(), s.killed()), g.killed(), s.killed());
        check(scores, differences, where, "wounded", Objects.equals(g.wounded(), s.wounded()), g.wounded(),
                s.wounded());
        Set<String> goldActors = new TreeSet<>(Evaluator.normSet(g.perpetrators()));
        goldActors.addAll(Evaluator.normSet(g.claimants()));
        Set<String> systemActors = new TreeSet<>(s.perpetrators());
        systemActors.addAll(s.claimants());
        Set<String> goldNames = namesOf(doc, goldActors);
        boolean actor = goldActors.isEmpty() ? systemActors.isEmpty()
                : systemActors.stream().anyMatch(goldNames::contains);
        check(scores, differences, where, "perpetrator-or-claimant", actor, goldActors, systemActors);
        if (ATTACKS.contains(g.type())) {
            check(scores, differences, where, "attack-type", g.type().equals(s.type()), g.type(), s.type());
        }
        check(scores, differences, where, "modality", g.modality().equalsIgnoreCase(s.modality()), g.modality(),
                s.modality());
    }

    /**
     * The labels of these gold actors with the names the gold gives them in the text ("Sayfullo Saipov" is also
     * "Sayfullo Habibullaevic Saipov"): a system entity labelled by one of its entity's own names is that actor.
     */
    private static Set<String> namesOf(GoldDocument doc, Set<String> actors) {
        Set<String> names = new TreeSet<>(actors);
        for (GoldDocument.GoldEntity entity : doc.entities()) {
            if (actors.contains(Evaluator.norm(entity.label()))) {
                entity.mentions().stream().filter(m -> m.chars().anyMatch(Character::isUpperCase))
                        .map(Evaluator::norm).forEach(names::add);
            }
        }
        return names;
    }

    private static void check(IncidentScores scores, List<String> differences, String where, String slot,
            boolean right, Object gold, Object system) {
        scores.slot(slot, right);
        if (!right) {
            differences.add(where + slot + " should be " + gold + ", is " + system);
        }
    }
}
