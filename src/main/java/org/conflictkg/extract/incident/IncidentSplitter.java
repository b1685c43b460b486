package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Casualties;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.NumberWords;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Token;

/**
 * Splits a plural attack mention that names several towns ("the attacks in Damascus and Homs", "bombings in Sadr
 * City and Abu Ghraib") into one incident per town, as GTD and ACLED code attacks in different places apart; the
 * first part keeps the later mentions that refer back to the plural one. The parts keep the type, date, actors and
 * modality; a toll given for all of them together belongs to none, a toll given place by place to each. Each part
 * after the first is named by its place's mention in the sentence, so that it has an identifier of its own. When
 * two or more of the places are towns, the other named places (regions: "in the cities of Derbent and Makhachkala
 * in the republic of Dagestan") only tell where the towns lie and make no part of their own. A plural attack placed
 * in no town but in several countries ("recent attacks in Mali and Burkina Faso"; "in France, Kuwait, Somalia, and
 * Tunisia": no country lies in another) is one incident per country.
 */
public final class IncidentSplitter {

    /** Commas between place names, with capitalised names between them ("Laascaanood, Sool, Somaliland"). */
    private static final Pattern COMMA_CHAIN = Pattern.compile("(\\s*,\\s*\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’-]*)*)*"
            + "\\s*,\\s*");

    private IncidentSplitter() {
    }

    /**
     * The events, with each plural attack mention over several places split into one per place; a place named after
     * another with a comma is where that one lies, no place of its own.
     */
    public static List<Event> split(List<Event> events, PlaceFacts places, AnnotatedText text) {
        List<Event> result = new ArrayList<>();
        for (Event e : events) {
            result.addAll(parts(e, places, text));
        }
        return result;
    }

    private static List<Event> parts(Event e, PlaceFacts facts, AnnotatedText text) {
        if (!e.type().isAttack() || !plural(e.triggers().get(0).text())) {
            return List.of(e);
        }
        Set<String> towns = new TreeSet<>();
        for (String p : e.places()) {
            if (facts.types().get(p) == EntityType.CITY) {
                towns.add(p);
            }
        }
        if (towns.size() < 2) {
            for (String p : e.places()) {
                if (facts.specificity(p) == 2) {
                    towns.add(p);
                }
            }
        }
        boolean countries = towns.isEmpty();
        if (countries) {
            for (String p : e.places()) {
                if (facts.specificity(p) == 1) {
                    towns.add(p);
                }
            }
        }
        Set<String> units = towns.size() >= 2 ? towns : Set.of();
        if (units.isEmpty()) {
            return List.of(e);
        }
        Span trigger = e.triggers().get(0);
        List<Span> names = new ArrayList<>();
        List<String> ordered = new ArrayList<>();
        for (String place : units) {
            Optional<Span> name = facts.mentionIn(place, trigger.sentence());
            if (name.isEmpty()) {
                return List.of(e);
            }
            names.add(name.get());
            ordered.add(place);
        }
        for (int i = names.size() - 1; i >= 0 && !countries; i--) {
            if (where(names.get(i), names, text)) {
                names.remove(i);
                ordered.remove(i);
            }
        }
        if (names.size() < 2) {
            return List.of(e);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(names.get(a).begin(), names.get(b).begin()));
        List<Optional<Casualties>> tolls = ownTolls(e, order.stream().map(names::get).toList(), text);
        List<Event> parts = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            String place = ordered.get(i);
            Set<String> where = new TreeSet<>(Set.of(place));
            facts.countryOf(place).filter(e.places()::contains).ifPresent(where::add);
            List<Span> triggers = k == 0 ? e.triggers() : List.of(names.get(i), trigger);
            parts.add(new Event(e.type(), triggers, e.roles(), where, e.date(), tolls.get(k), Optional.empty(),
                    e.modality(), e.confidence(), e.claimedEvent(), e.about(), e.attributedTo(), e.channels(),
                    e.target(), e.sentences(), e.assignments()));
        }
        return parts;
    }

    /**
     * The toll of each part when the sentence gives one per place, each number before its place's name and after
     * the name before ("took the lives of six people in a church in Potiskum, as well as more than 140 lives near a
     * mosque in Kukawa"); none for any part when a part has no number of its own or the mention counts wounded.
     */
    private static List<Optional<Casualties>> ownTolls(Event e, List<Span> names, AnnotatedText text) {
        List<Optional<Casualties>> none = names.stream().map(n -> Optional.<Casualties>empty()).toList();
        Span trigger = e.triggers().get(0);
        if (e.killed().isEmpty() || e.wounded().isPresent() || trigger.sentence() >= text.sentences().size()) {
            return none;
        }
        List<Token> tokens = text.sentences().get(trigger.sentence()).tokens();
        List<Optional<Casualties>> tolls = new ArrayList<>();
        int from = trigger.end();
        for (Span name : names) {
            int after = from;
            List<Token> numbers = tokens.stream().filter(t -> t.begin() >= after && t.end() <= name.begin()
                    && t.pos().equals("CD") && !t.ner().equals("DATE") && t.word().matches("[\\d,]+|\\p{L}+"))
                    .toList();
            Integer count = numbers.size() == 1 ? NumberWords.number(numbers.get(0)) : null;
            if (count == null) {
                return none;
            }
            tolls.add(Optional.of(new Casualties(count, "")));
            from = name.end();
        }
        return tolls;
    }

    /**
     * Whether a place's name follows another's after a comma, directly or after other capitalised names each after
     * a comma ("Al Mahfad District, Abyan Governorate"; "Laascaanood, Sool, Somaliland"): it tells where the other
     * lies and makes no part of its own.
     */
    private static boolean where(Span name, List<Span> others, AnnotatedText text) {
        return others.stream().anyMatch(o -> o.end() < name.begin()
                && COMMA_CHAIN.matcher(text.text().substring(o.end(), name.begin())).matches());
    }

    private static boolean plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3;
    }
}
