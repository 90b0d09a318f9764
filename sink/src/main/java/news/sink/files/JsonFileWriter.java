package news.sink.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Writes one JSON document per id into a folder, atomically: the bytes go to a temporary file in the same folder,
 * which is then renamed over the target, so a reader never sees a partial file. The bytes depend only on the
 * record written, so a replay rewrites the same file with the same content.
 */
public final class JsonFileWriter {
    /** Ids become file names: only characters that are safe on every file system. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private final Path folder;

    public JsonFileWriter(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes {@code json} as {@code <id>.json} and returns its path. */
    public Path write(String id, byte[] json) throws IOException {
        if (id == null || !SAFE_ID.matcher(id).matches() || id.startsWith(".")) {
            throw new IllegalArgumentException("id '" + id + "' cannot be used as a file name");
        }
        Path target = folder.resolve(id + ".json");
        Path temp = folder.resolve("." + id + ".json.tmp");
        try {
            Files.write(temp, json);
        } catch (NoSuchFileException missingFolder) {
            // Created here rather than checked before every write: a check costs a failed mkdir per file.
            Files.createDirectories(folder);
            Files.write(temp, json);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
