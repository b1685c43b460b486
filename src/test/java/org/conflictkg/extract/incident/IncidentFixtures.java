package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Casualties;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Modality;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Hand-made texts and events for the incident stage's tests: one sentence a line, one paragraph a line. */
final class IncidentFixtures {

    static final String KABUL = "urn:place:kabul";
    static final String JALALABAD = "urn:place:jalalabad";
    static final String AFGHANISTAN = "urn:place:afghanistan";
    static final String ISKP = "urn:group:iskp";
    static final String TALIBAN = "urn:group:taliban";

    static final PlaceFacts PLACES = new PlaceFacts(
            Map.of(KABUL, EntityType.CITY, JALALABAD, EntityType.CITY, AFGHANISTAN, EntityType.COUNTRY,
                    ISKP, EntityType.ARMED_GROUP, TALIBAN, EntityType.ARMED_GROUP),
            Map.of(KABUL, AFGHANISTAN, JALALABAD, AFGHANISTAN));

    private static final Pattern WORD = Pattern.compile("\\S+");

    private IncidentFixtures() {
    }

    /** A text whose lines are sentences, each its own paragraph; words are tokens, numbers tagged CD. */
    static AnnotatedText text(String... lines) {
        String text = String.join("\n", lines);
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < lines.length; s++) {
            List<Token> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(lines[s]);
            while (m.find()) {
                String word = m.group();
                String pos = word.matches("\\d+") ? "CD" : "NN";
                tokens.add(new Token(tokens.size(), word, word.toLowerCase(), pos, "O", "", offset + m.start(),
                        offset + m.end(), -1, "dep"));
            }
            sentences.add(new Sentence(s, s, offset, offset + lines[s].length(), tokens));
            offset += lines[s].length() + 1;
        }
        return new AnnotatedText(text, sentences);
    }

    /** A text whose lines are sentences, in the paragraphs given line by line. */
    static AnnotatedText inParagraphs(int[] paragraphs, String... lines) {
        AnnotatedText plain = text(lines);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : plain.sentences()) {
            sentences.add(new Sentence(s.index(), paragraphs[s.index()], s.begin(), s.end(), s.tokens()));
        }
        return new AnnotatedText(plain.text(), sentences);
    }

    /** A text whose sentences are written on one line, in one paragraph (a digest's item). */
    static AnnotatedText oneLine(String... sentences) {
        AnnotatedText lines = text(sentences);
        List<Sentence> joined = new ArrayList<>();
        for (Sentence s : lines.sentences()) {
            joined.add(new Sentence(s.index(), 0, s.begin(), s.end(), s.tokens()));
        }
        return new AnnotatedText(lines.text().replace('\n', ' '), joined);
    }

    /** Facts that know one armed group, named by the last occurrence of {@code name} in {@code text}. */
    static PlaceFacts groupNamed(AnnotatedText text, String iri, String name) {
        int at = text.text().lastIndexOf(name);
        int sentence = text.text().substring(0, at).split("\n", -1).length - 1;
        return new PlaceFacts(Map.of(iri, EntityType.ARMED_GROUP), Map.of(),
                Map.of(iri, List.of(new Span(sentence, at, at + name.length(), name))));
    }

    /** An event of this type whose trigger is the first occurrence of {@code word} in {@code text}. */
    static Builder event(AnnotatedText text, EventType type, String word) {
        return new Builder(text, type, word, 0);
    }

    /** Builds an event for a test. */
    static final class Builder {
        private final AnnotatedText text;
        private final EventType type;
        private final Span trigger;
        private final List<Span> triggers = new ArrayList<>();
        private Set<String> places = Set.of();
        private Optional<EventDate> date = Optional.empty();
        private Map<Role, Set<String>> roles = Map.of();
        private Optional<Casualties> killed = Optional.empty();
        private Modality modality = Modality.COMPLETED;
        private Optional<Integer> claimed = Optional.empty();

        Builder(AnnotatedText text, EventType type, String word, int from) {
            this.text = text;
            this.type = type;
            this.trigger = span(word, from);
            triggers.add(trigger);
        }

        /** A further mention of the event: the next occurrence of the word after its last mention. */
        Builder mentionedAgain(String word) {
            triggers.add(span(word, triggers.get(triggers.size() - 1).end()));
            return this;
        }

        private Span span(String word, int from) {
            int begin = text.text().indexOf(word, from);
            if (begin < 0) {
                throw new IllegalArgumentException("no '" + word + "' in the text");
            }
            int sentence = text.sentences().stream().filter(s -> s.begin() <= begin && begin < s.end())
                    .findFirst().orElseThrow().index();
            return new Span(sentence, begin, begin + word.length(), word);
        }

        Builder at(String... iris) {
            places = Set.of(iris);
            return this;
        }

        Builder on(String value, String scope) {
            return on(value, scope, value);
        }

        Builder on(String value, String scope, String words) {
            date = Optional.of(new EventDate(value, value.length() == 10 ? "day" : "year", scope, words));
            return this;
        }

        Builder role(Role role, String... iris) {
            roles = Map.of(role, Set.of(iris));
            return this;
        }

        Builder killed(int count) {
            killed = Optional.of(new Casualties(count, ""));
            return this;
        }

        Builder modality(Modality value) {
            modality = value;
            return this;
        }

        Builder claims(Event event) {
            claimed = Optional.of(event.key());
            return this;
        }

        Event build() {
            Set<Integer> sentences = new java.util.TreeSet<>();
            triggers.forEach(t -> sentences.add(t.sentence()));
            return new Event(type, List.copyOf(triggers), roles, places, date, killed, Optional.empty(), modality, 0.9,
                    claimed, Optional.empty(), Set.of(), Set.of(), Optional.empty(), sentences,
                    List.of());
        }
    }
}
