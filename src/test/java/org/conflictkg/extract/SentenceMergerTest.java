package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class SentenceMergerTest {

    private static AnnotatedText textOf(Sentence sentence) {
        return new AnnotatedText(String.join(" ", sentence.tokens().stream().map(t -> t.word()).toList()),
                List.of(sentence));
    }

    @Test
    void coordinatedAttackVerbsAreOneAttack() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Gunmen gunman NNS 1 nsubj", "shot shoot VBD -1 root", "and and CC 3 cc", "killed kill VBD 1 conj",
                "him he PRP 3 obj");
        EventDraft shot = HandParsed.draft(EventType.ARMED_ASSAULT, sentence, 1);
        EventDraft killed = HandParsed.draft(EventType.ATTACK, sentence, 3);
        killed.killed = Optional.of(new Casualties(1, ""));
        List<EventDraft> merged = SentenceMerger.merge(List.of(shot, killed), sentence, textOf(sentence));
        assertEquals(List.of(shot), merged);
        assertEquals(Optional.of(new Casualties(1, "")), shot.killed);
    }

    @Test
    void anAttackNounIsTheSameAttackAsTheVerbItIsTheSubjectOf() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "A a DT 1 det", "bombing bombing NN 2 nsubj", "kills kill VBZ -1 root", "25 25 CD 4 nummod",
                "people people NNS 2 obj", "and and CC 6 cc", "injures injure VBZ 2 conj", "49 49 CD 8 nummod",
                "others other NNS 6 obj");
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, sentence, 1);
        bombing.killed = Optional.of(new Casualties(25, ""));
        EventDraft kills = HandParsed.draft(EventType.ARMED_ASSAULT, sentence, 2);
        kills.wounded = Optional.of(new Casualties(49, ""));
        List<EventDraft> merged = SentenceMerger.merge(List.of(bombing, kills), sentence, textOf(sentence));
        assertEquals(List.of(bombing), merged);
        assertEquals(Optional.of(new Casualties(49, "")), bombing.wounded);
    }

    @Test
    void anAttackNounInWhichACoordinatedVerbHappenedIsTheSameAttack() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Bomber bomber NN 1 nsubj", "kills kill VBZ -1 root", "29 29 CD 3 nummod", "people people NNS 1 obj",
                "and and CC 5 cc", "injures injure VBZ 1 conj", "50 50 CD 7 nummod", "others other NNS 5 obj",
                "in in IN 10 case", "an a DT 10 det", "attack attack NN 5 obl");
        EventDraft kills = HandParsed.draft(EventType.BOMBING, sentence, 1);
        EventDraft attack = HandParsed.draft(EventType.ATTACK, sentence, 10);
        List<EventDraft> merged = SentenceMerger.merge(List.of(kills, attack), sentence, textOf(sentence));
        assertEquals(List.of(kills), merged);
    }

    @Test
    void twoNounsNamingTheActionOneVerbHappenedInAreOneEvent() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Civilians civilian NNS 2 nsubj:pass", "are be VBP 2 aux:pass", "killed kill VBN -1 root",
                "in in IN 5 case", "an a DT 5 det", "attack attack NN 2 obl", "during during IN 8 case",
                "a a DT 8 det", "raid raid NN 2 obl", "on on IN 10 case", "villages village NNS 8 nmod");
        EventDraft attack = HandParsed.draft(EventType.ARMED_ASSAULT, sentence, 5);
        EventDraft raid = HandParsed.draft(EventType.MILITARY_OPERATION, sentence, 8);
        assertEquals(1, SentenceMerger.merge(List.of(attack, raid), sentence, textOf(sentence)).size());
        Sentence apart = HandParsed.sentence(0, 0,
                "Civilians civilian NNS 2 nsubj:pass", "are be VBP 2 aux:pass", "killed kill VBN -1 root",
                "in in IN 5 case", "an a DT 5 det", "attack attack NN 2 obl", "after after IN 8 case",
                "a a DT 8 det", "raid raid NN 2 obl", "on on IN 10 case", "villages village NNS 8 nmod");
        EventDraft attackApart = HandParsed.draft(EventType.ARMED_ASSAULT, apart, 5);
        EventDraft raidAfter = HandParsed.draft(EventType.MILITARY_OPERATION, apart, 8);
        assertEquals(2, SentenceMerger.merge(List.of(attackApart, raidAfter), apart, textOf(apart)).size(),
                "an action told as after another is another");
    }

    @Test
    void anAttackNounAViolentVerbGovernsIsThatEventUnlessToldAsBeforeOrAfterIt() {
        Sentence during = HandParsed.sentence(0, 0,
                "People people NNS 2 nsubj:pass", "are be VBP 2 aux:pass", "killed kill VBN -1 root",
                "in in IN 5 case", "an a DT 5 det", "attack attack NN 2 obl");
        EventDraft killedIn = HandParsed.draft(EventType.MILITARY_OPERATION, during, 2);
        EventDraft attackIn = HandParsed.draft(EventType.ATTACK, during, 5);
        assertEquals(List.of(killedIn), SentenceMerger.merge(List.of(killedIn, attackIn), during, textOf(during)));

        Sentence after = HandParsed.sentence(0, 0,
                "People people NNS 2 nsubj:pass", "are be VBP 2 aux:pass", "killed kill VBN -1 root",
                "by by IN 4 case", "police police NNS 2 obl", "after after IN 7 case", "an a DT 7 det",
                "attack attack NN 2 obl");
        EventDraft killedBy = HandParsed.draft(EventType.MILITARY_OPERATION, after, 2);
        EventDraft attackBefore = HandParsed.draft(EventType.ATTACK, after, 7);
        assertEquals(List.of(killedBy, attackBefore),
                SentenceMerger.merge(List.of(killedBy, attackBefore), after, textOf(after)));
    }

    @Test
    void aTriggerModifyingAnotherAsACompoundIsTheSameAttackOfItsKind() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Three three CD 1 nummod", "people people NNS 3 nsubj:pass", "were be VBD 3 aux:pass",
                "killed kill VBN -1 root", "in in IN 8 case", "two two CD 8 nummod", "suicide suicide NN 8 compound",
                "bombing bombing NN 8 compound", "attacks attack NNS 3 obl");
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, sentence, 7);
        bombing.killed = Optional.of(new Casualties(3, ""));
        EventDraft attacks = HandParsed.draft(EventType.ATTACK, sentence, 8);
        List<EventDraft> merged = SentenceMerger.merge(List.of(bombing, attacks), sentence, textOf(sentence));
        assertEquals(List.of(attacks), merged);
        assertEquals(EventType.BOMBING, attacks.type);
        assertEquals(Optional.of(new Casualties(3, "")), attacks.killed);
    }

    @Test
    void anAttackAPlotGovernsIsThatPlot() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "a a DT 1 det", "plot plot NN -1 root", "to to TO 3 mark", "bomb bomb VB 1 acl", "a a DT 5 det",
                "church church NN 3 obj");
        EventDraft plot = HandParsed.draft(EventType.PLOT, sentence, 1);
        EventDraft bombing = HandParsed.draft(EventType.BOMBING, sentence, 3);
        List<EventDraft> merged = SentenceMerger.merge(List.of(plot, bombing), sentence, textOf(sentence));
        assertEquals(List.of(plot), merged);
    }

    @Test
    void anAttackNounAPlanningVerbGovernsBecomesAPlotTriggeredByThatVerb() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "They they PRP 1 nsubj", "planned plan VBD -1 root", "an a DT 3 det", "assault assault NN 1 obj");
        EventDraft assault = HandParsed.draft(EventType.ARMED_ASSAULT, sentence, 3);
        List<EventDraft> merged = SentenceMerger.merge(List.of(assault), sentence, textOf(sentence));
        assertSame(assault, merged.get(0));
        assertEquals(EventType.PLOT, assault.type);
        assertEquals("planned", assault.triggers.get(0).text());
    }
}
