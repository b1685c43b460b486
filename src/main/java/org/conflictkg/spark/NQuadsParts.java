package org.conflictkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Names the part files Spark wrote ({@code part-00000.gz}) as what they are ({@code part-00000.nq.gz}). */
final class NQuadsParts {

    private NQuadsParts() {
    }

    /** Renames the gzip part files of this directory. */
    static void rename(Path directory, Configuration hadoop) {
        try {
            FileSystem fs = directory.getFileSystem(hadoop);
            for (FileStatus status : fs.listStatus(directory)) {
                String name = status.getPath().getName();
                if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                    String renamed = name.substring(0, name.length() - ".gz".length()) + ".nq.gz";
                    fs.rename(status.getPath(), new Path(directory, renamed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the N-Quads files in " + directory, e);
        }
    }
}
