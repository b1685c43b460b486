package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class RevisedTollsTest {

    private static Sentence roseTo(String subject, String modifier) {
        return HandParsed.sentence(0, 0,
                "The the DT 2 det",
                modifier + " " + modifier + " NN 2 compound",
                subject + " " + subject + " NN 3 nsubj",
                "rose rise VBD -1 root",
                "to to IN 5 case",
                "40 40 CD 3 obl NUMBER");
    }

    @Test
    void theFigureADeathTollRisesToRevisesIt() {
        Sentence toll = roseTo("toll", "death");
        assertTrue(RevisedTolls.revisesDeaths(toll, toll.tokens().get(5), false));
        Sentence injuries = roseTo("toll", "injury");
        assertFalse(RevisedTolls.revisesDeaths(injuries, injuries.tokens().get(5), false));
    }

    @Test
    void aTotalRevisesTheDeadOnlyWhereTheSentenceCountsThem() {
        Sentence total = roseTo("total", "final");
        assertTrue(RevisedTolls.revisesDeaths(total, total.tokens().get(5), true));
        assertFalse(RevisedTolls.revisesDeaths(total, total.tokens().get(5), false));
        Sentence price = roseTo("price", "oil");
        assertFalse(RevisedTolls.revisesDeaths(price, price.tokens().get(5), true));
    }

    @Test
    void aFigureRisenUpToIsTheTollThoughTheParserReadsAClause() {
        Sentence upTo = HandParsed.sentence(0, 0,
                "The the DT 2 det",
                "death death NN 2 compound",
                "toll toll NN 3 nsubj",
                "rises rise VBZ -1 root",
                "up up RP 6 dep",
                "to to IN 6 case",
                "358 358 CD 3 advcl NUMBER");
        assertTrue(RevisedTolls.revisesDeaths(upTo, upTo.tokens().get(6), false));
    }

    @Test
    void theFigureADeathTollIsPutAtGivesItAndARangeCountsAsItsLowerEnd() {
        Sentence putAt = HandParsed.sentence(0, 0,
                "Sources source NNS 1 nsubj",
                "put put VBD -1 root",
                "the the DT 4 det",
                "death death NN 4 compound",
                "toll toll NN 1 obj",
                "at at IN 8 case",
                "400 400 CD 8 compound NUMBER",
                "- - SYM 8 dep",
                "500 500 CD 1 obl NUMBER");
        assertTrue(RevisedTolls.revisesDeaths(putAt, putAt.tokens().get(8), false));
        assertEquals(400, RevisedTolls.rangeStart(putAt, putAt.tokens().get(8), 500));
        Sentence roseAt = HandParsed.sentence(0, 0,
                "The the DT 2 det",
                "death death NN 2 compound",
                "toll toll NN 3 nsubj",
                "stood stand VBD -1 root",
                "at at IN 5 case",
                "40 40 CD 3 obl NUMBER");
        assertFalse(RevisedTolls.revisesDeaths(roseAt, roseAt.tokens().get(5), false), "no estimating verb");
        assertEquals(40, RevisedTolls.rangeStart(roseAt, roseAt.tokens().get(5), 40));
    }
}
