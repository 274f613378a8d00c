package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** A file that cannot be read says why, not only its own name again (issue 16). */
final class MessagesTest {

    @Test
    void cannotReadFile_saysWhy() {
        assertThat(Messages.cannotReadFile("a.json", new AccessDeniedException("a.json")).message())
                .isEqualTo("cannot read the file: permission denied");
        assertThat(Messages.cannotReadFile("a.json", new FileSystemException("a.json", null, "Input/output error")).message())
                .isEqualTo("cannot read the file: Input/output error");
        assertThat(Messages.cannotReadFile("a.json", new IOException("Is a directory")).message())
                .isEqualTo("cannot read the file: Is a directory");
    }
}
