package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.nlp.AnnotatedText;

/**
 * Places a response to an attack where the attack happened, when nothing places the response: the arrest of someone
 * who perpetrated one attack or plot of the document ("The Metropolitan Police responded within seconds and arrested
 * the driver, Salih Khater"; the plotter of a car bomb plot against a Christmas tree lighting in Portland), a
 * military operation aimed at the attackers of an attack told just before ("its aircraft struck the attackers as
 * they withdrew"), and one told in the same sentence as the one attack it answers ("conducted one airstrike targeting
 * al-Shabaab terrorists after they attacked partner forces ... in the vicinity of Dar as Salam").
 */
public final class ResponsePlaces {

    private ResponsePlaces() {
    }

    /** The incidents, with each unplaced response placed at its attack's places below the country. */
    public static List<Event> place(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            Optional<Event> attack = Optional.empty();
            if (e.places().stream().noneMatch(facts::belowCountry)) {
                if (e.type() == EventType.ARREST) {
                    attack = attackOf(e.roles().getOrDefault(Role.SUSPECT, Set.of()), incidents);
                } else if (e.type() == EventType.MILITARY_OPERATION && ResponseDates.aimedAtAttackers(e, text)) {
                    attack = ResponseDates.attackBefore(e, incidents, text);
                } else if (e.type() == EventType.MILITARY_OPERATION) {
                    attack = attackInSentence(e, incidents);
                }
            }
            Set<String> towns = new LinkedHashSet<>();
            attack.ifPresent(a -> a.places().stream().filter(facts::belowCountry)
                    .forEach(towns::add));
            boolean sameCountry = e.places().stream().allMatch(p -> towns.stream()
                    .allMatch(t -> facts.countryOf(t).equals(facts.countryOf(p))));
            if (towns.isEmpty() || !sameCountry) {
                result.add(e);
                continue;
            }
            Set<String> places = new LinkedHashSet<>(e.places());
            places.addAll(towns);
            result.add(e.withPlaces(places));
        }
        return result;
    }

    /**
     * The one attack told in the sentence of an operation ("conducted one airstrike targeting al-Shabaab terrorists
     * after they attacked partner forces from a building in the vicinity of Dar as Salam"), if there is exactly one.
     */
    private static Optional<Event> attackInSentence(Event operation, List<Event> incidents) {
        int sentence = operation.triggers().get(0).sentence();
        return soleAttack(incidents, a -> a.triggers().stream().anyMatch(t -> t.sentence() == sentence));
    }

    /** The one attack or plot whose perpetrators include one of these suspects, if there is exactly one. */
    private static Optional<Event> attackOf(Set<String> suspects, List<Event> incidents) {
        List<Event> done = incidents.stream().filter(a -> (a.type().isAttack() || a.type() == EventType.PLOT)
                && a.roles().getOrDefault(Role.PERPETRATOR, Set.of()).stream().anyMatch(suspects::contains)).toList();
        return done.size() == 1 ? Optional.of(done.get(0)) : Optional.empty();
    }

    /** The one attack of the incidents that passes the test, if there is exactly one. */
    private static Optional<Event> soleAttack(List<Event> incidents, Predicate<Event> test) {
        List<Event> attacks = incidents.stream().filter(a -> a.type().isAttack() && test.test(a)).toList();
        return attacks.size() == 1 ? Optional.of(attacks.get(0)) : Optional.empty();
    }
}
