package org.conflictkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conflictkg.extract.Mention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class PersonReferenceLinkerTest {

    private static final String ID = "https://w3id.org/conflict-kg/id/person/";

    /** Sentences of "word/POS/head/relation" tokens (head -1 for the root), their paragraphs and people. */
    private static final class Text {
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();

        Text sentence(int paragraph, String tokens, Map<String, String> people) {
            List<Token> list = new ArrayList<>();
            int sentenceBegin = text.length();
            for (String spec : tokens.split(" ")) {
                String[] parts = spec.split("/");
                int begin = text.length();
                text.append(parts[0]).append(' ');
                list.add(new Token(list.size(), parts[0], parts[0].toLowerCase(), parts[1], "O", "", begin,
                        begin + parts[0].length(), Integer.parseInt(parts[2]), parts[3]));
            }
            Sentence sentence = new Sentence(sentences.size(), paragraph, sentenceBegin, text.length() - 1, list);
            sentences.add(sentence);
            people.forEach((word, slug) -> {
                Token token = list.stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
                mentions.add(new Mention(sentence.index(), token.index(), token.index(), token.begin(), token.end(),
                        word, EntityType.PERSON, "ner", Optional.of(ID + slug), Optional.empty(), word));
            });
            return this;
        }

        /** The pronouns linked, as "pronoun@sentence=person slug", in text order. */
        List<String> linked() {
            AnnotatedText annotated = new AnnotatedText(text.toString(), sentences);
            Resolution resolution = new EntityResolver().resolve(annotated.text(), mentions);
            Resolution linked = new PersonReferenceLinker().link(annotated, resolution);
            return linked.byMention().entrySet().stream()
                    .filter(e -> e.getKey().source().equals(PersonReferenceLinker.SOURCE))
                    .sorted(Comparator.comparingInt(e -> e.getKey().begin()))
                    .map(e -> e.getKey().text() + "@" + e.getKey().sentence() + "="
                            + e.getValue().substring(ID.length()))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void aSubjectPronounContinuesTheSubjectBeforeItThroughAChainOfPronouns() {
        List<String> linked = new Text()
                .sentence(0, "Ahmed/NNP/1/nsubj joined/VBD/-1/root friends/NNS/1/obj", Map.of("Ahmed", "shirwa-ahmed"))
                .sentence(0, "He/PRP/1/nsubj:pass was/VBD/2/aux:pass radicalized/VBN/-1/root according/VBG/5/case "
                        + "to/IN/3/fixed Mueller/NNP/2/obl", Map.of("Mueller", "robert-mueller"))
                .sentence(0, "He/PRP/1/nsubj detonated/VBD/-1/root a/DT/3/det bomb/NN/1/obj", Map.of())
                .linked();
        assertEquals(List.of("He@1=shirwa-ahmed", "He@2=shirwa-ahmed"), linked,
                "someone named in passing ('according to Mueller') does not take the pronoun");
    }

    @Test
    void twoSubjectsOrANewParagraphLeaveThePronounUnlinked() {
        List<String> two = new Text()
                .sentence(0, "Ahmed/NNP/2/nsubj and/CC/2/cc Omar/NNP/0/conj left/VBD/-1/root",
                        Map.of("Ahmed", "ahmed", "Omar", "omar"))
                .sentence(0, "He/PRP/1/nsubj returned/VBD/-1/root", Map.of())
                .linked();
        assertTrue(two.isEmpty(), two::toString);
        List<String> apart = new Text()
                .sentence(0, "Ahmed/NNP/1/nsubj left/VBD/-1/root", Map.of("Ahmed", "ahmed"))
                .sentence(1, "He/PRP/1/nsubj returned/VBD/-1/root", Map.of())
                .linked();
        assertTrue(apart.isEmpty(), apart::toString);
    }

    @Test
    void anObjectPronounStaysUnlinked() {
        List<String> linked = new Text()
                .sentence(0, "Ahmed/NNP/1/nsubj left/VBD/-1/root", Map.of("Ahmed", "ahmed"))
                .sentence(0, "Police/NNS/1/nsubj arrested/VBD/-1/root him/PRP/1/obj", Map.of())
                .linked();
        assertEquals(List.of(), linked);
    }
}
