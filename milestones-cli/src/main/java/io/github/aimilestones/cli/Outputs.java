package io.github.aimilestones.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/** The checks of an output named on the command line, and a standard output whose failures are not lost. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Why an output may not be written, before anything is read: it is the root directory, a directory, or one of
     * the inputs (which writing would destroy).
     *
     * @param option the option's name, for the message
     * @param output the output named
     * @param inputs the files the command reads
     * @return the error line, or empty if the output may be written
     */
    static Optional<String> refusal(String option, Path output, Collection<Path> inputs) {
        Path target;
        try {
            target = AtomicFiles.target(output);
        } catch (IOException e) {
            return Optional.of("error: " + option + " " + output + ": " + IoErrors.reason(e));
        }
        if (!Files.isRegularFile(target)) {
            return Optional.empty();
        }
        for (Path input : inputs) {
            try {
                if (Files.exists(input) && Files.isSameFile(target, input)) {
                    return Optional.of("error: " + option + " " + output + " is also an input (" + input
                            + "): writing it would destroy it; name another file");
                }
            } catch (IOException e) {
                // An input that cannot be looked at is reported when it is read.
            }
        }
        return Optional.empty();
    }

    /**
     * A writer to standard output that does not lose its failures: {@link PrintWriter} swallows them, and
     * {@link System#out} too; this one writes to the file descriptor and remembers why writing failed.
     *
     * @return the writer, flushed at each line
     */
    static Standard standardOutput() {
        return new Standard(new Recording(new FileOutputStream(FileDescriptor.out)));
    }

    /** Standard output, with the reason of its first failure. */
    static final class Standard extends PrintWriter {
        private final Recording stream;

        private Standard(Recording stream) {
            super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
            this.stream = stream;
        }

        /**
         * Why writing failed, if it did.
         *
         * @return the reason, or empty if every write succeeded
         */
        Optional<String> failure() {
            return checkError() ? Optional.of(stream.failure == null ? "write error" : IoErrors.reason(stream.failure))
                    : Optional.empty();
        }
    }

    /** Remembers the first exception of the stream it passes writes to. */
    private static final class Recording extends FilterOutputStream {
        private IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
