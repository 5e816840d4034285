package skill.importer;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Messages as NDJSON, one JSON object per line, gzip-compressed when the file name ends in .gz; written and
 * read streaming, so a file of any size never sits in memory. {@link FactFiles} and {@link FrameFiles}.
 */
final class Ndjson {

    /** Parses one line: the message, or null after telling {@code problem} why the line is none. */
    interface LineParser<T> extends BiFunction<byte[], Consumer<String>, T> {
    }

    private Ndjson() {
    }

    static <T> long write(Stream<T> items, Function<T, byte[]> json, OutputStream out, String what) {
        long n = 0;
        try {
            for (Iterator<T> it = items.iterator(); it.hasNext(); n++) {
                out.write(json.apply(it.next()));
                out.write('\n');
            }
            out.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + what, e);
        }
    }

    static <T> long write(Stream<T> items, Function<T, byte[]> json, Path file) {
        try (OutputStream out = open(file)) {
            return write(items, json, out, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * The messages of a file, read lazily (close the stream). A line {@code parser} rejects is skipped and
     * recorded as {@code file:line} with the reason; blank lines are ignored.
     */
    static <T> Stream<T> read(Path file, ImportProblems problems, LineParser<T> parser) {
        BufferedReader reader;
        try {
            reader = reader(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Iterator<T> items = new Iterator<>() {
            private T next;
            private long line;

            @Override
            public boolean hasNext() {
                try {
                    for (String text; next == null && (text = reader.readLine()) != null; ) {
                        line++;
                        if (!text.isBlank()) {
                            long at = line;
                            next = parser.apply(text.getBytes(StandardCharsets.UTF_8),
                                    reason -> problems.skip(file + ":" + at, reason));
                        }
                    }
                    return next != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ":" + (line + 1) + ": cannot read", e);
                }
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T out = next;
                next = null;
                return out;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot close " + file, e);
                    }
                });
    }

    /** The non-blank lines of a file: how many messages it holds at most, for progress. */
    static long lines(Path file) {
        try (BufferedReader reader = reader(file)) {
            return reader.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new BufferedReader(new InputStreamReader(isGzip(file) ? new GZIPInputStream(in, 1 << 16) : in,
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return isGzip(file) ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }
}
