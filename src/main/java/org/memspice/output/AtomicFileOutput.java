package org.memspice.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name in the target's directory and moved into place by {@link #commit()}.
 * Readers of the target see either the old file or the complete new one; {@link #close()} without a commit deletes
 * the temporary file and leaves any existing target untouched.
 */
public final class AtomicFileOutput implements Closeable {
    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private boolean committed;
    private boolean closed;

    private AtomicFileOutput(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
    }

    /** Creates the temporary file next to {@code target}; the target itself is not touched. */
    public static AtomicFileOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String name = absolute.getFileName().toString();
        // Same directory, so the final rename stays on one filesystem. Opened directly rather than with
        // Files.createTempFile, whose 0600 permissions would otherwise end up on the committed file.
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
                return new AtomicFileOutput(absolute, tmp, ch);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    public Path target() {
        return target;
    }

    public Path temporaryFile() {
        return temporary;
    }

    /** The temporary file, open for reading and writing; it belongs to this object, so do not close it. */
    public FileChannel channel() {
        return channel;
    }

    public boolean isCommitted() {
        return committed;
    }

    /** Syncs the data and renames the temporary file onto the target, replacing it. */
    public void commit() throws IOException {
        if (closed) {
            throw new IllegalStateException("already " + (committed ? "committed" : "closed") + ": " + target);
        }
        // Without the sync a crash soon after the rename can leave an empty target on delayed-allocation filesystems.
        channel.force(true);
        channel.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        closed = true;
    }

    /** Discards the temporary file unless {@link #commit()} succeeded. Safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
