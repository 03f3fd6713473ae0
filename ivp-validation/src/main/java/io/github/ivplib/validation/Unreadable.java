package io.github.ivplib.validation;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Why a file could not be read, as a {@code json/unreadable} finding tells it: its variant and
 * its value {@code reason}.
 */
enum Unreadable {
    /** The path is a directory where a file was expected. */
    DIRECTORY("directory"),
    /** The path is neither a file nor a directory: a pipe, a socket, a device. */
    NOT_A_FILE("not-a-file"),
    /** A symbolic link to something that does not exist. */
    BROKEN_LINK("broken-link"),
    /** Symbolic links that lead back to themselves. */
    LINK_LOOP("link-loop"),
    /** The file system refuses to let the file, or the directory, be read. */
    ACCESS_DENIED("access-denied"),
    /** Any other failure of the file system, told in its own words. */
    IO_ERROR("io-error");

    /** How many links a chain may have before it is taken for a loop, as Linux's ELOOP does. */
    private static final int MAX_LINKS = 40;

    private final String variant;

    Unreadable(String variant) {
        this.variant = variant;
    }

    /** @return the variant of the {@code json/unreadable} message, not null */
    String variant() {
        return variant;
    }

    /**
     * Tells why a path that is not a regular file cannot be read, without opening it: a pipe
     * would block the reader and a device might never end.
     *
     * @param path the path, not null
     * @return why, or null if the path is a regular file (through links)
     */
    static Unreadable beforeOpening(Path path) {
        if (Files.isRegularFile(path)) {
            return null;
        }
        if (Files.isDirectory(path)) {
            return DIRECTORY;
        }
        Unreadable link = brokenLink(path);
        return link != null ? link : NOT_A_FILE;
    }

    /**
     * Tells why reading a path failed.
     *
     * @param path the path, not null
     * @param failure how reading it failed, not null
     * @return why, not null
     */
    static Unreadable of(Path path, IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        }
        Unreadable before = beforeOpening(path);
        return before == null ? IO_ERROR : before;
    }

    /** A chain of links that ends nowhere or comes back on itself; null if the chain ends at something. */
    private static Unreadable brokenLink(Path path) {
        Set<Path> seen = new HashSet<>();
        Path current = path;
        try {
            while (Files.isSymbolicLink(current)) {
                if (!seen.add(current.toAbsolutePath().normalize()) || seen.size() > MAX_LINKS) {
                    return LINK_LOOP;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current));
            }
        } catch (IOException e) {
            return null;
        }
        return Files.exists(current, LinkOption.NOFOLLOW_LINKS) ? null : BROKEN_LINK;
    }
}
