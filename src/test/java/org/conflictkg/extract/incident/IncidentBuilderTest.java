package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.PLACES;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class IncidentBuilderTest {

    /** The same sentences as {@link IncidentFixtures#text}, all in one paragraph. */
    private static AnnotatedText paragraph(String... lines) {
        AnnotatedText apart = text(lines);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : apart.sentences()) {
            sentences.add(new Sentence(s.index(), 0, s.begin(), s.end(), s.tokens()));
        }
        return new AnnotatedText(apart.text(), sentences);
    }

    @Test
    void attackersKilledInTheNextSentenceOfTheParagraphAreAddedToTheToll() {
        String[] lines = {"Three militants open fire at the campus , killing 22 people .",
            "The gunmen are killed during a battle with security forces ."};
        AnnotatedText together = paragraph(lines);
        Event attack = event(together, EventType.ARMED_ASSAULT, "open").killed(22).build();
        Incidents built = new IncidentBuilder().build(together, List.of(attack), PLACES);
        assertEquals(Optional.of(25), built.events().get(0).killed().map(k -> k.count()));
        assertEquals(Map.of(built.events().get(0).key(), 3), built.perpetratorsKilled());
        AnnotatedText apart = text(lines);
        Event elsewhere = event(apart, EventType.ARMED_ASSAULT, "open").killed(22).build();
        Incidents other = new IncidentBuilder().build(apart, List.of(elsewhere), PLACES);
        assertEquals(Optional.of(22), other.events().get(0).killed().map(k -> k.count()),
                "a sentence of another paragraph is not told of the attack");
    }

    @Test
    void theAttackerKilledTwoSentencesLaterIsAddedUnlessAnItemsTitleComesBetween() {
        AnnotatedText later = paragraph("Four civilians are killed after a gunman opens fire in Vienna .",
                "The minister described it as terror .", "The attacker was shot dead .");
        Event attack = event(later, EventType.ARMED_ASSAULT, "opens").killed(4).build();
        Incidents built = new IncidentBuilder().build(later, List.of(attack), PLACES);
        assertEquals(Optional.of(5), built.events().get(0).killed().map(k -> k.count()));
        AnnotatedText titled = paragraph("Four civilians are killed after a gunman opens fire in Vienna .",
                "2020 Kabul University attack", "The attacker was shot dead .");
        Event first = event(titled, EventType.ARMED_ASSAULT, "opens").killed(4).build();
        Incidents other = new IncidentBuilder().build(titled, List.of(first), PLACES);
        assertEquals(Optional.of(4), other.events().get(0).killed().map(k -> k.count()),
                "an item's title line starts another story");
    }

    @Test
    void attackersCountedInAnotherSentenceThanTheTollsAreAddedButNotThoseOfTheTollsOwnSentence() {
        AnnotatedText after = paragraph("Five people are killed during an ambush by gunmen .",
                "Two attackers are killed in the ensuing shootout .");
        Event ambush = event(after, EventType.ARMED_ASSAULT, "ambush").killed(5).build();
        Incidents built = new IncidentBuilder().build(after, List.of(ambush), PLACES);
        assertEquals(Optional.of(7), built.events().get(0).killed().map(k -> k.count()));
        AnnotatedText same = paragraph("Gunmen stormed the base ; eight assailants were killed .");
        Event storming = event(same, EventType.ARMED_ASSAULT, "stormed").killed(8).build();
        Incidents own = new IncidentBuilder().build(same, List.of(storming), PLACES);
        assertEquals(Optional.of(8), own.events().get(0).killed().map(k -> k.count()),
                "the sentence's own toll counts its assailants");
    }
}
