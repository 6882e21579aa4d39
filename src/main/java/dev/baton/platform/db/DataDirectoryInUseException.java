package dev.baton.platform.db;

import java.nio.file.Path;

/** Another Baton process already runs on this data directory. */
public class DataDirectoryInUseException extends RuntimeException {

    public DataDirectoryInUseException(Path dataDir) {
        super("The data directory " + dataDir.toAbsolutePath().normalize() + " is in use by another Baton process. "
                + "Stop that process, or give this one its own directory with BATON_DATA_DIR.");
    }
}
