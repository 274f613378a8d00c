package io.github.aimilestones.data.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A file that was read, and how to read its text again. Internal: not part of the API.
 *
 * @param name the file's name as reported
 * @param opener opens its text again, from the first character after a byte order mark
 */
public record SourceFile(String name, Opener opener) {

    /** Opens the text of a file again. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the text.
         *
         * @return a reader at the first character
         * @throws IOException if the file cannot be read again
         */
        Reader open() throws IOException;
    }
}
