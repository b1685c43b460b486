package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;
import org.junit.jupiter.api.Test;

class PipelineTest {

    /** A stage that only records that it ran. */
    private record FakeStage(String name, Set<Layer> requires, Set<Layer> provides, List<String> log)
            implements Stage {

        @Override
        public void process(Analysis analysis) {
            log.add(name + ":" + analysis.document().id());
        }
    }

    private static Set<Layer> layers(Layer... layers) {
        return layers.length == 0 ? EnumSet.noneOf(Layer.class) : EnumSet.of(layers[0], layers);
    }

    private static Document document() {
        return Document.of("doc-7", "A short text about a river crossing.", "test");
    }

    @Test
    void stageRequiringALayerNoEarlierStageProvidesFails() {
        List<String> log = new ArrayList<>();
        List<Stage> stages = List.of(
                new FakeStage("tokenize", layers(Layer.DOCUMENT), layers(Layer.TOKENS), log),
                new FakeStage("resolve", layers(Layer.TOKENS, Layer.MENTIONS), layers(Layer.ENTITIES), log));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(stages));

        assertTrue(e.getMessage().contains("resolve"), e.getMessage());
        assertTrue(e.getMessage().contains("MENTIONS"), e.getMessage());
        assertTrue(!e.getMessage().contains("requires [TOKENS"), e.getMessage());
    }

    @Test
    void layerProvidedOnlyByALaterStageDoesNotCount() {
        List<String> log = new ArrayList<>();
        List<Stage> stages = List.of(
                new FakeStage("mentions", layers(Layer.TOKENS), layers(Layer.MENTIONS), log),
                new FakeStage("tokenize", layers(), layers(Layer.TOKENS), log));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(stages));

        assertTrue(e.getMessage().contains("mentions"), e.getMessage());
        assertTrue(e.getMessage().contains("TOKENS"), e.getMessage());
    }

    @Test
    void twoStagesProvidingTheSameLayerFail() {
        List<String> log = new ArrayList<>();
        List<Stage> stages = List.of(
                new FakeStage("corenlp", layers(), layers(Layer.TOKENS, Layer.POS_LEMMAS), log),
                new FakeStage("other-tagger", layers(Layer.TOKENS), layers(Layer.POS_LEMMAS), log));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(stages));

        assertTrue(e.getMessage().contains("other-tagger"), e.getMessage());
        assertTrue(e.getMessage().contains("POS_LEMMAS"), e.getMessage());
    }

    @Test
    void stageProvidingTheDocumentLayerFails() {
        List<Stage> stages = List.of(new FakeStage("reader", layers(), layers(Layer.DOCUMENT), new ArrayList<>()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(stages));

        assertTrue(e.getMessage().contains("reader") && e.getMessage().contains("DOCUMENT"), e.getMessage());
    }

    @Test
    void validChainRunsStagesInOrder() {
        List<String> log = new ArrayList<>();
        List<Stage> stages = List.of(
                new FakeStage("dating", layers(Layer.DOCUMENT), layers(Layer.DOCUMENT_DATE), log),
                new FakeStage("tokenize", layers(Layer.DOCUMENT), layers(Layer.TOKENS), log),
                new FakeStage("mentions", layers(Layer.TOKENS), layers(Layer.MENTIONS), log),
                new FakeStage("resolve", layers(Layer.MENTIONS, Layer.TOKENS), layers(Layer.ENTITIES), log));

        Pipeline pipeline = Pipeline.of(stages);
        Document document = document();
        Analysis analysis = pipeline.run(document, Optional.of(PublicationDate.of(LocalDate.of(2024, 1, 2))));

        assertEquals(List.of("dating:doc-7", "tokenize:doc-7", "mentions:doc-7", "resolve:doc-7"), log);
        assertSame(document, analysis.document());
        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2024, 1, 2))), analysis.commandLineDate());
        assertEquals(stages, pipeline.stages());
        assertEquals(EnumSet.of(Layer.DOCUMENT, Layer.DOCUMENT_DATE, Layer.TOKENS, Layer.MENTIONS, Layer.ENTITIES),
                pipeline.provides());
        assertEquals("dating -> tokenize -> mentions -> resolve", pipeline.toString());
        assertEquals(List.of("dating", "tokenize", "mentions", "resolve"),
                List.copyOf(pipeline.times().seconds().keySet()));
    }

    @Test
    void runningTwiceRunsTheChainTwice() {
        List<String> log = new ArrayList<>();
        Pipeline pipeline = Pipeline.of(List.of(
                new FakeStage("a", layers(), layers(Layer.TOKENS), log),
                new FakeStage("b", layers(Layer.TOKENS), layers(Layer.MENTIONS), log)));

        pipeline.run(document(), Optional.empty());
        pipeline.run(Document.of("doc-8", "Another text.", "test"), Optional.empty());

        assertEquals(List.of("a:doc-7", "b:doc-7", "a:doc-8", "b:doc-8"), log);
    }

    @Test
    void emptyChainIsValidAndProvidesOnlyTheDocument() {
        Pipeline pipeline = Pipeline.of(List.of());

        assertEquals(EnumSet.of(Layer.DOCUMENT), pipeline.provides());
        Analysis analysis = pipeline.run(document(), Optional.empty());
        assertEquals("doc-7", analysis.document().id());
    }

    @Test
    void readingALayerNoStageSetFails() {
        Analysis analysis = Pipeline.of(List.of()).run(document(), Optional.empty());

        IllegalStateException e = assertThrows(IllegalStateException.class, analysis::mentions);
        assertTrue(e.getMessage().contains("mentions"), e.getMessage());
    }
}
