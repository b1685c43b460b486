package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.conflictkg.source.PublicationDate;

/**
 * Finds events from trigger words (a lexicon of lemmas, {@code triggers.tsv}) and fills their roles, place, date,
 * casualties and modality from the dependency tree around the trigger:
 * <ul>
 * <li>roles: the subject of a verb trigger, or of the verb a noun trigger is the object of ("ISIL launched an
 * attack"), is its agent (perpetrator, arresting authority, claimant, speaker); the object or passive subject is
 * its patient (target, suspect); "on"/"against" phrases are targets, "by" phrases agents, possessives and compounds
 * of a noun trigger agents; a relative pronoun stands for the noun it modifies;</li>
 * <li>places: "in"/"at"/"near" phrases of the trigger or of its target, and targets that are places;</li>
 * <li>date: the nearest normalised date in the trigger's clause, else in its sentence, else the closest earlier one
 * in its paragraph; never the publication date by itself;</li>
 * <li>casualties: a number attached to a noun that is killed, wounded, dead or whose lives were claimed;</li>
 * <li>modality: cue lemmas ({@code modality-cues.tsv}) on the trigger, its modifiers and its ancestors.</li>
 * </ul>
 * The steps have classes of their own, called per sentence in this order: {@link EventTriggers} and {@link
 * NonEvents} find and type the triggers, {@link EventRoles} fills their roles, {@link EventDating} (with {@link
 * TimeExpressions} and {@link TriggerRegion}) dates them, {@link EventModality}, {@link CasualtyCounter}, {@link
 * EventPlaces}, {@link SharedCircumstances} and {@link AttackTypes} complete them, {@link SentenceMerger} joins the
 * drafts of one event, then {@link ReferenceLinker} links them to earlier events and {@link StatementLinks}
 * statements to the attacks they are about; {@link AttackTargets} types the targets of the events built.
 * A definite noun ("the attack") that adds nothing new, or only what agrees with an earlier event of the same
 * family, is another mention of that event ("the accusations" may be an earlier charge). Confidence: 0.5 for a noun
 * and 0.6 for a verb trigger, plus 0.15 when an actor role is filled and 0.1 when a place is, at most 0.95.
 */
public final class EventExtractor {

    private final EventModality modality = EventModality.fromLexicon();

    private final Map<String, LocalDate> governing;

    /** An extractor with the lexicons shipped with the program and no group that governs a country. */
    public EventExtractor() {
        this(Map.of());
    }

    /**
     * An extractor with the lexicons shipped with the program, given the armed groups that hold state power de
     * facto and since when (an arrest by the Taliban in 2023 is an arrest, not a kidnapping); a publication known
     * only to the month or year counts from the last day of its period.
     */
    public EventExtractor(Map<String, LocalDate> governing) {
        this.governing = Map.copyOf(governing);
    }

    /** A mention resolved to its entity, as the extractor needs it. */
    public record EntityMention(Mention mention, String iri, EntityType type) {
    }

    /**
     * The events of an annotated text whose mentions are resolved to entities. The names in a dateline ("KANO,
     * Nigeria, June 2 -") say where the report comes from, so they take no part in events.
     */
    public List<Event> extract(AnnotatedText text, List<EntityMention> mentions, DocumentDate publication) {
        Optional<PublicationDate> documentDate = publication.date();
        int datelineEnd = publication.datelineEnd();
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        for (EntityMention m : mentions) {
            if (!publication.inDateline(m.mention().begin())) {
                bySentence.computeIfAbsent(m.mention().sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        List<String> locationField = EventPlaces.locationField(text, mentions);
        Set<String> governingNow = new TreeSet<>();
        governing.forEach((group, since) -> {
            if (documentDate.isEmpty() || !documentDate.get().end().isBefore(since)) {
                governingNow.add(group);
            }
        });
        Map<String, EntityType> types = new HashMap<>();
        mentions.forEach(m -> types.put(m.iri(), m.type()));
        List<EventDraft> events = new ArrayList<>();
        Map<Integer, EventDate> lastDateInParagraph = new HashMap<>();
        TimeExpressions times = new TimeExpressions(text, documentDate, datelineEnd);
        List<IncidentTables.Row> rows = IncidentTables.rows(text.text());
        for (Sentence sentence : text.sentences()) {
            List<EntityMention> here = bySentence.getOrDefault(sentence.index(), List.of());
            EventDate paragraphDate = lastDateInParagraph.get(sentence.paragraph());
            List<TimeExpressions.Dated> dates = times.in(sentence, paragraphDate);
            List<EventDraft> found = new ArrayList<>();
            for (Token token : sentence.tokens()) {
                if (NonEvents.genericPlural(sentence, token, here)) {
                    continue;
                }
                EventType type = EventTriggers.type(sentence, token, here);
                if (type == null && IncidentTables.at(rows, token.begin()).isPresent()) {
                    type = EventTriggers.rowTrigger(sentence, token);
                }
                if (type == null || NonEvents.noEvent(sentence, token, here)) {
                    continue;
                }
                found.add(draft(text, sentence, token, type, here, dates, paragraphDate));
            }
            Set<String> placesTold = new TreeSet<>();
            here.stream().filter(m -> EventPlaces.place(sentence, m) && EventPlaces.located(sentence, m))
                    .forEach(m -> placesTold.add(m.iri()));
            CasualtyCounter.assign(found, sentence, events, placesTold);
            EventPlaces.wherePlaces(found, sentence, here);
            EventPlaces.soleEventPlaces(found, sentence, here);
            EventPlaces.contextPlaces(found, EventPlaces.headerPlaces(sentence, here), locationField, types);
            SharedCircumstances.shareWithConjuncts(found, sentence);
            AttackTypes.retype(found, types, governingNow);
            found = SentenceMerger.merge(found, sentence, text);
            for (EventDraft draft : found) {
                link(events, found, draft, sentence, text, types, rows);
            }
            StatementLinks.link(events, found, sentence, here);
            EventDating.datePlotsByPreparation(events, sentence, dates);
            List<TimeExpressions.Dated> told = dates.stream().filter(d -> !TimeExpressions.background(sentence, d.first())).toList();
            if (!told.isEmpty()) {
                lastDateInParagraph.put(sentence.paragraph(), told.get(told.size() - 1).date());
            }
        }
        ReferenceLinker.mergeRepeatedClaims(events, types);
        List<Event> result = new ArrayList<>();
        for (EventDraft d : events) {
            result.add(event(d));
        }
        return result;
    }

    /**
     * The draft of the event a trigger names, with its roles, date and modality. A verb that modifies a noun after
     * it ("the claimed attack") names an event told elsewhere: a reference with no date or place of its own.
     */
    private EventDraft draft(AnnotatedText text, Sentence sentence, Token token, EventType type,
            List<EntityMention> here, List<TimeExpressions.Dated> dates, EventDate paragraphDate) {
        EventDraft draft = new EventDraft();
        draft.type = type;
        draft.trigger = token;
        draft.sentence = sentence;
        draft.verb = token.isVerb();
        draft.triggers.add(new Span(sentence.index(), token.begin(), token.end(),
                text.text().substring(token.begin(), token.end())));
        draft.sentences.add(sentence.index());
        draft.paragraphs.add(sentence.paragraph());
        draft.definite = NounPhrases.definite(sentence, token);
        EventRoles.fill(draft, sentence, token, here);
        EventDating.date(draft, sentence, token, dates, paragraphDate, TriggerRegion.of(sentence, token, here));
        Token modified = sentence.head(token);
        if (token.isVerb() && token.relation().equals("amod") && modified != null
                && token.index() < modified.index()) {
            draft.verb = false;
            draft.definite = true;
            draft.reference = true;
            draft.date = Optional.empty();
            draft.places.clear();
        }
        modality.assess(draft, sentence, token);
        return draft;
    }

    /**
     * Adds a draft to the document's events once it has what the events told with it give it, unless it names an
     * earlier event again (it is merged into that one; never one of another row of an incident table) or nothing in
     * particular (a bare noun that no statement of its sentence is about).
     */
    private static void link(List<EventDraft> events, List<EventDraft> found, EventDraft draft, Sentence sentence,
            AnnotatedText text, Map<String, EntityType> types, List<IncidentTables.Row> rows) {
        boolean harming = CasualtyCounter.harmingSubject(sentence, draft.trigger);
        if (!draft.verb && !draft.hasArguments() && !draft.cue && !draft.definite && !harming) {
            return;
        }
        if (draft.atScene) {
            SharedCircumstances.atTheScene(events, draft);
        }
        SharedCircumstances.duringOperation(events, draft);
        SharedCircumstances.countedFromEvent(events, draft, text);
        EventDraft named = ReferenceLinker.elaborated(events, draft);
        if (named != null && !IncidentTables.apart(rows, named.trigger.begin(), draft.trigger.begin())) {
            ReferenceLinker.merge(named, draft, types);
            return;
        }
        EventDraft earlier = ReferenceLinker.coreferent(events, draft);
        if (earlier != null && !IncidentTables.apart(rows, earlier.trigger.begin(), draft.trigger.begin())) {
            ReferenceLinker.merge(earlier, draft, types);
        } else if (draft.reference) {
            draft.verb = true;
            events.add(draft);
        } else if (draft.verb || draft.hasArguments() || draft.cue
                || StatementLinks.aboutOf(found, draft, sentence) || harming) {
            events.add(draft);
        }
    }

    /** The event a finished draft describes; an entity that is its perpetrator is not also its target. */
    private static Event event(EventDraft d) {
        Set<String> perpetrators = d.roles.get(Role.PERPETRATOR);
        Set<String> targets = d.roles.get(Role.TARGET);
        if (perpetrators != null && targets != null) {
            targets.removeAll(perpetrators);
            if (targets.isEmpty()) {
                d.roles.remove(Role.TARGET);
            }
        }
        List<RoleAssignment> assignments = new ArrayList<>();
        for (Map.Entry<Role, Set<String>> role : new TreeMap<>(d.roles).entrySet()) {
            for (String iri : role.getValue()) {
                assignments.add(RoleAssignment.of(role.getKey(), iri, d.rules.getOrDefault(iri, "subject")));
            }
        }
        return new Event(d.type, d.triggers, d.roles, d.places, d.date, d.killed, d.wounded, EventModality.of(d),
                confidence(d), d.claimed, d.about, d.attributedTo, d.channels, AttackTargets.target(d), d.sentences,
                assignments);
    }

    private static double confidence(EventDraft d) {
        double confidence = d.verb ? 0.6 : 0.5;
        if (!d.roles.isEmpty()) {
            confidence += 0.15;
        }
        if (!d.places.isEmpty()) {
            confidence += 0.1;
        }
        return Math.min(0.95, Math.round(confidence * 100) / 100.0);
    }
}
