package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.KABUL;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class UnanchoredTest {

    private static final String GROUP = "https://example.org/group";

    @Test
    void anAttackWithNoTimePlaceTollOrPerpetratorIsNoIncident() {
        AnnotatedText t = text("He wanted to kill Americans .", "Police shot the man .", "He was arrested .");
        Event kill = event(t, EventType.ARMED_ASSAULT, "kill").build();
        Event shot = event(t, EventType.MILITARY_OPERATION, "shot").build();
        Event arrest = event(t, EventType.ARREST, "arrested").build();
        assertEquals(List.of(arrest), Unanchored.drop(List.of(kill, shot, arrest)),
                "an arrest needs no time or place to be one");
    }

    @Test
    void aTimePlaceTollPerpetratorTargetOrStatementAnchorsIt() {
        AnnotatedText t = text("The attack on 2021-03-02 .", "The attack in Kabul .", "The attack killed 12 .",
                "The group attacked .", "A plot against parliament .", "The group claimed the attack .");
        Event dated = event(t, EventType.ATTACK, "attack on").on("2021-03-02", "sentence").build();
        Event placed = event(t, EventType.ATTACK, "attack in").at(KABUL).build();
        Event toll = event(t, EventType.ATTACK, "attack killed").killed(12).build();
        Event byGroup = event(t, EventType.ATTACK, "attacked").role(Role.PERPETRATOR, GROUP).build();
        Event onTarget = event(t, EventType.PLOT, "plot").role(Role.TARGET, GROUP).build();
        Event claimed = new IncidentFixtures.Builder(t, EventType.ATTACK, "attack", t.text().indexOf("the attack ."))
                .build();
        Event claim = event(t, EventType.CLAIM_OF_RESPONSIBILITY, "claimed").claims(claimed).build();
        List<Event> all = List.of(dated, placed, toll, byGroup, onTarget, claimed, claim);
        assertEquals(all, Unanchored.drop(all));
    }

    @Test
    void aPerpetratorOnlyAPronounStandsForAnchorsNothing() {
        AnnotatedText t = text("He plotted to kill Americans .");
        Event plot = event(t, EventType.PLOT, "plotted").role(Role.PERPETRATOR, GROUP).build();
        Event viaPronoun = new Event(plot.type(), plot.triggers(), plot.roles(), plot.places(), plot.date(),
                plot.killed(), plot.wounded(), plot.modality(), plot.confidence(), plot.claimedEvent(), plot.about(),
                plot.attributedTo(), plot.channels(), plot.target(), plot.sentences(),
                List.of(RoleAssignment.of(Role.PERPETRATOR, GROUP, "subject via pronoun")));
        assertEquals(List.of(), Unanchored.drop(List.of(viaPronoun)));
        assertEquals(List.of(plot), Unanchored.drop(List.of(plot)), "a perpetrator named in the text anchors it");
    }
}
