package org.conflictkg.extract.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * The country of an incident that the text places nowhere, or only at places of no known country (a village the
 * gazetteer lacks): the state of the authorities that acted in it ("Russian authorities arrested ..."), else, for an
 * attack, plot or operation, the one country the places of its sentence lie in ("in a park south of Baghdad, Iraq"),
 * else, but for a prosecution, the one country the places of its line lie in (a digest's item), else the country its
 * section heading names ("Terrorism in Kenya"), else the country the document is about, else, for
 * a prosecution, the one country whose authorities the document names (a court's country: "U.S. District Judge").
 * Statements (claims, warnings, accusations) get none: where a statement was made is not where its incident happened.
 */
public final class UnplacedCountries {

    /**
     * Events whose sentence names countries for other reasons than where they happened ("videos of captured
     * attackers" in a sentence about pinning the attack on Ukraine; charges over a bombing in Iraq).
     */
    private static final Set<EventType> LEGAL = Set.of(EventType.ARREST, EventType.TRIAL, EventType.DEPORTATION);

    /** Prosecutions, which a paragraph about the crime abroad tells where the court sits. */
    private static final Set<EventType> PROSECUTIONS = Set.of(EventType.TRIAL, EventType.DEPORTATION);

    private UnplacedCountries() {
    }

    /** The IRIs of the countries of the incidents without a place of known country, by key. */
    public static Map<Integer, Set<String>> of(List<Event> incidents, PlaceFacts places, AnnotatedText text) {
        Map<Integer, Set<String>> result = new HashMap<>();
        for (Event e : incidents) {
            if (e.places().stream().anyMatch(p -> places.countryOf(p).isPresent()) || e.type().isStatement()) {
                continue;
            }
            Set<String> countries = new TreeSet<>();
            authorities(e, places).forEach(a -> places.countryOf(a).ifPresent(countries::add));
            if (countries.isEmpty() && !LEGAL.contains(e.type())) {
                sentenceCountry(text, e.triggers().get(0).sentence(), places).ifPresent(countries::add);
            }
            if (countries.isEmpty() && !PROSECUTIONS.contains(e.type())) {
                lineCountry(text, e.triggers().get(0).sentence(), LEGAL.contains(e.type()), places)
                        .ifPresent(countries::add);
            }
            if (countries.isEmpty()) {
                SectionHeadings.countryBefore(text, e.triggers().get(0).sentence(), places)
                        .ifPresent(countries::add);
            }
            if (countries.isEmpty()) {
                places.documentCountry().ifPresent(countries::add);
            }
            if (countries.isEmpty() && e.type() == EventType.TRIAL) {
                authoritiesCountry(places).ifPresent(countries::add);
            }
            if (!countries.isEmpty()) {
                result.put(e.key(), Set.copyOf(countries));
            }
        }
        return result;
    }

    /**
     * The one country the places of a sentence lie in ("in a park south of Baghdad, Iraq", where the relative place
     * is none of the incident's), if they lie in exactly one; a country that is the sentence's subject ("The U.S.
     * releases a report on ...") is an actor there, not a place.
     */
    private static Optional<String> sentenceCountry(AnnotatedText text, int sentence, PlaceFacts places) {
        Set<String> countries = new TreeSet<>();
        addCountries(text, sentence, places, countries);
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    /** Adds the countries of the places a sentence names, but a country that is its subject (an actor there). */
    private static void addCountries(AnnotatedText text, int sentence, PlaceFacts places, Set<String> countries) {
        Sentence words = text.sentences().get(sentence);
        for (String place : places.types().keySet()) {
            Optional<Span> mention = places.mentionIn(place, sentence);
            if (places.specificity(place) > 0 && mention.isPresent() && !subject(words, mention.get())) {
                places.countryOf(place).ifPresent(countries::add);
            }
        }
    }

    /**
     * The one country the places of a sentence's line lie in, its sentences being those no line break parts from
     * it ("The death toll amid civil unrest in Oromia Region, Ethiopia, rises ... More than 1,000 people have been
     * arrested": a digest's item, a report's paragraph), counted as in its sentence; for an arrest, only the other
     * sentences of the line, its own naming countries for other reasons as often as not.
     */
    private static Optional<String> lineCountry(AnnotatedText text, int sentence, boolean otherSentences,
            PlaceFacts places) {
        int first = sentence;
        while (first > 0 && !lineBreakBetween(text, first - 1, first)) {
            first--;
        }
        int last = sentence;
        while (last + 1 < text.sentences().size() && !lineBreakBetween(text, last, last + 1)) {
            last++;
        }
        Set<String> countries = new TreeSet<>();
        for (int i = first; i <= last; i++) {
            if (!otherSentences || i != sentence) {
                addCountries(text, i, places, countries);
            }
        }
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    private static boolean lineBreakBetween(AnnotatedText text, int before, int after) {
        return text.text().substring(text.sentences().get(before).end(), text.sentences().get(after).begin())
                .indexOf('\n') >= 0;
    }

    private static boolean subject(Sentence sentence, Span mention) {
        List<Token> covered = sentence.tokens().stream()
                .filter(t -> t.begin() >= mention.begin() && t.end() <= mention.end()).toList();
        return !covered.isEmpty() && sentence.headOf(covered.get(0).index(), covered.get(covered.size() - 1)
                .index()).relation().startsWith("nsubj");
    }

    /**
     * The one country whose authorities the document names ("U.S. District Judge", "the FBI", "U.S. Attorney for the
     * District of Minnesota"), where a prosecution it tells without a court's town takes place.
     */
    private static Optional<String> authoritiesCountry(PlaceFacts places) {
        Set<String> countries = new TreeSet<>();
        places.types().forEach((iri, type) -> {
            if (type == EntityType.STATE_AUTHORITY) {
                places.countryOf(iri).ifPresent(countries::add);
            }
        });
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    private static Set<String> authorities(Event e, PlaceFacts places) {
        Set<String> result = new TreeSet<>(e.roles().getOrDefault(Role.AUTHORITY, Set.of()));
        e.roles().getOrDefault(Role.PERPETRATOR, Set.of()).stream()
                .filter(p -> places.types().get(p) == EntityType.STATE_AUTHORITY).forEach(result::add);
        return result;
    }
}
