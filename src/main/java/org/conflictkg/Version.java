package org.conflictkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This program's version, from the build. */
public final class Version {

    /** The version, such as "0.1.0-SNAPSHOT". */
    public static final String VERSION = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the classpath");
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read version.properties: " + e.getMessage(), e);
        }
    }
}
