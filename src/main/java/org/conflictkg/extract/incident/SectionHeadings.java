package org.conflictkg.extract.incident;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * The section headings of a document and the countries they name: a heading is a line of its own, without a verb or
 * a closing full stop ("Terrorism in Kenya, War in Somalia", "War in Afghanistan (2001-2021)"), as digests of the
 * news and incident logs group their items by theatre. The items under it, up to the next heading that names a
 * country, happen there unless they say otherwise.
 */
public final class SectionHeadings {

    private static final int MAX_TOKENS = 20;
    private static final Set<String> LINKING_WORDS = Set.of("and", "of", "the", "in");
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound");

    private SectionHeadings() {
    }

    /**
     * Whether a sentence is a heading: the whole of its line, at most 20 tokens, no verb but one modifying a noun
     * ("American-led intervention in Iraq"), no full stop at its end.
     */
    public static boolean isHeading(AnnotatedText text, Sentence sentence) {
        return isTitleLine(text, sentence) && sentence.tokens().stream()
                .noneMatch(t -> t.isVerb() && !MODIFIER_RELATIONS.contains(t.relation()));
    }

    /**
     * Whether a sentence is a line of its own of at most 20 tokens without a full stop at its end: a heading, or the
     * title of the item below it ("Monsey Hanukkah stabbing", whose last word the tagger may read as a verb).
     */
    public static boolean isTitleLine(AnnotatedText text, Sentence sentence) {
        String all = text.text();
        boolean lineStart = sentence.begin() == 0 || all.lastIndexOf('\n', sentence.begin() - 1)
                >= lastNonSpace(all, sentence.begin());
        int next = all.indexOf('\n', sentence.end());
        boolean lineEnd = all.substring(sentence.end(), next < 0 ? all.length() : next).isBlank();
        char last = all.charAt(sentence.end() - 1);
        return lineStart && lineEnd && sentence.tokens().size() <= MAX_TOKENS && last != '.' && last != '!'
                && last != '?';
    }

    /**
     * The country the nearest heading before this sentence names first, looking past headings that name none: past
     * a part's heading of common words ("Reactions", "The bombing"), and past a topic's heading up the headings
     * right above it ("War in Afghanistan" over "2015 Bagram suicide bombing"); but a topic's heading that names no
     * country after the items of another ("Hachalu Hundessa riots" after "Second Libyan Civil War") opens a
     * section of its own.
     */
    public static Optional<String> countryBefore(AnnotatedText text, int sentence, PlaceFacts places) {
        boolean underHeading = false;
        for (int h = Math.min(sentence, text.sentences().size()) - 1; h >= 0; h--) {
            Sentence heading = text.sentences().get(h);
            if (!isHeading(text, heading)) {
                if (underHeading) {
                    return Optional.empty();
                }
                continue;
            }
            if (onlyPlaces(heading, places)) {
                underHeading = false;
                continue;
            }
            Optional<String> country = firstCountry(h, places);
            if (country.isPresent()) {
                return country;
            }
            underHeading = heading.tokens().stream().anyMatch(t -> t.pos().startsWith("NNP"));
        }
        return Optional.empty();
    }

    private static Optional<String> firstCountry(int sentence, PlaceFacts places) {
        String best = null;
        int bestBegin = Integer.MAX_VALUE;
        for (Map.Entry<String, EntityType> entity : places.types().entrySet()) {
            if (places.specificity(entity.getKey()) == 0) {
                continue;
            }
            Optional<String> country = places.countryOf(entity.getKey());
            Optional<Span> span = places.mentionIn(entity.getKey(), sentence);
            if (country.isPresent() && span.isPresent() && span.get().begin() < bestBegin) {
                best = country.get();
                bestBegin = span.get().begin();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a line names places and nothing else ("Washington, DC"): a dateline or address, not a heading. */
    private static boolean onlyPlaces(Sentence heading, PlaceFacts places) {
        for (Token token : heading.tokens()) {
            if (!Character.isLetter(token.word().charAt(0)) || LINKING_WORDS.contains(token.lemma().toLowerCase(
                    Locale.ROOT))) {
                continue;
            }
            boolean named = places.types().keySet().stream().filter(p -> places.specificity(p) > 0)
                    .map(p -> places.mentionIn(p, heading.index())).flatMap(Optional::stream)
                    .anyMatch(span -> span.begin() <= token.begin() && token.end() <= span.end());
            if (!named) {
                return false;
            }
        }
        return true;
    }

    private static int lastNonSpace(String text, int before) {
        int i = before - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
