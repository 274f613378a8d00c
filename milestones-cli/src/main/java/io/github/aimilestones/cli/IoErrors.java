package io.github.aimilestones.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says why a file operation failed, in the words of the system and without the names of temporary files. */
final class IoErrors {

    private IoErrors() {
    }

    /**
     * Why an operation failed: {@code permission denied}, {@code read-only file system}, {@code no space left on
     * device}, ... A {@link FileSystemException} names the file it failed on, which may be a temporary file the user
     * never named: only its reason is kept.
     *
     * @param e the failure
     * @return its reason, short and lowercase
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        } else if (e instanceof NotDirectoryException) {
            return "not a directory";
        } else if (e instanceof FileSystemException f) {
            return f.getReason() == null ? "cannot be written" : lowercase(f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : lowercase(e.getMessage());
    }

    /** "No space left on device" becomes "no space left on device"; "JSON ..." stays as it is. */
    private static String lowercase(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
