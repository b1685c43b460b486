package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * Places a prosecution where its court sits, as the coding manual places a trial: a report that names one town of
 * a court where a step of a prosecution took place ("an initial appearance ... in United States District Court in
 * Minneapolis", "was sentenced in Manhattan federal court", "a Manhattan federal court's sentencing of four
 * terrorists", "will now face American justice in a Manhattan federal court"; not "A court in Düsseldorf must now
 * decide") gives that town to each trial it tells without a town of its own, whatever country the charges
 * are about ("charged ... with offenses related to the foreign fighter threat in Syria").
 */
public final class CourtTowns {

    /**
     * A court followed by its town: "District Court in Minneapolis", "federal court in Alexandria", "the court of
     * assizes of Brussels".
     */
    private static final Pattern COURT_IN = Pattern.compile(
            "(?i)\\b(?:court|courthouse)(?:\\s+of\\s+[a-z]+)?\\s+(?:in|of)\\s+(?:downtown\\s+)?");
    /** A town followed by its court: "in Manhattan federal court", "in Camden federal court". */
    private static final Pattern TOWN_COURT = Pattern.compile("(?i)\\s+(?:federal|district|U\\.S\\. district)\\s+court\\b");
    /** A step of a prosecution told in the court's sentence: the court is where that step took place. */
    private static final Pattern STEP = Pattern.compile("(?i)\\b(?:appearance|appeared|appears?|pleaded|pled|pleads?"
            + "|sentenced|sentencing|convicted|arraigned|charged|indicted|tried|found guilty|face justice"
            + "|face \\w+ justice)\\b");
    private static final List<EntityType> TOWNS = List.of(EntityType.CITY, EntityType.PLACE);
    /** How far after "court in" the town's name may start, and how far before "federal court" it may end. */
    private static final int REACH = 2;

    private CourtTowns() {
    }

    /** The incidents, each trial without a town of its own placed in the one town the report names for a court. */
    public static List<Event> place(List<Event> incidents, AnnotatedText text, PlaceFacts places) {
        if (incidents.stream().noneMatch(e -> e.type() == EventType.TRIAL)) {
            return incidents;
        }
        Set<String> towns = courtTowns(text, places);
        if (towns.size() != 1) {
            return incidents;
        }
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            boolean townless = e.places().stream().noneMatch(p -> TOWNS.contains(places.types().get(p)));
            result.add(e.type() == EventType.TRIAL && townless ? e.withPlaces(towns) : e);
        }
        return result;
    }

    /** The towns the text names as where a court sits. */
    private static Set<String> courtTowns(AnnotatedText text, PlaceFacts places) {
        Set<String> towns = new TreeSet<>();
        for (Sentence sentence : text.sentences()) {
            String words = text.text().substring(sentence.begin(), sentence.end());
            if (!STEP.matcher(words).find()) {
                continue;
            }
            Matcher after = COURT_IN.matcher(words);
            while (after.find()) {
                town(places, sentence.index(), sentence.begin() + after.end(), true).ifPresent(towns::add);
            }
            Matcher before = TOWN_COURT.matcher(words);
            while (before.find()) {
                int offset = sentence.begin() + before.start();
                town(places, sentence.index(), offset, false).ifPresent(towns::add);
            }
        }
        return towns;
    }

    /** The town (a city first, else another place) named right after an offset, or ending right before it. */
    private static Optional<String> town(PlaceFacts places, int sentence, int offset, boolean after) {
        for (EntityType type : TOWNS) {
            Optional<String> found = after ? places.entityAt(type, sentence, offset, REACH)
                    : places.entityBefore(type, sentence, offset, REACH);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
