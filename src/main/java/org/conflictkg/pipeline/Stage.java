package org.conflictkg.pipeline;

import java.util.Set;

/** One step of the pipeline, which declares what it needs and what it adds so that a chain can be checked. */
public interface Stage {

    /** A short name for messages and profiles ("annotation"). */
    String name();

    /** The layers that must be present before this stage runs. */
    Set<Layer> requires();

    /** The layers this stage adds. */
    Set<Layer> provides();

    /** Runs this stage on one document's analysis. */
    void process(Analysis analysis);
}
