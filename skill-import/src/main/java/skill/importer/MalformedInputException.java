package skill.importer;

import java.nio.file.Path;

/** Input a provider's file format forbids, named by file and, where the parser knows it, line and column. */
public final class MalformedInputException extends IllegalArgumentException {
    private final transient Path file;

    public MalformedInputException(Path file, int line, int column, String reason, Throwable cause) {
        super(file + position(line, column) + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String position(int line, int column) {
        return line <= 0 ? "" : column <= 0 ? ":" + line : ":" + line + ":" + column;
    }
}
