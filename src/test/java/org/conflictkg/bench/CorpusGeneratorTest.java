package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.source.Document;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void theSameSeedGivesTheSameDocuments() {
        List<Document> a = new CorpusGenerator(7, KB).documents(20);
        List<Document> b = new CorpusGenerator(7, KB).documents(20);
        assertEquals(a, b);
        assertNotEquals(a.get(0).text(), new CorpusGenerator(8, KB).document(0).text());
        assertEquals(a.get(5), new CorpusGenerator(7, KB).document(5));
    }

    @Test
    void sentencesVary() {
        Set<String> sentences = new HashSet<>();
        int total = 0;
        for (Document d : new CorpusGenerator(1, KB).documents(200)) {
            for (String sentence : d.text().split("(?<=[.\"]) (?=[A-Z\"])|\\n+")) {
                if (sentence.length() > 60) {
                    sentences.add(sentence);
                    total++;
                }
            }
        }
        assertTrue(sentences.size() > total / 2, sentences.size() + " distinct of " + total);
    }
}
