package org.conflictkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

class GroupReferenceLinkerTest {

    private static final String ID = "https://w3id.org/conflict-kg/id/group/";

    /**
     * Sentences written as "word/POS/head/relation[/lemma]" tokens (head -1 for the root; the lemma the lower-cased
     * word unless given), and the groups they name.
     */
    private static final class Text {
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();

        Text sentence(String tokens, Map<String, String> groups) {
            List<Token> list = new ArrayList<>();
            int sentenceBegin = text.length();
            for (String spec : tokens.split(" ")) {
                String[] parts = spec.split("/");
                int begin = text.length();
                text.append(parts[0]).append(' ');
                String lemma = parts.length > 4 ? parts[4] : parts[0].toLowerCase();
                list.add(new Token(list.size(), parts[0], lemma, parts[1], "O", "", begin,
                        begin + parts[0].length(), Integer.parseInt(parts[2]), parts[3]));
            }
            Sentence sentence = new Sentence(sentences.size(), 0, sentenceBegin, text.length() - 1, list);
            sentences.add(sentence);
            groups.forEach((word, slug) -> {
                Token token = list.stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
                mentions.add(new Mention(sentence.index(), token.index(), token.index(), token.begin(), token.end(),
                        word, EntityType.ARMED_GROUP, "gazetteer", Optional.of(ID + slug), Optional.empty(), word));
            });
            return this;
        }

        /** The generic references linked, as "text=group slug", in text order. */
        List<String> linked() {
            AnnotatedText annotated = new AnnotatedText(text.toString(), sentences);
            Resolution resolution = new EntityResolver().resolve(annotated.text(), mentions);
            Resolution linked = new GroupReferenceLinker().link(annotated, resolution);
            return linked.byMention().entrySet().stream()
                    .filter(e -> e.getKey().source().equals(GroupReferenceLinker.SOURCE))
                    .sorted(java.util.Comparator.comparingInt(e -> e.getKey().begin()))
                    .map(e -> e.getKey().text() + "=" + e.getValue().substring(ID.length()))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void theSubjectOfThePreviousSentenceIsTheGroup() {
        List<String> linked = new Text()
                .sentence("ISKP/NNP/1/compound gunmen/NNS/2/nsubj shot/VBD/-1/root the/DT/4/det governor/NN/2/obj",
                        Map.of("ISKP", "iskp"))
                .sentence("The/DT/1/det group/NN/2/nsubj claimed/VBD/-1/root it/PRP/2/obj", Map.of())
                .linked();
        assertEquals(List.of("group=iskp"), linked);
    }

    @Test
    void aGroupNamedOnlyInAnObliquePlaceOfThePreviousSentenceIsNotTheReference() {
        List<String> linked = new Text()
                .sentence("Police/NNS/1/nsubj deported/VBD/-1/root men/NNS/1/obj with/IN/5/case links/NNS/2/nmod "
                        + "to/IN/6/case IS/NNP/4/nmod", Map.of("IS", "isil"))
                .sentence("The/DT/1/det group/NN/2/nsubj included/VBD/-1/root citizens/NNS/2/obj", Map.of())
                .linked();
        assertTrue(linked.isEmpty(), linked::toString);
    }

    @Test
    void twoSalientGroupsAreAmbiguous() {
        List<String> linked = new Text()
                .sentence("ISKP/NNP/1/nsubj fights/VBZ/-1/root and/CC/3/cc Taliban/NNP/0/conj", Map.of("ISKP", "iskp",
                        "Taliban", "taliban"))
                .sentence("The/DT/2/det terrorist/JJ/2/amod group/NN/3/nsubj grew/VBD/-1/root", Map.of())
                .linked();
        assertTrue(linked.isEmpty(), linked::toString);
    }

    @Test
    void theOnlyGroupEarlierInTheSameSentenceIsTheGroupWhereverItStands() {
        List<String> linked = new Text()
                .sentence("Officials/NNS/1/nsubj blamed/VBD/-1/root JNIM/NNP/1/obj saying/VBG/1/advcl the/DT/5/det "
                        + "group/NN/6/nsubj wanted/VBD/3/ccomp revenge/NN/6/obj", Map.of("JNIM", "jnim"))
                .linked();
        assertEquals(List.of("group=jnim"), linked);
    }

    @Test
    void onlyDefiniteReferencesThatNameNothingElseCount() {
        List<String> linked = new Text()
                .sentence("ISWAP/NNP/1/nsubj attacked/VBD/-1/root", Map.of("ISWAP", "iswap"))
                .sentence("A/DT/1/det group/NN/5/nsubj of/IN/4/case the/DT/4/det group/NN/1/nmod fled/VBD/-1/root "
                        + "the/DT/7/det group/NN/5/obj of/IN/9/case fishermen/NNS/7/nmod", Map.of())
                .linked();
        assertEquals(List.of("group=iswap"), linked);
    }

    @Test
    void itAsTheSubjectOfADeedIsTheGroupButNotAsTheSubjectOfWhatHappened() {
        List<String> linked = new Text()
                .sentence("JuA/NNP/1/nsubj claimed/VBD/-1/root attacks/NNS/1/obj", Map.of("JuA", "jua"))
                .sentence("It/PRP/2/nsubj has/VBZ/2/aux carried/VBN/-1/root/carry out/RP/2/compound:prt "
                        + "attacks/NNS/2/obj", Map.of())
                .linked();
        assertEquals(List.of("It=jua"), linked);
        List<String> happened = new Text()
                .sentence("JuA/NNP/1/nsubj claimed/VBD/-1/root attacks/NNS/1/obj", Map.of("JuA", "jua"))
                .sentence("It/PRP/1/nsubj happened/VBD/-1/root/happen at/IN/3/case night/NN/1/obl", Map.of())
                .sentence("It/PRP/1/nsubj is/VBZ/2/cop unclear/JJ/-1/root", Map.of())
                .linked();
        assertTrue(happened.isEmpty(), happened::toString);
    }
}
