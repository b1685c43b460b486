package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.TALIBAN;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.groupNamed;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class SoleGroupSubjectsTest {

    private static Set<String> perpetrators(Event e) {
        return e.roles().getOrDefault(Role.PERPETRATOR, Set.of());
    }

    @Test
    void theOneGroupNamedBeforeAnUnattributedAttackDidIt() {
        AnnotatedText t = text("A suicide bomber struck a mosque in Kabul .",
                "Officials said Taliban fighters staged the attack .");
        Event attack = event(t, EventType.BOMBING, "struck").mentionedAgain("attack").build();
        Event result = SoleGroupSubjects.add(List.of(attack), t, groupNamed(t, TALIBAN, "Taliban")).get(0);
        assertEquals(Set.of(TALIBAN), perpetrators(result));
    }

    @Test
    void anAccusedGroupAGroupNamedAfterTheAttackOrTwoGroupsAttributeNothing() {
        AnnotatedText blamed = text("Police blamed Taliban for the attack .");
        Event attack = event(blamed, EventType.ATTACK, "attack").build();
        assertTrue(perpetrators(SoleGroupSubjects.add(List.of(attack), blamed, groupNamed(blamed, TALIBAN,
                "Taliban")).get(0)).isEmpty());

        AnnotatedText after = text("The attack was condemned by Taliban .");
        Event condemned = event(after, EventType.ATTACK, "attack").build();
        assertTrue(perpetrators(SoleGroupSubjects.add(List.of(condemned), after, groupNamed(after, TALIBAN,
                "Taliban")).get(0)).isEmpty());

        AnnotatedText two = text("Taliban and ISKP fighters clashed before the attack .");
        int taliban = two.text().indexOf("Taliban");
        int iskp = two.text().indexOf("ISKP");
        PlaceFacts both = new PlaceFacts(Map.of(TALIBAN, EntityType.ARMED_GROUP, ISKP, EntityType.ARMED_GROUP),
                Map.of(), Map.of(TALIBAN, List.of(new Span(0, taliban, taliban + 7, "Taliban")),
                        ISKP, List.of(new Span(0, iskp, iskp + 4, "ISKP"))));
        Event unclear = event(two, EventType.ATTACK, "attack").build();
        assertTrue(perpetrators(SoleGroupSubjects.add(List.of(unclear), two, both).get(0)).isEmpty());
    }

    @Test
    void aClaimedOrAttributedAttackKeepsWhatItHas() {
        AnnotatedText t = text("Taliban fighters staged the attack .", "ISKP claimed it .");
        Event attack = event(t, EventType.ATTACK, "attack").build();
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").claims(attack).build();
        PlaceFacts facts = groupNamed(t, TALIBAN, "Taliban");
        assertTrue(perpetrators(SoleGroupSubjects.add(List.of(attack, claim), t, facts).get(0)).isEmpty());
        Event known = event(t, EventType.ATTACK, "attack").role(Role.PERPETRATOR, ISKP).build();
        assertEquals(Set.of(ISKP), perpetrators(SoleGroupSubjects.add(List.of(known), t, facts).get(0)));
    }

    @Test
    void aNameIsASubjectThroughItsNounPhraseButNotAnObject() {
        Sentence subject = sentence(new String[] {"Taliban", "fighters", "attacked", "a", "post"},
                new int[] {1, 2, -1, 4, 2}, new String[] {"compound", "nsubj", "root", "det", "obj"});
        assertTrue(SoleGroupSubjects.subject(subject, new Span(0, 0, 7, "Taliban")));
        Sentence object = sentence(new String[] {"Soldiers", "attacked", "Taliban", "positions"},
                new int[] {1, -1, 3, 1}, new String[] {"nsubj", "root", "compound", "obj"});
        assertFalse(SoleGroupSubjects.subject(object, new Span(0, 18, 25, "Taliban")));
    }

    private static Sentence sentence(String[] words, int[] heads, String[] relations) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NN", "O", "", offset,
                    offset + words[i].length(), heads[i], relations[i]));
            offset += words[i].length() + 1;
        }
        return new Sentence(0, 0, 0, offset - 1, tokens);
    }
}
