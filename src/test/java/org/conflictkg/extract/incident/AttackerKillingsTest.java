package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class AttackerKillingsTest {

    @Test
    void theAttackerShotDeadIsPartOfTheAttackButARaidIsNot() {
        AnnotatedText t = text("A man drove a truck into the crowd and opened fire , and police shot him .");
        Event attack = event(t, EventType.ARMED_ASSAULT, "opened").build();
        Event shot = event(t, EventType.MILITARY_OPERATION, "shot").build();
        assertEquals(List.of(attack), AttackerKillings.drop(List.of(attack, shot), t));
        AnnotatedText raid = text("Gunmen attacked a checkpoint .", "Troops raided their camp .");
        Event checkpoint = event(raid, EventType.ARMED_ASSAULT, "attacked").build();
        Event raided = event(raid, EventType.MILITARY_OPERATION, "raided").build();
        assertEquals(2, AttackerKillings.drop(List.of(checkpoint, raided), raid).size());
        AnnotatedText apart = text("Gunmen attacked a checkpoint .", "A drone strike killed a commander .");
        Event farAttack = event(apart, EventType.ARMED_ASSAULT, "attacked").build();
        Event killed = event(apart, EventType.MILITARY_OPERATION, "killed").build();
        assertEquals(2, AttackerKillings.drop(List.of(farAttack, killed), apart).size(),
                "another paragraph: an operation of its own");
    }

    @Test
    void theAttackerShotDeadLaterInTheParagraphIsPartOfTheAttackButAnAirstrikeIsNot() {
        AnnotatedText t = paragraph(
                "A gunman opens fire in the streets",
                "The minister described it as a terror attack",
                "The attacker was shot dead",
                "French airstrikes kill jihadists");
        Event attack = event(t, EventType.ARMED_ASSAULT, "opens").build();
        Event shot = event(t, EventType.MILITARY_OPERATION, "shot").build();
        Event airstrikes = event(t, EventType.MILITARY_OPERATION, "kill").build();
        assertEquals(List.of(attack, airstrikes), AttackerKillings.drop(List.of(attack, shot, airstrikes), t),
                "two sentences after the attack, only a killing of the attackers is its end");
    }

    /**
     * One paragraph of sentences, each parsed as "determiner noun verb object ...": the verb is the third word, or
     * the fourth after "was", whose second word is then its passive subject.
     */
    private static AnnotatedText paragraph(String... lines) {
        String text = String.join(" ", lines);
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < lines.length; s++) {
            String[] words = lines[s].split(" ");
            List<Token> tokens = new ArrayList<>();
            int verb = words[2].equals("was") ? 3 : 2;
            int at = offset;
            for (int i = 0; i < words.length; i++) {
                String relation = i == verb ? "root" : i == 1 && verb == 3 ? "nsubj:pass"
                        : i == verb + 1 ? "obj" : "dep";
                tokens.add(new Token(i, words[i], words[i].toLowerCase(Locale.ROOT), "NN", "O", "", at,
                        at + words[i].length(), i == verb ? -1 : verb, relation));
                at += words[i].length() + 1;
            }
            sentences.add(new Sentence(s, 0, offset, offset + lines[s].length(), tokens));
            offset += lines[s].length() + 1;
        }
        return new AnnotatedText(text, sentences);
    }
}
