package dev.baton.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo workspace's process documents, for tests. */
public final class Samples {

    private Samples() {
    }

    public static String yaml(String key) {
        try (InputStream in = Samples.class.getResourceAsStream("/processes/demo/" + key + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no demo document " + key);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProcessDocument document(String key) {
        return DocumentYaml.read(yaml(key));
    }
}
