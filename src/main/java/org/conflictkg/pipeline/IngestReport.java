package org.conflictkg.pipeline;

import java.util.List;
import java.util.Map;
import org.conflictkg.source.InputProblem;

/**
 * What an ingest did.
 *
 * @param added documents new to the store
 * @param replaced documents whose earlier graph was replaced
 * @param unchanged documents skipped because the store already holds their graph for the same input
 * @param failed inputs that could not be ingested
 * @param skipped files in the directories given whose type is not read
 * @param sentences sentences in the documents processed
 * @param tokens tokens in the documents processed
 * @param entities entities of the documents processed (per document)
 * @param events events of the documents processed
 * @param quads quads written
 * @param seconds wall time of the whole ingest
 * @param modelLoadSeconds wall time spent loading the NLP models (0 when no document needed them)
 * @param writeSeconds wall time spent writing to the store
 * @param stageSeconds time spent per pipeline stage, added over threads
 * @param threads the number of annotation threads
 * @param problems the inputs that failed, with why
 * @param warnings what the reader should know about documents that were ingested
 */
public record IngestReport(int added, int replaced, int unchanged, int failed, int skipped, long sentences,
        long tokens, long entities, long events, long quads, double seconds, double modelLoadSeconds,
        double writeSeconds, Map<String, Double> stageSeconds, int threads, List<InputProblem> problems,
        List<String> warnings) {

    public IngestReport {
        stageSeconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageSeconds));
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The documents processed in this run (added or replaced). */
    public int processed() {
        return added + replaced;
    }
}
