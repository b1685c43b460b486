package org.conflictkg.quads;

import java.nio.file.Path;
import java.util.List;
import org.conflictkg.server.GraphStoreClient;

/** {@code kg push}: the graphs of N-Quads files sent to a remote store by the Graph Store Protocol. */
public final class Push {

    /**
     * What a push did.
     *
     * @param files the files read
     * @param graphs the graph parts sent
     * @param failed the graph parts that could not be sent
     * @param quads the quads sent
     * @param retried the graph parts that needed more than one attempt
     * @param seconds wall time
     */
    public record Report(int files, int graphs, int failed, long quads, int retried, double seconds) {
    }

    private Push() {
    }

    /** Sends the graphs of the N-Quads files these paths name; each graph's outcome goes to the listener too. */
    public static Report run(GraphStoreClient client, List<Path> paths, GraphStoreClient.Listener listener) {
        long start = System.nanoTime();
        List<Path> files = QuadFiles.of(paths);
        long[] counts = new long[4];
        GraphStoreClient.Listener counting = outcome -> {
            if (outcome.sent()) {
                counts[0]++;
                counts[2] += outcome.quads();
            } else {
                counts[1]++;
            }
            if (outcome.attempts() > 1) {
                counts[3]++;
            }
            listener.outcome(outcome);
        };
        GraphRuns.read(files, (file, graph) -> client.add(file, graph, counting));
        client.flush(counting);
        return new Report(files.size(), (int) counts[0], (int) counts[1], counts[2], (int) counts[3],
                (System.nanoTime() - start) / 1e9);
    }
}
