package skill.importer;

import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.model.MatchFact;

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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Facts as NDJSON, one contract JSON object per line, gzip-compressed when the file name ends in .gz. */
public final class FactFiles {

    private FactFiles() {
    }

    /** Writes every fact, streaming; returns how many. */
    public static long write(Stream<MatchFact> facts, OutputStream out) {
        long n = 0;
        try {
            for (Iterator<MatchFact> it = facts.iterator(); it.hasNext(); n++) {
                out.write(FactCodec.write(it.next()));
                out.write('\n');
            }
            out.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write facts", e);
        }
    }

    public static long write(Stream<MatchFact> facts, Path file) {
        try (OutputStream out = open(file)) {
            return write(facts, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * The facts of a file, read lazily (close the stream). A line that is not a valid contract fact is
     * skipped and recorded as {@code file:line} with the reason; blank lines are ignored.
     */
    public static Stream<MatchFact> read(Path file, ImportProblems problems) {
        BufferedReader reader;
        try {
            reader = reader(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Iterator<MatchFact> facts = new Iterator<>() {
            private MatchFact next;
            private long line;

            @Override
            public boolean hasNext() {
                try {
                    for (String text; next == null && (text = reader.readLine()) != null; ) {
                        line++;
                        if (text.isBlank()) {
                            continue;
                        }
                        FactParse parse = FactCodec.read(text.getBytes(StandardCharsets.UTF_8));
                        if (parse.problems().isEmpty()) {
                            next = parse.fact();
                        } else {
                            problems.skip(file + ":" + line, String.join("; ", parse.problems()));
                        }
                    }
                    return next != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ":" + (line + 1) + ": cannot read", e);
                }
            }

            @Override
            public MatchFact next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                MatchFact out = next;
                next = null;
                return out;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(facts, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot close " + file, e);
                    }
                });
    }

    /** The non-blank lines of a fact file: how many facts it holds at most, for progress. */
    public static long lines(Path file) {
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
