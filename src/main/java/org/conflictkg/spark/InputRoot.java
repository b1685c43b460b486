package org.conflictkg.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One input path of the job, as Hadoop names it (qualified: {@code file:/...}, {@code hdfs://...}, {@code s3a://...}).
 * Document ids are taken relative to it, as {@code kg ingest} takes them relative to the path it is given: the path
 * below a directory without its extension, or a file's own name without its extension.
 *
 * @param uri the qualified path
 * @param index its place among the inputs
 * @param file whether it names a file rather than a directory
 */
public record InputRoot(String uri, int index, boolean file) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether this input holds the file of this qualified path. */
    boolean holds(String path) {
        return file ? path.equals(uri) : path.startsWith(uri.endsWith("/") ? uri : uri + "/");
    }

    /** The path of a file below this input, relative to the directory the input names or is in. */
    String relative(String path) {
        return file ? path.substring(path.lastIndexOf('/') + 1)
                : path.substring(uri.length() + (uri.endsWith("/") ? 0 : 1));
    }

    /** The input, of several, that holds a file: the one with the longest path, so nested inputs read as given. */
    static InputRoot of(List<InputRoot> roots, String path) {
        InputRoot best = null;
        for (InputRoot root : roots) {
            if (root.holds(path) && (best == null || root.uri.length() > best.uri.length())) {
                best = root;
            }
        }
        return best;
    }
}
