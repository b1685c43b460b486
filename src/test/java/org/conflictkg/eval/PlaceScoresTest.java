package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PlaceScoresTest {

    @Test
    void accuracyIsTheShareOfRightIds() {
        PlaceScores scores = new PlaceScores();
        scores.id(true);
        scores.id(true);
        scores.id(false);
        scores.id(true);
        assertEquals(0.75, scores.accuracy(), 1e-9);
        assertEquals(3, scores.rightId());
        assertEquals(4, scores.withId());
    }

    @Test
    void medianAndMaximumCountOnlyThePlacesPlaced() {
        PlaceScores scores = new PlaceScores();
        scores.point(OptionalDouble.of(10));
        scores.point(OptionalDouble.of(0));
        scores.point(OptionalDouble.empty());
        scores.point(OptionalDouble.of(400));
        scores.point(OptionalDouble.of(2));
        assertEquals(6, scores.medianKm().getAsDouble(), 1e-9);
        assertEquals(400, scores.maxKm().getAsDouble(), 1e-9);
        assertEquals(4, scores.placed());
        assertEquals(5, scores.withPoint());
        scores.point(OptionalDouble.of(1));
        assertEquals(2, scores.medianKm().getAsDouble(), 1e-9);
    }

    @Test
    void emptyScoresAreNeutral() {
        PlaceScores scores = new PlaceScores();
        assertEquals(1, scores.accuracy());
        assertTrue(scores.medianKm().isEmpty());
        assertTrue(scores.maxKm().isEmpty());
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        assertEquals(0, PlaceScores.distanceKm(55.75, 37.62, 55.75, 37.62), 1e-9);
        assertEquals(111.2, PlaceScores.distanceKm(0, 0, 1, 0), 0.1);
        assertEquals(20015.1, PlaceScores.distanceKm(0, 0, 0, 180), 0.1);
        // Paris to London, about 344 km
        assertEquals(343.9, PlaceScores.distanceKm(48.8566, 2.3522, 51.5074, -0.1278), 1.0);
    }
}
