package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.conflictkg.cli.CliRun;
import org.junit.jupiter.api.Test;

/**
 * The extraction's accuracy on the project's gold set (src/test/resources/gold, docs/gold-format.md) must not fall
 * below what was measured. Raise these floors when the scores improve; never lower them to make a change pass.
 */
class EvalIT {

    private static final double ENTITY_F1_FLOOR = 0.94;
    private static final double EVENT_F1_FLOOR = 0.78;
    private static final double RESOLUTION_PRECISION_FLOOR = 1.0;
    private static final double RESOLUTION_RECALL_FLOOR = 0.93;
    private static final double PLACE_ACCURACY_FLOOR = 0.97;
    /** Ceiling of the median and of the largest distance error of the places put on the map, in km. */
    private static final double PLACE_DISTANCE_CEILING_KM = 0.5;

    @Test
    void scoresStayAboveTheMeasuredFloors() {
        CliRun run = CliRun.kg("eval", "--gold", Path.of("src/test/resources/gold").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(f1(run.out(), "entities") >= ENTITY_F1_FLOOR, run::toString);
        assertTrue(f1(run.out(), "events") >= EVENT_F1_FLOOR, run::toString);
        String resolution = line(run.out(), "resolution");
        assertTrue(number(resolution, " P ") >= RESOLUTION_PRECISION_FLOOR, run::toString);
        assertTrue(number(resolution, " R ") >= RESOLUTION_RECALL_FLOOR, run::toString);
        String places = line(run.out(), "places");
        assertTrue(number(places, "accuracy ") >= PLACE_ACCURACY_FLOOR, run::toString);
        assertTrue(number(places, "median ") <= PLACE_DISTANCE_CEILING_KM, run::toString);
        assertTrue(number(places, "max ") <= PLACE_DISTANCE_CEILING_KM, run::toString);
    }

    private static String line(String out, String name) {
        return out.lines().filter(l -> l.startsWith(name)).findFirst().orElseThrow(
                () -> new AssertionError("no " + name + " line in " + out));
    }

    /** The number that follows a marker in a line of the output. */
    private static double number(String line, String marker) {
        String after = line.substring(line.indexOf(marker) + marker.length()).strip();
        return Double.parseDouble(after.substring(0, after.indexOf(' ')));
    }

    private static double f1(String out, String name) {
        String line = out.lines().filter(l -> l.startsWith(name)).findFirst().orElseThrow(
                () -> new AssertionError("no " + name + " line in " + out));
        String after = line.substring(line.indexOf("F1") + 2).strip();
        return Double.parseDouble(after.substring(0, after.indexOf(' ')));
    }
}
