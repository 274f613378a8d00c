package io.github.aimilestones.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a file all at once or not at all: into a temporary file beside it, then moved over it. If writing
 * fails, the previous file is left byte for byte as it was and the temporary file is removed.
 *
 * <p>What the name points at is what gets written: a symbolic link is followed and its target replaced (the temporary
 * file lies beside the target), a character device or a pipe ({@code /dev/null}, {@code /dev/stdout}) is written
 * directly, and a directory or the root is refused. A replaced file keeps its permissions (and, where the system
 * allows, its owner); a new file gets those of any new file, by the umask.
 */
final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        /**
         * Writes the content.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /** Some of a batch's files were replaced before one could not be: which ones. */
    static final class PartlyWritten extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient List<Path> replaced;

        PartlyWritten(List<Path> replaced, IOException cause) {
            super(IoErrors.reason(cause), cause);
            this.replaced = List.copyOf(replaced);
        }

        /**
         * The files that were replaced, in the order they were.
         *
         * @return the files
         */
        List<Path> replaced() {
            return replaced;
        }
    }

    private AtomicFiles() {
    }

    /**
     * Writes a UTF-8 text file atomically.
     *
     * @param file the file to create or replace
     * @param content what writes its content
     * @throws IOException if writing fails; the file is then unchanged
     */
    static void write(Path file, Content content) throws IOException {
        try (Batch batch = new Batch()) {
            batch.add(file, content);
            batch.commit();
        }
    }

    /**
     * The file a name stands for: a link's target, the name itself if it is missing.
     *
     * @param file a name
     * @return the target, absolute
     * @throws IOException if the name is a directory or the root, or cannot be looked at
     */
    static Path target(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new FileSystemException(file.toString(), null, "is the root directory: name a file");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            Path path = absolute;
            for (int links = 0; links < 40 && Files.isSymbolicLink(path); links++) {  // a dangling link: create its target
                path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
            }
            return path;
        }
        if (attributes.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "is a directory: name a file");
        }
        return attributes.isOther() ? absolute : absolute.toRealPath();
    }

    /** Several files written together: all temporary files first, then all moved, or none if one cannot be written. */
    static final class Batch implements AutoCloseable {
        private final List<Path> targets = new ArrayList<>();
        private final List<Path> temporaries = new ArrayList<>();

        /** An empty batch. */
        Batch() {
        }

        /**
         * Writes a file's content to a temporary file beside it (or, for a device or a pipe, directly).
         *
         * @param file the file to create or replace
         * @param content what writes its content
         * @throws IOException if it cannot be written; no file named is then changed
         */
        void add(Path file, Content content) throws IOException {
            Path target = target(file);
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                try (OutputStream stream = Files.newOutputStream(target)) {
                    write(stream, content);
                }
                return;
            }
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(temporaryName(target));
            // Paired at once, so that a failed write leaves the lists in step for close().
            temporaries.add(temporary);
            targets.add(target);
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                keepAttributes(target, temporary);
                write(stream, content);
            }
        }

        /**
         * Moves every temporary file over its target.
         *
         * @throws IOException if a file cannot be moved: a {@link PartlyWritten} that names the files already moved
         */
        void commit() throws IOException {
            List<Path> done = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                try {
                    move(temporaries.get(i), targets.get(i));
                } catch (IOException e) {
                    throw new PartlyWritten(done, e);
                }
                done.add(targets.get(i));
            }
            temporaries.clear();
        }

        /** Removes the temporary files that were not moved. */
        @Override
        public void close() throws IOException {
            for (Path temporary : temporaries) {
                Files.deleteIfExists(temporary);
            }
            temporaries.clear();
        }
    }

    private static void write(OutputStream stream, Content content) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        content.writeTo(out);
        out.flush();
    }

    /** A hidden name, unique, and short enough for any file system whatever the length of the target's name. */
    private static String temporaryName(Path target) {
        String name = target.getFileName().toString();
        return "." + (name.length() > 40 ? name.substring(0, 40) : name) + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".tmp";
    }

    /** An existing file keeps its permissions, and its owner and group where the system lets us set them. */
    private static void keepAttributes(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target)) {
            return;
        }
        PosixFileAttributes existing = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(existing.permissions());
        try {
            PosixFileAttributes created = view.readAttributes();
            if (!created.owner().equals(existing.owner())) {
                view.setOwner(existing.owner());
            }
            if (!created.group().equals(existing.group())) {
                view.setGroup(existing.group());
            }
        } catch (IOException e) {
            // Only the owner and root may give a file away: the file then becomes ours, with its permissions.
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
