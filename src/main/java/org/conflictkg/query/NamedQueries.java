package org.conflictkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The named queries of {@code queries/}: a name is a file name without ".rq". They are looked up in the directory
 * given by the environment variable KG_QUERIES, then in {@code ./queries}, then among those shipped with the program.
 */
public final class NamedQueries {

    /** The queries shipped with the program. */
    public static final List<String> BUILT_IN = List.of("actors-by-type", "timeline", "events-by-actor",
            "places-with-events", "claims-and-blame", "evidence", "documents", "claims-and-counterclaims",
            "foiled-plots", "arrests-by-authority", "casualties-by-group", "actor-profile", "events-near-place",
            "actors-by-country", "people-roles");

    private final List<Path> directories;

    /** Named queries looked up in these directories first, then among the built-in ones. */
    public NamedQueries(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    /** The default lookup: $KG_QUERIES, then ./queries. */
    public static NamedQueries standard() {
        String env = System.getenv("KG_QUERIES");
        return env == null || env.isBlank() ? new NamedQueries(List.of(Path.of("queries")))
                : new NamedQueries(List.of(Path.of(env), Path.of("queries")));
    }

    /** The text of the query with this name, if there is one. */
    public Optional<String> find(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        for (Path dir : directories) {
            Path file = dir.resolve(name + ".rq");
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
                }
            }
        }
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream("queries/" + name + ".rq")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("queries/" + name + ".rq: cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The names available, in order. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(BUILT_IN);
        for (Path dir : directories) {
            try (var files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                        .forEach(n -> names.add(n.substring(0, n.length() - 3)));
            } catch (IOException e) {
                continue;
            }
        }
        return List.copyOf(names);
    }
}
