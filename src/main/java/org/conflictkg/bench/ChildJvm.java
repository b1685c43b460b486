package org.conflictkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a class of this program in a new JVM with the current classpath. */
final class ChildJvm {

    /**
     * What a child printed.
     *
     * @param exitCode its exit code
     * @param out its standard output
     * @param seconds its wall time, from start to exit
     */
    record Result(int exitCode, String out, double seconds) {
    }

    private ChildJvm() {
    }

    /** Runs the main class with these JVM options and arguments; standard error goes to the log file. */
    static Result run(List<String> jvmOptions, String mainClass, List<String> args, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Path out = Files.createTempFile(log.getParent(), "child-", ".out");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(log.toFile()).start();
            int code = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(code, Files.readString(out, StandardCharsets.UTF_8), seconds);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The last line of a log file, for a one-line error. */
    static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
