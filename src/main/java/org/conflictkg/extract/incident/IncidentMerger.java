package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.IncidentTables;
import org.conflictkg.extract.Modality;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Groups the event mentions of a document into incidents. A mention joins an earlier incident of the same kind
 * when nothing in them conflicts (dates, towns, perpetrators, modality) and something ties them: the same day, the
 * same town, or a mention that adds no time of its own ("the blast", "the rampage") in a report that has one such
 * incident or close to it; the steps of one prosecution are one trial, whatever their dates. Mentions marked as
 * other incidents ("another attack", "a separate raid") never join.
 * Statements then point at the incidents their events became, and repeated statements of one speaker about one
 * incident become one.
 */
public final class IncidentMerger {

    private static final Set<String> OTHER_INCIDENT = Set.of("another", "separate", "second", "third", "similar",
            "earlier", "previous", "other", "further", "new", "latest", "subsequent", "later", "recent", "past",
            "prior", "fourth", "fifth", "two", "three", "several", "many");

    private static final Set<String> ELSEWHERE = Set.of("separately", "elsewhere");

    private static final Pattern INLINE_HEADING = Pattern.compile(
            "[ \\t*•-]*(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]+\\.? \\d{1,2},? \\d{4}"
            + "|\\d{1,2} [A-Z][a-z]+\\.?,? \\d{4})\\s*:[ \\t]*\\S");
    private static final Pattern ENSUING = Pattern.compile("(?i)\\b(ensuing|subsequent|resulting)\\s+$");

    private final PlaceFacts places;

    /** A merger that judges places with these facts. */
    public IncidentMerger(PlaceFacts places) {
        this.places = places;
    }

    /**
     * A document's incidents and the mentions each was made of.
     *
     * @param incidents one event per incident or statement, in text order
     * @param mentions the events each incident was made of, by the incident's key, in text order
     */
    public record Merged(List<Event> incidents, Map<Integer, List<Event>> mentions) {
    }

    /** The incidents of these events (any order), each one event, in text order. */
    public List<Event> merge(List<Event> events, AnnotatedText text) {
        return mergeWithMentions(events, text, IncidentTables.rows(text.text())).incidents();
    }

    /**
     * The incidents of these events (any order), with the mentions each was made of; {@code rows} are the text's
     * incident-table rows ({@link IncidentTables#rows}), each one incident.
     */
    public Merged mergeWithMentions(List<Event> events, AnnotatedText text, List<IncidentTables.Row> rows) {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingInt(Event::key));
        List<List<Event>> groups = new ArrayList<>();
        ReportHead head = ReportHead.of(text);
        for (Event e : ordered) {
            List<Event> group = e.type().isStatement() ? null
                    : rows.isEmpty() ? groupFor(e, groups, text, head) : rowGroup(e, groups, rows, text, head);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(e)));
            } else {
                group.add(e);
            }
        }
        Map<Integer, Integer> keyOf = new HashMap<>();
        Map<Integer, List<Event>> mentions = new HashMap<>();
        List<Event> incidents = new ArrayList<>();
        for (List<Event> group : groups) {
            Event incident = IncidentSlots.combine(group, places);
            group.forEach(e -> keyOf.put(e.key(), incident.key()));
            mentions.put(incident.key(), List.copyOf(group));
            incidents.add(incident);
        }
        return mergeStatements(repoint(incidents, keyOf), mentions);
    }

    /**
     * In a text with incident tables, each row is one incident: a mention joins the group of its own row's mentions
     * of the same kind and no other; a mention outside the rows joins no row's group.
     */
    private List<Event> rowGroup(Event e, List<List<Event>> groups, List<IncidentTables.Row> rows,
            AnnotatedText text, ReportHead head) {
        Optional<IncidentTables.Row> row = IncidentTables.at(rows, e.key());
        if (row.isEmpty()) {
            List<List<Event>> outside = groups.stream()
                    .filter(g -> IncidentTables.at(rows, g.get(0).key()).isEmpty()).toList();
            return groupFor(e, outside, text, head);
        }
        for (List<Event> group : groups) {
            if (kind(group.get(0)) == kind(e) && IncidentTables.at(rows, group.get(0).key()).equals(row)) {
                return group;
            }
        }
        return null;
    }

    private List<Event> groupFor(Event e, List<List<Event>> groups, AnnotatedText text, ReportHead head) {
        boolean otherIncident = markedAsOther(e, text);
        boolean toldApart = toldApart(e, text);
        int sameKind = 0;
        boolean ensuing = ensuingFighting(e, text);
        for (List<Event> g : groups) {
            if (kind(g.get(0)) == kind(e)) {
                sameKind++;
            }
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<Event> group = groups.get(i);
            Event incident = IncidentSlots.combine(group, places);
            if (ensuing && incident.type().isAttack() && compatible(incident, e, text, head) && near(group, e, text)) {
                return group;
            }
            if (stepOfCase(incident, e)) {
                return group;
            }
            if (titleOverItemOfTown(group, e, text) && compatible(incident, e, text, head)) {
                return group;
            }
            if (kind(incident) != kind(e) || !compatible(incident, e, text, head) || toldApart) {
                continue;
            }
            if (sameDay(incident, e) || sharedPlace(incident, e) || sameCase(incident, e)
                    || samePlotDate(incident, e) || sameRecord(incident, e, text) || titleAndLead(group, e, text, head)
                    || itemAndTitle(group, e, text)) {
                return group;
            }
            if (!otherIncident && towns(e).isEmpty() && e.killed().isEmpty() && e.wounded().isEmpty()
                    && e.type().isAttack() && nextOnLine(group, e, text)) {
                return group;
            }
            boolean reference = !otherIncident && e.date().filter(IncidentSlots::ownDate).isEmpty();
            if (reference && (sameKind == 1 || near(group, e, text))) {
                return group;
            }
        }
        return null;
    }

    /** What an incident is, for grouping: any attack type is an attack; other types are themselves. */
    static Object kind(Event e) {
        return e.type().isAttack() ? EventType.ATTACK : e.type();
    }

    /**
     * Whether nothing in two mentions says they are different incidents. Different towns do, except where one of
     * the places is no town of the gazetteer and one mention is the title's, or the incident the title names in the
     * singular meets a mention of the lead not named as another: a title names the incident by a district, a
     * neighbourhood or a site within the town its lead gives ("2016 Karrada bombing" / "attacks in Baghdad"; "2017
     * Saint Petersburg Metro bombing" / "between Sennaya Ploshchad and ... stations"), even when a later sentence
     * has already been taken as its mention ("the man behind the bombing").
     */
    boolean compatible(Event a, Event b, AnnotatedText text, ReportHead head) {
        if (!modalityCompatible(a.modality(), b.modality())) {
            return false;
        }
        boolean trialSteps = a.type() == EventType.TRIAL && sameCase(a, b);
        if (!trialSteps && a.date().isPresent() && b.date().isPresent() && !datesAgree(a.date().get(),
                b.date().get())) {
            return false;
        }
        Set<String> townsA = towns(a);
        Set<String> townsB = towns(b);
        boolean titleWithin = !(allCities(townsA) && allCities(townsB)) && (titleOnly(a, head) || titleOnly(b, head)
                || namedInTitleInTheSingular(a, text, head) && inLead(b, text, head) && !namedAsOther(b, text));
        if (!townsA.isEmpty() && !townsB.isEmpty() && Collections.disjoint(townsA, townsB) && !titleWithin
                && !namedWithin(b, townsB, townsA, text) && !namedWithin(a, townsA, townsB, text)) {
            return false;
        }
        Set<String> countriesA = countries(a);
        Set<String> countriesB = countries(b);
        if (!countriesA.isEmpty() && !countriesB.isEmpty() && Collections.disjoint(countriesA, countriesB)) {
            return false;
        }
        Set<String> byA = a.roles().getOrDefault(Role.PERPETRATOR, Set.of());
        Set<String> byB = b.roles().getOrDefault(Role.PERPETRATOR, Set.of());
        return byA.isEmpty() || byB.isEmpty() || !Collections.disjoint(byA, byB);
    }

    /**
     * Whether a mention's sentence names one of its places followed at once by one of the other's towns, the town
     * it lies in ("in Lower Manhattan, New York City", "in Hodan district, Mogadishu"): the two are one place told
     * at two scales, not two towns.
     */
    private boolean namedWithin(Event e, Set<String> own, Set<String> others, AnnotatedText text) {
        int sentence = e.triggers().get(0).sentence();
        for (String place : own) {
            Optional<Span> inner = places.mentionIn(place, sentence);
            if (inner.isEmpty()) {
                continue;
            }
            for (String town : others) {
                Optional<Span> outer = places.mentionIn(town, sentence);
                if (outer.isPresent() && outer.get().begin() > inner.get().end()
                        && text.text().substring(inner.get().end(), outer.get().begin()).strip().equals(",")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a mention is in the lead and the group is the incident the title names first: the lead tells what the
     * title names, even in the plural ("2016 Karrada bombing" / "carried out coordinated bomb attacks in Baghdad").
     * Under a digest's day headings the items have no title; a statement's date line under its title is no digest.
     */
    private static boolean titleAndLead(List<Event> group, Event e, AnnotatedText text, ReportHead head) {
        boolean digest = !head.overDateLine()
                && (group.stream().anyMatch(IncidentMerger::datedByHeading) || datedByHeading(e));
        return namedInTitle(group.get(0), head) && !digest && inLead(e, text, head) && !namedAsOther(e, text);
    }

    /**
     * Whether a group is only the title line of a digest's item ("December 2016 Istanbul bombings", "Monsey Hanukkah
     * stabbing") and a mention is told in the line right under it by the title's word ("yesterday's bombings", "a
     * mass stabbing"): the item tells the incident its title names, as the Wikipedia Current Events portal links each
     * story to its article. A campaign's title ("Aleppo offensive", "November 2016 Butig clash") names many events,
     * of which the item may tell one; an item told in other words may be a new event of the story (a raid, a
     * follow-up attack).
     */
    private static boolean itemAndTitle(List<Event> group, Event e, AnnotatedText text) {
        Set<String> titleWords = new TreeSet<>();
        group.get(0).triggers().forEach(t -> titleWords.add(triggerLemma(t, text)));
        return titleAbove(group, e, text) && titleWords.contains(triggerLemma(e.triggers().get(0), text));
    }

    /**
     * Whether a group is only the title line of a digest's item that names a town ("Bombing of Zaporizhzhia") and a
     * mention in the line right under it is an attack or a strike in that town ("a Russian Iskander missile strike on
     * a hotel in Zaporizhzhia"): the item tells the incident its title names, whatever its word; the title's type
     * stays, as the coders type a state's strike on a town by what its title calls it.
     */
    private boolean titleOverItemOfTown(List<Event> group, Event e, AnnotatedText text) {
        if (!e.type().isAttack() && e.type() != EventType.MILITARY_OPERATION || !titleAbove(group, e, text)) {
            return false;
        }
        Set<String> shared = towns(group.get(0));
        shared.retainAll(towns(e));
        return !shared.isEmpty();
    }

    /**
     * Whether a group is only the title line of a digest's item, an attack's, and a mention is told in the line
     * right under it.
     */
    private static boolean titleAbove(List<Event> group, Event e, AnnotatedText text) {
        int title = group.get(0).triggers().get(0).sentence();
        boolean onlyTitle = group.stream().flatMap(g -> g.triggers().stream()).allMatch(t -> t.sentence() == title);
        int sentence = e.triggers().get(0).sentence();
        if (!onlyTitle || !group.get(0).type().isAttack() || title == 0 || sentence <= title
                || sentence >= text.sentences().size()
                || !SectionHeadings.isTitleLine(text, text.sentences().get(title))
                || SectionHeadings.isTitleLine(text, text.sentences().get(sentence))) {
            return false;
        }
        String between = text.text().substring(text.sentences().get(title).end(), e.triggers().get(0).begin());
        return between.chars().filter(c -> c == '\n').count() == 1;
    }

    /** The lemma of a trigger's first token, in lower case. */
    private static String triggerLemma(Span trigger, AnnotatedText text) {
        return triggerToken(trigger, text).map(t -> t.lemma().toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The first token of a trigger. */
    private static Optional<Token> triggerToken(Span trigger, AnnotatedText text) {
        return text.sentences().get(trigger.sentence()).tokens().stream().filter(t -> t.begin() == trigger.begin())
                .findFirst();
    }

    /** Whether a record heading dates a mention: the items under a day's heading have no title. */
    private static boolean datedByHeading(Event e) {
        return e.date().filter(d -> d.scope().equals("heading")).isPresent();
    }

    /** Whether every mention of an incident is in the title: a first paragraph of one sentence. */
    private static boolean titleOnly(Event e, ReportHead head) {
        return head.titled() && e.triggers().stream().allMatch(t -> t.sentence() == 0);
    }

    /** Whether an incident is first named in the title ("2016 Karrada bombing"), whatever later mentions it has. */
    private static boolean namedInTitle(Event e, ReportHead head) {
        return head.titled() && e.triggers().get(0).sentence() == 0;
    }

    /**
     * Whether an incident is first named in the title by a singular noun or a verb ("2016 Karrada bombing", not "2024
     * Dagestan attacks", whose towns are several incidents).
     */
    private static boolean namedInTitleInTheSingular(Event e, AnnotatedText text, ReportHead head) {
        if (!namedInTitle(e, head)) {
            return false;
        }
        return triggerToken(e.triggers().get(0), text).stream()
                .noneMatch(t -> t.pos().equals("NNS") || t.pos().equals("NNPS"));
    }

    /** Whether a mention is in the lead, the first paragraph of the body under the title. */
    private static boolean inLead(Event e, AnnotatedText text, ReportHead head) {
        return paragraph(e, text) == head.leadParagraph();
    }

    private boolean allCities(Set<String> towns) {
        return towns.stream().allMatch(t -> places.types().get(t) == EntityType.CITY);
    }

    private static boolean modalityCompatible(Modality a, Modality b) {
        return a == b || a == Modality.ALLEGED || b == Modality.ALLEGED;
    }

    private static boolean datesAgree(EventDate a, EventDate b) {
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    /** The same day, told by the mention's own sentence: a record heading dates every item under it alike. */
    private static boolean sameDay(Event a, Event b) {
        return a.date().isPresent() && b.date().isPresent() && a.date().get().value().length() == 10
                && a.date().get().value().equals(b.date().get().value()) && b.date().get().scope().equals("sentence");
    }

    /**
     * Whether two plot mentions carry the same date, of any precision ("a conspiracy ... in 2005", "the conspiracy
     * began in 2005"): a plot is dated by its planning, so a year ties its mentions as a day ties an attack's.
     */
    private static boolean samePlotDate(Event a, Event b) {
        return a.type() == EventType.PLOT && b.type() == EventType.PLOT && a.date().isPresent()
                && a.date().map(EventDate::value).equals(b.date().map(EventDate::value));
    }

    /** Whether two mentions share a town or a site ("Kabul University"). */
    private boolean sharedPlace(Event a, Event b) {
        Set<String> shared = new TreeSet<>(a.places());
        shared.retainAll(b.places());
        return shared.stream().anyMatch(places::belowCountry);
    }

    /**
     * Whether a trial mention is a step of a prosecution already told (charged, indicted, convicted, sentenced):
     * the coding manual's one trial record per defendant group and case, whatever the dates of its steps, unless
     * both name defendants and none is shared.
     */
    private static boolean stepOfCase(Event incident, Event e) {
        if (incident.type() != EventType.TRIAL || e.type() != EventType.TRIAL
                || !modalityCompatible(incident.modality(), e.modality())) {
            return false;
        }
        Set<String> suspectsA = incident.roles().getOrDefault(Role.SUSPECT, Set.of());
        Set<String> suspectsB = e.roles().getOrDefault(Role.SUSPECT, Set.of());
        return suspectsA.isEmpty() || suspectsB.isEmpty() || !Collections.disjoint(suspectsA, suspectsB);
    }

    /** Two steps of one prosecution or one arrest: the same people arrested or tried. */
    private static boolean sameCase(Event a, Event b) {
        if (a.type() != b.type() || !(a.type() == EventType.TRIAL || a.type() == EventType.ARREST
                || a.type() == EventType.DEPORTATION)) {
            return false;
        }
        Set<String> suspectsA = a.roles().getOrDefault(Role.SUSPECT, Set.of());
        Set<String> suspectsB = b.roles().getOrDefault(Role.SUSPECT, Set.of());
        return !suspectsA.isEmpty() && !Collections.disjoint(suspectsA, suspectsB);
    }

    private Set<String> towns(Event e) {
        Set<String> towns = new TreeSet<>();
        e.places().stream().filter(p -> places.specificity(p) == 2).forEach(towns::add);
        return towns;
    }

    private Set<String> countries(Event e) {
        Set<String> countries = new TreeSet<>();
        e.places().forEach(p -> places.countryOf(p).ifPresent(countries::add));
        return countries;
    }

    /**
     * Whether two mentions are told in one record that opens with its date on the same line ("05/15/2017:
     * Assailants attacked a patrol ... Two soldiers were killed in the assault."): a record of an incident database
     * is one incident, unlike the items that a day heading on a line of its own lists.
     */
    private static boolean sameRecord(Event a, Event b, AnnotatedText text) {
        if (a.date().isEmpty() || b.date().isEmpty() || !a.date().get().scope().equals("heading")
                || !b.date().get().scope().equals("heading") || !a.date().get().equals(b.date().get())) {
            return false;
        }
        int paragraph = paragraph(a, text);
        if (paragraph != paragraph(b, text)) {
            return false;
        }
        Sentence first = text.sentences().stream().filter(s -> s.paragraph() == paragraph).findFirst().orElse(null);
        if (first == null) {
            return false;
        }
        String opening = text.text().substring(first.begin(), Math.min(text.text().length(), first.begin() + 40));
        return INLINE_HEADING.matcher(opening).lookingAt();
    }

    /**
     * Whether a mention is the fighting an attack led to ("killed in the ensuing clash", "the subsequent gunfight"):
     * part of that attack, not an operation of its own.
     */
    private static boolean ensuingFighting(Event e, AnnotatedText text) {
        Span trigger = e.triggers().get(0);
        if (e.type() != EventType.MILITARY_OPERATION || trigger.sentence() >= text.sentences().size()) {
            return false;
        }
        Sentence sentence = text.sentences().get(trigger.sentence());
        String before = text.text().substring(Math.max(sentence.begin(), trigger.begin() - 12), trigger.begin());
        return ENSUING.matcher(before).find();
    }

    /**
     * Whether a mention is told in the sentence right after the group's last mention, on the same line ("At least two
     * people are killed in an attack, near the north-eastern village of El Wak ... A group of Kenyan Muslims
     * traveling on a bus ambushed by suspected Al-Shabaab insurgents, protected Christian passengers"): a digest's
     * item goes on about its incident, even though the day's heading dates both sentences alike.
     */
    private static boolean nextOnLine(List<Event> group, Event e, AnnotatedText text) {
        int last = group.stream().flatMap(g -> g.triggers().stream()).mapToInt(Span::sentence).max().orElse(-1);
        int here = e.triggers().get(0).sentence();
        return here == last + 1 && here < text.sentences().size() && text.onOneLine(last, here);
    }

    /** Whether a mention is in the paragraph of the group's last mention, or the next one. */
    private static boolean near(List<Event> group, Event e, AnnotatedText text) {
        int last = paragraph(group.get(group.size() - 1), text);
        int here = paragraph(e, text);
        return here - last <= 1;
    }

    private static int paragraph(Event e, AnnotatedText text) {
        int sentence = e.triggers().get(e.triggers().size() - 1).sentence();
        return sentence < text.sentences().size() ? text.sentences().get(sentence).paragraph() : 0;
    }

    /**
     * Whether the words before the trigger mark it as another incident ("another attack", "a separate raid"), or it
     * is in the plural ("the attacks").
     */
    private static boolean markedAsOther(Event e, AnnotatedText text) {
        Span trigger = e.triggers().get(0);
        String word = trigger.text().toLowerCase(Locale.ROOT);
        return trigger.sentence() < text.sentences().size()
                && (namedAsOther(e, text) || word.endsWith("s") && !word.endsWith("ss"));
    }

    /** Whether its sentence tells a mention apart from what came before ("separately", "in a separate incident"). */
    private static boolean toldApart(Event e, AnnotatedText text) {
        Span trigger = e.triggers().get(0);
        if (trigger.sentence() >= text.sentences().size()) {
            return false;
        }
        List<Token> before = text.sentences().get(trigger.sentence()).tokens().stream()
                .filter(t -> t.end() <= trigger.begin()).toList();
        for (int i = 0; i < before.size(); i++) {
            String word = before.get(i).word().toLowerCase(Locale.ROOT);
            boolean otherIncident = Set.of("separate", "another").contains(word) && i + 1 < before.size()
                    && before.get(i + 1).lemma().equalsIgnoreCase("incident");
            if (ELSEWHERE.contains(word) || otherIncident) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words before the trigger mark it as another incident ("another attack", "two raids"). */
    private static boolean namedAsOther(Event e, AnnotatedText text) {
        Span trigger = e.triggers().get(0);
        if (trigger.sentence() >= text.sentences().size()) {
            return false;
        }
        Sentence sentence = text.sentences().get(trigger.sentence());
        List<Token> before = sentence.tokens().stream().filter(t -> t.end() <= trigger.begin()).toList();
        for (int i = Math.max(0, before.size() - 3); i < before.size(); i++) {
            Token t = before.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (OTHER_INCIDENT.contains(word) || t.pos().equals("CD") && !t.ner().equals("DATE")) {
                return true;
            }
        }
        return false;
    }

    /** Statements about merged events now point at their incident. */
    private static List<Event> repoint(List<Event> incidents, Map<Integer, Integer> keyOf) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            Optional<Integer> claimed = e.claimedEvent().map(k -> keyOf.getOrDefault(k, k));
            Optional<Integer> about = e.about().map(k -> keyOf.getOrDefault(k, k));
            if (claimed.equals(e.claimedEvent()) && about.equals(e.about())) {
                result.add(e);
            } else {
                result.add(new Event(e.type(), e.triggers(), e.roles(), e.places(), e.date(), e.killed(),
                        e.wounded(), e.modality(), e.confidence(), claimed, about, e.attributedTo(), e.channels(),
                        e.target(), e.sentences(), e.assignments()));
            }
        }
        return result;
    }

    /**
     * One statement per speaker and incident: a claim of the same incident by the same claimants, or by none named
     * (a headline's "claimed attack"), is the claim the body reports; likewise accusations, denials and warnings.
     */
    private Merged mergeStatements(List<Event> events, Map<Integer, List<Event>> mentions) {
        List<List<Event>> groups = new ArrayList<>();
        for (Event e : events) {
            List<Event> group = null;
            if (e.type().isStatement()) {
                for (List<Event> g : groups) {
                    if (sameStatement(g.get(0), e)) {
                        group = g;
                        break;
                    }
                }
            }
            if (group == null) {
                groups.add(new ArrayList<>(List.of(e)));
            } else {
                group.add(e);
            }
        }
        List<Event> result = new ArrayList<>();
        Map<Integer, List<Event>> byIncident = new HashMap<>();
        for (List<Event> g : groups) {
            Event incident = IncidentSlots.combine(g, places);
            List<Event> all = new ArrayList<>();
            g.forEach(e -> all.addAll(mentions.getOrDefault(e.key(), List.of(e))));
            all.sort(Comparator.comparingInt(Event::key));
            byIncident.put(incident.key(), List.copyOf(all));
            result.add(incident);
        }
        result.sort(Comparator.comparingInt(Event::key));
        return new Merged(result, byIncident);
    }

    private static boolean sameStatement(Event a, Event b) {
        if (a.type() != b.type() || !a.type().isStatement()) {
            return false;
        }
        Optional<Integer> subjectA = a.claimedEvent().or(a::about);
        Optional<Integer> subjectB = b.claimedEvent().or(b::about);
        Role speaker = a.type() == EventType.CLAIM_OF_RESPONSIBILITY ? Role.CLAIMANT : Role.SPEAKER;
        Set<String> whoA = a.roles().getOrDefault(speaker, Set.of());
        Set<String> whoB = b.roles().getOrDefault(speaker, Set.of());
        if (whoA.isEmpty() && subjectA.isEmpty()) {
            return true;
        }
        if (subjectA.isEmpty() || !subjectA.equals(subjectB)) {
            return false;
        }
        return whoA.isEmpty() || whoB.isEmpty() || !Collections.disjoint(whoA, whoB);
    }
}
