package org.conflictkg.extract.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerpetratorDeathsTest {

    @Test
    void theBomberKilledApartIsCountedToBeAdded() {
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("The bomber was also killed in the blast."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(2, false)),
                PerpetratorDeaths.in("Both attackers were shot dead by police."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("The suicide bomber blew himself up at the gate."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(6, false)),
                PerpetratorDeaths.in("Troops ended the siege, killing all six attackers."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("Four were injured before a security guard fatally shot the gunman."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("Abdul Artan, the assailant, was shot and killed by an officer."),
                "an attacker noun in apposition is no conjunct of other dead");
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("He was shot and killed by the first responding police officer."));
    }

    @Test
    void aReflexiveKillingIsOneAttackersDeathWhateverItsSubject() {
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("He detonated a car bomb in Somalia in October 2008, killing himself."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("Then he drove a car loaded with explosives into a compound and blew himself up."));
        assertEquals(Optional.empty(), PerpetratorDeaths.in("He threatened to blow himself up."));
    }

    @Test
    void militantsAndTensOfThemAreCounted() {
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(80, false)),
                PerpetratorDeaths.in("Eighty militants were also killed."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(3, true)),
                PerpetratorDeaths.in("Seven soldiers and 3 insurgents were killed."));
    }

    @Test
    void deathsCountedAmongTheDeadAreMarkedSo() {
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, true)),
                PerpetratorDeaths.in("Ten people were killed, including the bomber."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(3, true)),
                PerpetratorDeaths.in("At least 12 people died, including three gunmen."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(8, true)),
                PerpetratorDeaths.in("At least eight assailants were killed in the ensuing clash."),
                "a numbered count of the attackers is the sentence's toll itself");
    }

    @Test
    void theBomberBesidesTheDeadIsAddedToThem() {
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("In addition to the bomber, at least 16 people were killed in the blast."));
    }

    @Test
    void theAttackersOfALaterSentenceTakeTheirNumberFromTheAttack() {
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(3, false)),
                PerpetratorDeaths.in("The gunmen are killed during a battle with security forces.",
                        "Three militants open fire at the campus, killing 22 people."));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(2, false)),
                PerpetratorDeaths.in("The attackers are shot and killed by police officers.",
                        "Two Palestinian attackers stab passers-by, killing two."));
        assertTrue(PerpetratorDeaths.in("The gunmen are killed.", "Militants open fire at the campus.").isEmpty());
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("He was shot and killed by police.", ""));
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, false)),
                PerpetratorDeaths.in("A suicide bomber blows himself up at a restaurant, killing five people."));
    }

    @Test
    void anAttackerAmongConjoinedDeadIsCountedAmongThem() {
        assertEquals(Optional.of(new PerpetratorDeaths.Deaths(1, true)),
                PerpetratorDeaths.in("A policeman and the attacker were killed in the blast."));
    }

    @Test
    void noCountNoDeaths() {
        assertTrue(PerpetratorDeaths.in("The attackers were killed.").isEmpty(), "a plural without a number");
        assertTrue(PerpetratorDeaths.in("The gunmen fled into the forest.").isEmpty());
        assertTrue(PerpetratorDeaths.in("A bomber killed 14 people at a market.").isEmpty());
    }
}
