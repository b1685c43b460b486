package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Leaves out what only counts or sums up incidents ("carried out at least 74 attacks in Niger during 2021", "military
 * operations in 2020", "arrests across the country"): an event named only by plural nouns, with no day or month, no
 * town, no toll and no statement about it, is an aggregate of incidents, which GTD and ACLED do not code as one
 * ("the 2014 bombings in Nairobi" names a town: it stays; so does "the 2014 Gikomba bombings", named by its year and
 * a name of its own).
 */
public final class Aggregates {

    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    /** Verbs by which a government or a group condemns attacks that happened ("condemns last week's attacks"). */
    private static final Set<String> CONDEMNATION_VERBS = Set.of("condemn", "denounce", "deplore", "decry");

    private Aggregates() {
    }

    /** The incidents that are not aggregates. */
    public static List<Event> drop(List<Event> incidents, PlaceFacts places, AnnotatedText text) {
        Set<Integer> spokenOf = StatementSubjects.of(incidents);
        List<Event> kept = new ArrayList<>();
        for (Event e : incidents) {
            if (!(aggregate(e, places) || titledWave(e, places, text)) || spokenOf.contains(e.key())
                    || namedByYearAndName(e, text, places)
                    || condemned(e, text)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * Whether a mention's noun is named by its year and a proper noun of its own ("the 2014 Mpeketoni attacks"): one
     * incident that has a name, however plural. The name of who did them or of a country is no such name ("the 2021
     * Taliban attacks", "the 2015 Nigeria bombings" count incidents).
     */
    static boolean namedByYearAndName(Event e, AnnotatedText text, PlaceFacts places) {
        for (Span trigger : e.triggers()) {
            if (trigger.sentence() >= text.sentences().size()) {
                continue;
            }
            Set<String> name = name(text.sentences().get(trigger.sentence()), trigger, places);
            if (name.size() >= 2 && name.stream().anyMatch(w -> YEAR.matcher(w).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention's noun is what a condemnation condemns, directly or as a conjunct ("condemns last week's
     * terror attacks in Niger, as well as recent attacks in Mali"): attacks one condemns happened, each of them an
     * incident, not a count of incidents.
     */
    static boolean condemned(Event e, AnnotatedText text) {
        for (Span trigger : e.triggers()) {
            if (trigger.sentence() >= text.sentences().size()) {
                continue;
            }
            Sentence sentence = text.sentences().get(trigger.sentence());
            Token current = lastToken(sentence, trigger).orElse(null);
            while (current != null && !current.isVerb() && current.relation().equals("conj")) {
                current = sentence.head(current);
            }
            Token verb = current == null || current.isVerb() ? null : sentence.head(current);
            if (verb != null && current.relation().equals("obj")
                    && CONDEMNATION_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that name an event noun: its year and its proper-noun compounds that name no actor or country; none
     * for a verb.
     */
    private static Set<String> name(Sentence sentence, Span trigger, PlaceFacts places) {
        Optional<Token> noun = lastToken(sentence, trigger);
        Set<String> words = new TreeSet<>();
        if (noun.isEmpty() || noun.get().isVerb()) {
            return words;
        }
        for (Token c : sentence.children(noun.get().index())) {
            if (c.relation().equals("compound") && c.pos().startsWith("NNP") && !actorOrCountry(sentence, c, places)
                    || c.relation().equals("nummod") && c.ner().equals("DATE")) {
                words.add(c.word().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The last token of a mention: the head of its noun phrase. */
    private static Optional<Token> lastToken(Sentence sentence, Span trigger) {
        return sentence.tokens().stream().filter(t -> t.begin() >= trigger.begin() && t.end() <= trigger.end())
                .reduce((x, y) -> y);
    }

    /** Whether a token is part of the name of an actor or a country ("Taliban", "Nigeria"). */
    private static boolean actorOrCountry(Sentence sentence, Token token, PlaceFacts places) {
        return places.mentions().entrySet().stream().anyMatch(named -> {
            EntityType type = places.types().get(named.getKey());
            return type != null && (type.isActor() || type == EntityType.COUNTRY) && named.getValue().stream()
                    .anyMatch(span -> span.sentence() == sentence.index() && span.begin() <= token.begin()
                            && token.end() <= span.end());
        });
    }

    /** Whether an event is named only by plural nouns and has no day, month, town or toll. */
    static boolean aggregate(Event e, PlaceFacts places) {
        if (e.date().map(EventDate::precision).filter(p -> !p.equals("year")).isPresent()) {
            return false;
        }
        return pluralAndUnplaced(e, places);
    }

    /**
     * Whether an event is named only in topic lines of a digest, by plural nouns, with no town or toll ("June 2020
     * Afghanistan attacks; War in Afghanistan" over a day's items): the day is the heading's, not the event's, and the
     * line names a wave of incidents.
     */
    static boolean titledWave(Event e, PlaceFacts places, AnnotatedText text) {
        boolean headingDate = e.date().filter(d -> d.scope().equals("heading")).isPresent();
        boolean titleLines = e.triggers().stream().allMatch(t -> t.sentence() < text.sentences().size()
                && SectionHeadings.isTitleLine(text, text.sentences().get(t.sentence())));
        return headingDate && titleLines && pluralAndUnplaced(e, places);
    }

    private static boolean pluralAndUnplaced(Event e, PlaceFacts places) {
        if (e.type().isStatement() || e.killed().isPresent() || e.wounded().isPresent()
                || e.places().stream().anyMatch(places::belowCountry)) {
            return false;
        }
        for (Span trigger : e.triggers()) {
            String word = trigger.text().toLowerCase(Locale.ROOT);
            if (!(word.endsWith("s") && !word.endsWith("ss") && word.length() > 3)) {
                return false;
            }
        }
        return true;
    }
}
