package org.conflictkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * A password file in Jetty's realm format, one user a line: {@code user: password} (the password in plain text,
 * or hashed as {@code MD5:...} or {@code CRYPT:...} for the server; a client needs it in plain text). Lines
 * starting with # are comments.
 */
public final class PasswordFile {

    /**
     * A user and password to send.
     *
     * @param user the user name
     * @param password the password
     */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    private PasswordFile() {
    }

    /** Checks that the file can serve as the server's password file; throws a one-line error if not. */
    public static void check(Path file) {
        List<String[]> entries = entries(file);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("password file " + file + ": no 'user: password' line");
        }
    }

    /** Whether people other than the file's owner may read it. */
    public static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalArgumentException("password file " + file + ": cannot read its permissions", e);
        }
    }

    /** The first user of the file and its password, which must be in plain text. */
    public static Credentials firstUser(Path file) {
        List<String[]> entries = entries(file);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("password file " + file + ": no 'user: password' line");
        }
        String[] first = entries.get(0);
        if (first[1].matches("(?i)(MD5|CRYPT|OBF):.*")) {
            throw new IllegalArgumentException("password file " + file + ": the password of '" + first[0]
                    + "' is hashed; a client needs it in plain text");
        }
        return new Credentials(first[0], first[1]);
    }

    private static List<String[]> entries(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("password file " + file + ": cannot read it ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(l -> l.indexOf(':') > 0)
                .map(l -> {
                    String user = l.substring(0, l.indexOf(':')).strip();
                    String rest = l.substring(l.indexOf(':') + 1).strip();
                    int comma = rest.indexOf(',');
                    String password = comma < 0 ? rest : rest.substring(0, comma).strip();
                    return new String[] {user, password};
                })
                .filter(e -> !e[0].isEmpty() && !e[1].isEmpty())
                .toList();
    }
}
