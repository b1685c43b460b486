package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Casualties;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.IncidentTables;
import org.conflictkg.extract.Role;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * The document stage after the sentence rules: dates undated events by their record's heading, groups event
 * mentions into incidents, counts the perpetrators among the dead, and chooses the incident the report is about.
 */
public final class IncidentBuilder {

    /** How many sentences after an attack's mention, in its paragraph, may tell that its attackers died. */
    private static final int FOLLOWING_SENTENCES = 2;

    /** The incidents of a document's events. */
    public Incidents build(AnnotatedText text, List<Event> events, PlaceFacts places) {
        List<RecordHeadings.Heading> headings = RecordHeadings.find(text.text());
        List<Event> split = IncidentSplitter.split(statementsDatedByThemselves(SiteTowns.add(events, places,
                text.text())), places, text);
        List<IncidentTables.Row> rows = IncidentTables.rows(text.text());
        List<Event> dated = TableRowSlots.date(LeadDates.date(datedByHeadings(split, headings, text.text()), text),
                rows);
        IncidentMerger.Merged grouped = new IncidentMerger(places).mergeWithMentions(dated, text, rows);
        List<Event> incidents = AttackerKillings.drop(Unanchored.drop(Conspiracies.drop(Aggregates.drop(
                titleMonthsDated(grouped.incidents(), headings, text), places, text))), text);
        List<Event> claimed = UnattachedClaims.complete(ClaimedByPhrases.add(AttackTypes.refine(incidents, text), text,
                places), text, places);
        List<Event> attributed = SoleGroupSubjects.add(SuspectedPerpetrators.add(IdentifiedAttackers.add(
                GroupSubjects.add(AttributedPerpetrators.add(claimed, text, places), text, places), text, places)),
                text, places);
        List<Event> merged = PrecedingPlaces.place(ResponsePlaces.place(ResponseDates.date(attributed, text), text,
                places), text, places);
        Map<Integer, Integer> perpetratorsKilled = new HashMap<>();
        List<Event> tabled = TableRowSlots.fill(merged, rows, places, perpetratorsKilled);
        List<Event> counted = new ArrayList<>();
        for (Event e : tabled) {
            if (perpetratorsKilled.containsKey(e.key())) {
                counted.add(e);
                continue;
            }
            Optional<ToldDeaths> deaths = e.type().isAttack()
                    ? perpetratorDeaths(e, tabled, text) : Optional.empty();
            if (deaths.isEmpty()) {
                counted.add(e);
                continue;
            }
            perpetratorsKilled.put(e.key(), deaths.get().deaths().count());
            boolean inToll = deaths.get().deaths().alreadyCounted()
                    && (PerpetratorDeaths.includedInToll(sentenceText(text, deaths.get().sentence()))
                            || tollSentences(e, grouped.mentions().getOrDefault(e.key(), List.of(e)))
                                    .contains(deaths.get().sentence()));
            counted.add(inToll ? e : withKilled(e, deaths.get().deaths().count()));
        }
        Map<Integer, List<SlotSource>> sources = new HashMap<>();
        grouped.mentions().forEach((key, mentions) -> {
            if (mentions.size() > 1) {
                sources.put(key, sources(mentions));
            }
        });
        List<Event> placed = CourtTowns.place(CourtDistricts.drop(counted, places), text, places);
        return new Incidents(placed, MainIncident.choose(placed, headings.size()), perpetratorsKilled, sources,
                UnplacedCountries.of(placed, places, text));
    }

    /** The value each mention gave each slot, with its sentence. */
    static List<SlotSource> sources(List<Event> mentions) {
        List<SlotSource> sources = new ArrayList<>();
        for (Event m : mentions) {
            int sentence = m.triggers().get(0).sentence();
            m.date().ifPresent(d -> sources.add(new SlotSource("date", d.value(), sentence)));
            new TreeSet<>(m.places()).forEach(p -> sources.add(new SlotSource("place", p, sentence)));
            new TreeSet<>(m.roles().getOrDefault(Role.PERPETRATOR, Set.of()))
                    .forEach(p -> sources.add(new SlotSource("perpetrator", p, sentence)));
            m.killed().ifPresent(k -> sources.add(new SlotSource("killed", String.valueOf(k.count()), sentence)));
            m.wounded().ifPresent(w -> sources.add(new SlotSource("wounded", String.valueOf(w.count()), sentence)));
        }
        return List.copyOf(new LinkedHashSet<>(sources));
    }

    /**
     * A statement (claim, accusation, denial, warning, assessment) is dated only by a time expression of its own
     * sentence: the day an attack of its paragraph happened is not the day it was claimed or denied. A claim has no
     * place: the place its sentence names is the attack's.
     */
    static List<Event> statementsDatedByThemselves(List<Event> events) {
        List<Event> result = new ArrayList<>();
        for (Event e : events) {
            boolean placedClaim = e.type() == EventType.CLAIM_OF_RESPONSIBILITY && !e.places().isEmpty();
            if (placedClaim || e.type().isStatement() && e.date().filter(d -> d.scope().equals("paragraph"))
                    .isPresent()) {
                Optional<EventDate> date = e.date().filter(d -> !d.scope().equals("paragraph"));
                Set<String> where = e.type() == EventType.CLAIM_OF_RESPONSIBILITY ? Set.of() : e.places();
                result.add(new Event(e.type(), e.triggers(), e.roles(), where, date, e.killed(),
                        e.wounded(), e.modality(), e.confidence(), e.claimedEvent(), e.about(), e.attributedTo(),
                        e.channels(), e.target(), e.sentences(), e.assignments()));
            } else {
                result.add(e);
            }
        }
        return result;
    }

    /**
     * Events that nothing in their sentence or paragraph dates take the date of the record heading above them, and so
     * do events dated only by a year that the heading's date falls in (the year of an item's title line). An event
     * first named above every heading (in a report's title over its date line) takes the heading of its first mention
     * below one.
     */
    static List<Event> datedByHeadings(List<Event> events, List<RecordHeadings.Heading> headings, String text) {
        if (headings.isEmpty()) {
            return events;
        }
        List<Event> result = new ArrayList<>();
        for (Event e : events) {
            Optional<RecordHeadings.Heading> heading = e.triggers().stream()
                    .map(t -> RecordHeadings.at(headings, t.begin())).flatMap(Optional::stream).findFirst();
            if (heading.isEmpty() || e.date().isPresent() && !coarserThan(e.date().get(), heading.get().date())
                    && !fromAnotherItem(e, text)) {
                result.add(e);
            } else {
                result.add(e.withDate(Optional.of(heading.get().date())));
            }
        }
        return result;
    }

    /**
     * Whether an event's date was carried over from another line of its paragraph: under a day's heading each line is
     * an item of its own, so a date written in an earlier item ("14 October 2017 Mogadishu bombings") does not date
     * the next ones.
     */
    static boolean fromAnotherItem(Event e, String text) {
        if (e.date().isEmpty() || !e.date().get().scope().equals("paragraph")) {
            return false;
        }
        int at = e.triggers().get(0).begin();
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return !line.contains(e.date().get().text());
    }

    /**
     * Incidents that only the month of their item's title line dates ("Aleppo offensive (November 2016)"), nothing
     * in the item finer, take the day of the record heading above them: the title names the story, the day's
     * heading dates its news.
     */
    static List<Event> titleMonthsDated(List<Event> incidents, List<RecordHeadings.Heading> headings,
            AnnotatedText text) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            Optional<RecordHeadings.Heading> heading = RecordHeadings.at(headings, e.key());
            String month = e.date().map(EventDate::value).orElse("");
            int sentence = e.triggers().get(0).sentence();
            boolean titleMonth = heading.isPresent() && month.length() == 7
                    && heading.get().date().value().startsWith(month) && sentence < text.sentences().size()
                    && SectionHeadings.isTitleLine(text, text.sentences().get(sentence));
            result.add(titleMonth ? e.withDate(Optional.of(heading.get().date())) : e);
        }
        return result;
    }

    /** Whether a date is only a year that a more precise date falls in ("2015" and "2015-12-21"). */
    static boolean coarserThan(EventDate date, EventDate finer) {
        return date.value().length() == 4 && finer.value().length() > 4 && finer.value().startsWith(date.value());
    }

    /**
     * The perpetrator deaths the first of an attack's sentences reports, or the sentence after one of them in its
     * paragraph ("Three militants open fire ... The gunmen are killed during a battle") that tells of no other
     * attack; sentences that also report a military operation are left out (the attackers killed
     * there are the operation's toll).
     */
    private static Optional<ToldDeaths> perpetratorDeaths(Event attack, List<Event> all, AnnotatedText text) {
        Set<Integer> operations = new TreeSet<>();
        Set<Integer> attacks = new TreeSet<>();
        all.stream().filter(e -> e.type() == EventType.MILITARY_OPERATION)
                .forEach(e -> e.triggers().forEach(t -> operations.add(t.sentence())));
        all.stream().filter(e -> e.type().isAttack() && e != attack)
                .forEach(e -> e.triggers().forEach(t -> attacks.add(t.sentence())));
        TreeSet<Integer> sentences = new TreeSet<>(attack.sentences());
        for (int s : attack.sentences()) {
            for (int next = s + 1; next <= s + FOLLOWING_SENTENCES && next < text.sentences().size()
                    && !attacks.contains(next) && !SectionHeadings.isTitleLine(text, text.sentences().get(next))
                    && text.sentences().get(next).paragraph() == text.sentences().get(s).paragraph(); next++) {
                sentences.add(next);
            }
        }
        StringBuilder attackers = new StringBuilder();
        new TreeSet<>(attack.sentences()).forEach(s -> attackers.append(sentenceText(text, s)).append(' '));
        for (int index : sentences) {
            if (operations.contains(index) || index >= text.sentences().size()) {
                continue;
            }
            Optional<PerpetratorDeaths.Deaths> deaths = PerpetratorDeaths.in(sentenceText(text, index),
                    attackers.toString());
            if (deaths.isPresent()) {
                return Optional.of(new ToldDeaths(deaths.get(), index));
            }
        }
        return Optional.empty();
    }

    /** Perpetrator deaths and the sentence that tells them. */
    private record ToldDeaths(PerpetratorDeaths.Deaths deaths, int sentence) {
    }

    /**
     * The sentences whose mention of an incident gave it its death toll: perpetrator deaths a sentence counts among
     * its dead ("eight assailants were killed") are in the incident's toll only when that sentence gave it ("Five
     * people are killed ... Two attackers are killed in the ensuing shootout": seven dead), unless the sentence says
     * they are ("including the perpetrator").
     */
    private static Set<Integer> tollSentences(Event incident, List<Event> mentions) {
        Set<Integer> sentences = new TreeSet<>();
        incident.killed().ifPresent(toll -> mentions.stream()
                .filter(m -> m.killed().filter(k -> k.count() == toll.count()).isPresent())
                .forEach(m -> sentences.addAll(m.sentences())));
        return sentences;
    }

    private static String sentenceText(AnnotatedText text, int index) {
        Sentence s = text.sentences().get(index);
        return text.text().substring(s.begin(), s.end());
    }

    private static Event withKilled(Event e, int perpetrators) {
        Casualties killed = e.killed().map(k -> new Casualties(k.count() + perpetrators, k.qualifier()))
                .orElse(new Casualties(perpetrators, ""));
        return new Event(e.type(), e.triggers(), e.roles(), e.places(), e.date(), Optional.of(killed), e.wounded(),
                e.modality(), e.confidence(), e.claimedEvent(), e.about(), e.attributedTo(), e.channels(),
                e.target(), e.sentences(), e.assignments());
    }
}
