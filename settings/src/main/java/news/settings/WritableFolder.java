package news.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder can really be written: it creates and deletes a small file, because a permission check alone
 * says yes to root on a read-only mount and cannot see a full disk. Used at start (configuration) and by health.
 */
public final class WritableFolder {
    private WritableFolder() {
    }

    /** Creates the folder if needed; null when a file can be written there, else why not. */
    public static String problem(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return "cannot create folder " + folder + " (" + e + ")";
        }
        try {
            Path probe = Files.createTempFile(folder, ".newsflow-write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException e) {
            return "folder " + folder + " is not writable (" + e.getMessage() + ")";
        }
    }
}
