package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Span;

/**
 * Takes courts and judicial districts out of a prosecution's places ("pled guilty ... in the United States District
 * Court for the Western District of Washington", "all in the Southern District of Ohio"): a court's district names no
 * town, and where the court sits is a town only when the text names one, as coders place a trial.
 */
public final class CourtDistricts {

    private static final Pattern COURT_OR_DISTRICT = Pattern.compile("(?i)\\bcourt\\b|\\bdistrict\\s+of\\b");

    private CourtDistricts() {
    }

    /** The incidents, each trial without the places that are only courts or judicial districts. */
    public static List<Event> drop(List<Event> incidents, PlaceFacts places) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            if (e.type() != EventType.TRIAL) {
                result.add(e);
                continue;
            }
            Set<String> kept = new TreeSet<>();
            e.places().stream().filter(p -> !courtOrDistrict(p, places)).forEach(kept::add);
            result.add(kept.size() == e.places().size() ? e : e.withPlaces(kept));
        }
        return result;
    }

    /** Whether every mention of a place names a court or a judicial district. */
    private static boolean courtOrDistrict(String place, PlaceFacts places) {
        List<Span> mentions = places.mentions().getOrDefault(place, List.of());
        return !mentions.isEmpty() && mentions.stream().allMatch(m -> COURT_OR_DISTRICT.matcher(m.text()).find());
    }
}
