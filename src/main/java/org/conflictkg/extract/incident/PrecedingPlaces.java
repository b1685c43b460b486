package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;

/**
 * Places an attack or a military operation that its own sentences leave without a town at the one town the sentence
 * before names, on the same line ("Clashes continue between PKK militants and Turkish Army troops in the
 * Kurdish-majority city of Diyarbakır in southeastern Turkey. At least one Turkish soldier is killed and several are
 * wounded in a bomb attack."; "We commend the response of the Somali security forces that quickly ended the attack"
 * after an attack in Mogadishu): a report that goes on without naming another place goes on about the same place.
 */
public final class PrecedingPlaces {

    private PrecedingPlaces() {
    }

    /** The incidents, with each attack or operation without a town placed at the one town of the sentence before. */
    public static List<Event> place(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            String town = (e.type().isAttack() || e.type() == EventType.MILITARY_OPERATION) && e.places().stream()
                    .noneMatch(facts::belowCountry) ? townBefore(e, text, facts) : null;
            boolean sameCountry = town != null && e.places().stream()
                    .allMatch(p -> facts.countryOf(p).equals(facts.countryOf(town)));
            if (!sameCountry) {
                result.add(e);
                continue;
            }
            Set<String> places = new LinkedHashSet<>(e.places());
            places.add(town);
            result.add(e.withPlaces(places));
        }
        return result;
    }

    /** The one town or site that the sentence before the event's first mention names, on its line. */
    private static String townBefore(Event e, AnnotatedText text, PlaceFacts facts) {
        int index = e.triggers().get(0).sentence();
        if (index == 0) {
            return null;
        }
        if (!text.onOneLine(index - 1, index)) {
            return null;
        }
        List<String> towns = new ArrayList<>();
        for (Map.Entry<String, List<Span>> named : facts.mentions().entrySet()) {
            if (facts.belowCountry(named.getKey())
                    && named.getValue().stream().anyMatch(s -> s.sentence() == index - 1)) {
                towns.add(named.getKey());
            }
        }
        return towns.size() == 1 ? towns.get(0) : null;
    }
}
