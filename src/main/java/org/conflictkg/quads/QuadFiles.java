package org.conflictkg.quads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The N-Quads files named by paths: files given directly, and in directories (recursively, in name order) the
 * files named {@code *.nq}, {@code *.nquads} or either with {@code .gz}. Hidden files and the markers of Spark and
 * Hadoop ({@code _SUCCESS}, {@code .crc} files, names starting with {@code .} or {@code _}) are passed over.
 */
public final class QuadFiles {

    private QuadFiles() {
    }

    /** Whether a file name is that of N-Quads, plain or gzip. */
    public static boolean isQuads(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String plain = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        return plain.endsWith(".nq") || plain.endsWith(".nquads");
    }

    /** The files these paths name; a path that is missing or not N-Quads is thrown as "PATH: problem". */
    public static List<Path> of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else if (!Files.exists(path)) {
                throw new IllegalArgumentException(path + ": no such file or directory");
            } else if (!isQuads(path.getFileName().toString())) {
                throw new IllegalArgumentException(path + ": not N-Quads (expected a name ending with .nq, "
                        + ".nquads, .nq.gz or .nquads.gz)");
            } else if (!Files.isReadable(path)) {
                throw new IllegalArgumentException(path + ": permission denied");
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> walk(Path directory) {
        try (Stream<Path> found = Files.walk(directory)) {
            return found.filter(Files::isRegularFile)
                    .filter(p -> !hidden(directory.relativize(p)))
                    .filter(p -> isQuads(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(directory + ": cannot list the directory (" + e.getMessage() + ")",
                    e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
