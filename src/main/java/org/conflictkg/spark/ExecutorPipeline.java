package org.conflictkg.spark;

import java.time.Instant;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.StandardPipelineFactory;

/**
 * The pipeline of this JVM (a Spark executor, or the driver in local mode), built the first time a task needs it:
 * the CoreNLP models load once per executor JVM and serve all of its tasks, as one pipeline serves all the threads
 * of {@code kg ingest}.
 */
final class ExecutorPipeline {

    private static Pipeline pipeline;
    private static KnowledgeBase kb;

    private ExecutorPipeline() {
    }

    /** The pipeline, loading the models the first time. */
    static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = new StandardPipelineFactory().create(knowledgeBase(), Instant::now);
        }
        return pipeline;
    }

    /** The knowledge base, loaded once. */
    static synchronized KnowledgeBase knowledgeBase() {
        if (kb == null) {
            kb = KnowledgeBase.load();
        }
        return kb;
    }
}
