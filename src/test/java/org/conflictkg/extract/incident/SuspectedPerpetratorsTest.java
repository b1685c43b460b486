package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.ISKP;
import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.vocabulary.CKG;
import org.junit.jupiter.api.Test;

class SuspectedPerpetratorsTest {

    private static final String MOHAMUD = CKG.ID + "person/mohamud";
    private static final String OTHER = CKG.ID + "person/other";

    private static Set<String> perpetrators(Event e) {
        return e.roles().getOrDefault(Role.PERPETRATOR, Set.of());
    }

    @Test
    void theOneSuspectArrestedInTheSentenceOfThePlotPlannedIt() {
        AnnotatedText t = text("The bomb plot ended when Mohamud was arrested .", "Mohamud was later sentenced .");
        Event plot = event(t, EventType.PLOT, "plot").build();
        Event arrest = event(t, EventType.ARREST, "arrested").role(Role.SUSPECT, MOHAMUD).build();
        Event trial = event(t, EventType.TRIAL, "sentenced").role(Role.SUSPECT, MOHAMUD).build();

        List<Event> named = SuspectedPerpetrators.add(List.of(plot, arrest, trial));

        assertEquals(Set.of(MOHAMUD), perpetrators(named.get(0)));
        assertEquals(Map.of(Role.SUSPECT, Set.of(MOHAMUD)), named.get(1).roles(), "the arrest unchanged");
    }

    @Test
    void noPlotterWhenTheArrestsAndTrialsWithThePlotHaveSeveralSuspects() {
        AnnotatedText t = text("The bomb plot ended when Mohamud was arrested and another man was charged .");
        Event plot = event(t, EventType.PLOT, "plot").build();
        Event arrest = event(t, EventType.ARREST, "arrested").role(Role.SUSPECT, MOHAMUD).build();
        Event trial = event(t, EventType.TRIAL, "charged").role(Role.SUSPECT, OTHER).build();

        assertEquals(Set.of(), perpetrators(SuspectedPerpetrators.add(List.of(plot, arrest, trial)).get(0)));
    }

    @Test
    void noPlotterFromAnArrestToldApartFromThePlot() {
        AnnotatedText t = text("The bomb plot was foiled .", "Mohamud was arrested .");
        Event plot = event(t, EventType.PLOT, "plot").build();
        Event arrest = event(t, EventType.ARREST, "arrested").role(Role.SUSPECT, MOHAMUD).build();

        assertEquals(Set.of(), perpetrators(SuspectedPerpetrators.add(List.of(plot, arrest)).get(0)));
    }

    @Test
    void noPlotterWhenTheReportTellsOfTwoPlots() {
        AnnotatedText t = text("The bomb plot ended when Mohamud was arrested .", "A second plot was foiled .");
        Event plot = event(t, EventType.PLOT, "plot").build();
        Event arrest = event(t, EventType.ARREST, "arrested").role(Role.SUSPECT, MOHAMUD).build();
        Event second = new IncidentFixtures.Builder(t, EventType.PLOT, "plot", t.text().indexOf("second")).build();

        assertEquals(Set.of(), perpetrators(SuspectedPerpetrators.add(List.of(plot, arrest, second)).get(0)));
    }

    @Test
    void theOneSuspectArrestedInASentenceOfTheLoneAttackDidIt() {
        AnnotatedText t = text("A gunman opened fire at a museum .",
                "Mohamud was arrested carrying the weapons used in the shooting .");
        Event shooting = event(t, EventType.ARMED_ASSAULT, "opened").mentionedAgain("shooting").build();
        Event arrest = event(t, EventType.ARREST, "arrested").role(Role.SUSPECT, MOHAMUD).build();

        assertEquals(Set.of(MOHAMUD), perpetrators(SuspectedPerpetrators.add(List.of(shooting, arrest)).get(0)));
        Event claimed = event(t, EventType.ARMED_ASSAULT, "opened").mentionedAgain("shooting")
                .role(Role.CLAIMANT, ISKP).build();
        assertEquals(Set.of(), perpetrators(SuspectedPerpetrators.add(List.of(claimed, arrest)).get(0)),
                "a claimed attack");
    }

    @Test
    void aPlotWithAPerpetratorKeepsIt() {
        AnnotatedText t = text("The ISKP plot ended when Mohamud was arrested .");
        Event plot = event(t, EventType.PLOT, "plot").role(Role.PERPETRATOR, ISKP).build();
        Event arrest = event(t, EventType.ARREST, "arrested").role(Role.SUSPECT, MOHAMUD).build();

        assertEquals(Set.of(ISKP), perpetrators(SuspectedPerpetrators.add(List.of(plot, arrest)).get(0)));
    }
}
