package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;

/**
 * A chain of stages, checked when it is built: every layer a stage requires must be provided by an earlier one,
 * and no two stages provide the same layer. Runs the chain on documents, recording the time each stage takes.
 */
public final class Pipeline {

    private final List<Stage> stages;
    private final StageTimes times;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.times = new StageTimes(stages.stream().map(Stage::name).toList());
    }

    /** A pipeline of these stages, in order. */
    public static Pipeline of(List<Stage> stages) {
        Set<Layer> available = EnumSet.of(Layer.DOCUMENT);
        for (Stage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + ", which no earlier stage provides (available: " + available + ")");
            }
            for (Layer layer : stage.provides()) {
                if (!available.add(layer)) {
                    throw new IllegalArgumentException("stage '" + stage.name() + "' provides " + layer
                            + ", which an earlier stage already provides");
                }
            }
        }
        return new Pipeline(stages);
    }

    /** The stages, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The layers present after the whole chain has run. */
    public Set<Layer> provides() {
        Set<Layer> all = EnumSet.of(Layer.DOCUMENT);
        stages.forEach(s -> all.addAll(s.provides()));
        return all;
    }

    /** Runs every stage on a document. */
    public Analysis run(Document document, Optional<PublicationDate> commandLineDate) {
        Analysis analysis = new Analysis(document, commandLineDate);
        for (Stage stage : stages) {
            long start = System.nanoTime();
            stage.process(analysis);
            times.add(stage.name(), System.nanoTime() - start);
        }
        return analysis;
    }

    /** The time spent in each stage so far, over all threads. */
    public StageTimes times() {
        return times;
    }

    /** The names of the stages, for messages. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return String.join(" -> ", names);
    }
}
