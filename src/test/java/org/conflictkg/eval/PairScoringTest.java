package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Mention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.resolve.Resolution;
import org.junit.jupiter.api.Test;

class PairScoringTest {

    private static final String ISKP = "id:group/iskp";
    private static final String IS = "id:group/isil";

    private static GoldDocument.MentionRef ref(String doc, String text, int occurrence) {
        return new GoldDocument.MentionRef(doc, text, occurrence);
    }

    private static GoldDocument.MentionPair pair(GoldDocument.MentionRef a, GoldDocument.MentionRef b) {
        return new GoldDocument.MentionPair(a, b);
    }

    /** A resolution that gives each listed word (at its first whole-word occurrence from a cursor) an IRI. */
    private static Resolution resolution(String text, String... wordsAndIris) {
        Map<Mention, String> byMention = new HashMap<>();
        int cursor = 0;
        for (int i = 0; i < wordsAndIris.length; i += 2) {
            String words = wordsAndIris[i];
            int begin = text.indexOf(words, cursor);
            cursor = begin + words.length();
            byMention.put(new Mention(0, i, i, begin, cursor, words, EntityType.ARMED_GROUP, "ner", Optional.empty(),
                    Optional.empty(), words), wordsAndIris[i + 1]);
        }
        return new Resolution(List.of(), byMention);
    }

    @Test
    void pairwisePrecisionAndRecallCountJoinsWithinAndAcrossDocuments() {
        String a = "Islamic State Khorasan Province (ISKP) split from the Islamic State. ISKP struck again.";
        String b = "The Islamic State - Khorasan Province claimed it.";
        GoldDocument docA = new GoldDocument("a", Optional.empty(), a, List.of(), List.of(),
                List.of(pair(ref("a", "ISKP", 1), ref("a", "Islamic State Khorasan Province", 1)),
                        pair(ref("a", "ISKP", 2), ref("a", "ISKP", 1)),
                        pair(ref("a", "ISKP", 1), ref("b", "Islamic State - Khorasan Province", 1))),
                List.of(pair(ref("a", "ISKP", 1), ref("a", "Islamic State", 2))));
        GoldDocument docB = new GoldDocument("b", Optional.empty(), b, List.of(), List.of());
        Map<String, PairScoring.Resolved> resolved = Map.of(
                "a", new PairScoring.Resolved(a, resolution(a, "Islamic State Khorasan Province", ISKP, "ISKP", ISKP,
                        "Islamic State", IS, "ISKP", IS)),
                "b", new PairScoring.Resolved(b, resolution(b, "Islamic State - Khorasan Province", ISKP)));
        List<String> differences = new ArrayList<>();
        PairScores scores = PairScoring.score(List.of(docA, docB), resolved, differences);
        // same: (ISKP, full name) joined, (ISKP#2, ISKP) not joined, across documents joined: 2 of 3
        assertEquals(2.0 / 3, scores.recall(), 1e-9);
        // different: (ISKP, Islamic State) kept apart: precision 2 / (2 + 0)
        assertEquals(1.0, scores.precision(), 1e-9);
        assertEquals(1, differences.size(), differences::toString);
        assertTrue(differences.get(0).contains("a:ISKP#2"), differences::toString);
    }

    @Test
    void aWrongJoinLowersPrecisionAndAMissingMentionLowersRecall() {
        String a = "The Taliban and the Pakistani Taliban (TTP) fought Hezbollah.";
        GoldDocument doc = new GoldDocument("a", Optional.empty(), a, List.of(), List.of(),
                List.of(pair(ref("a", "TTP", 1), ref("a", "Pakistani Taliban", 1)),
                        pair(ref("a", "Hezbollah", 1), ref("a", "Hezbollah", 1))),
                List.of(pair(ref("a", "Taliban", 1), ref("a", "Pakistani Taliban", 1))));
        Map<String, PairScoring.Resolved> resolved = Map.of("a", new PairScoring.Resolved(a,
                resolution(a, "Taliban", "t", "Pakistani Taliban", "t", "TTP", "t")));
        PairScores scores = PairScoring.score(List.of(doc), resolved, new ArrayList<>());
        assertEquals(0.5, scores.recall(), 1e-9);
        assertEquals(0.5, scores.precision(), 1e-9);
        assertEquals(0.5, scores.f1(), 1e-9);
    }

    @Test
    void mentionsAreFoundAsWholeWordsByOccurrence() {
        String text = "ISKPX and ISKP, then ISKP's men.";
        assertEquals(10, PairScoring.locate(text, ref("a", "ISKP", 1)));
        assertEquals(21, PairScoring.locate(text, ref("a", "ISKP", 2)));
        assertEquals(-1, PairScoring.locate(text, ref("a", "ISKP", 3)));
    }

    @Test
    void unknownDocumentsAndTextsAreGoldErrors() {
        GoldDocument doc = new GoldDocument("a", Optional.empty(), "Kabul and Kerman.", List.of(), List.of(),
                List.of(pair(ref("a", "Kabul", 1), ref("z", "Kabul", 1))), List.of());
        assertTrue(PairScoring.check(List.of(doc)).orElseThrow().contains("unknown document"));
        GoldDocument missing = new GoldDocument("a", Optional.empty(), "Kabul and Kerman.", List.of(), List.of(),
                List.of(pair(ref("a", "Kabul", 2), ref("a", "Kerman", 1))), List.of());
        assertTrue(PairScoring.check(List.of(missing)).orElseThrow().contains("a:Kabul#2"));
    }

    @Test
    void ofMentionsCoveringAGoldMentionEquallyTheFirstAndShortestIsItsEntityWhateverTheMapOrder() {
        String text = "Islamic State Khorasan Province fighters";
        Map<Mention, String> byMention = new HashMap<>();
        String[] names = {"Islamic", "Islamic State", "Islamic State Khorasan", "Islamic State Khorasan Province",
            "Islamic State Khorasan Province fighters"};
        for (int i = 0; i < names.length; i++) {
            byMention.put(new Mention(0, 0, i, 0, names[i].length(), names[i], EntityType.ARMED_GROUP, "ner",
                    Optional.empty(), Optional.empty(), names[i]), "id:" + i);
        }
        Map<String, PairScoring.Resolved> resolved = Map.of("a", new PairScoring.Resolved(text,
                new Resolution(List.of(), byMention)));
        assertEquals(Optional.of("id:0"), PairScoring.entityOf(ref("a", "Islamic", 1), resolved));
    }
}
