package org.zhulian.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data directory holds the registry's store and the service's keys: only the service's own
 * user may enter it. Neo4j creates its files with the process's umask (often world-readable, and a
 * store file holds ID numbers in clear); a directory others cannot traverse keeps them all out,
 * whatever the files' own permissions.
 */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Creates the directory if needed and makes it {@code rwx------}, on file systems that know POSIX permissions. */
    public static Path directory(Path directory) {
        try {
            Files.createDirectories(directory);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot protect the data directory " + directory, e);
        }
    }

    /** Writes a secret (a key) readable by the owner only, in a directory made owner-only too. */
    public static void writeSecret(Path file, String content) {
        try {
            directory(file.getParent());
            Files.writeString(file, content);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
