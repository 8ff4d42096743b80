package org.memspice.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
    /** Synced and closed, waiting for its rename. */
    private boolean prepared;

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

    /** A temporary file beside {@code target} holding {@code text} (UTF-8), not yet committed. */
    public static AtomicFileOutput written(Path target, String text) throws IOException {
        AtomicFileOutput out = create(target);
        try {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.channel.write(bytes);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
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
        prepare();
        publish();
    }

    /**
     * Commits several files as one: all are synced first (nothing visible yet), then renamed onto their targets one
     * after another. Each existing target is kept as a hard link (or, where links are not supported, a copy) until
     * the last rename has succeeded; if a rename or backup fails, the targets already replaced get their previous
     * contents back (or are removed if they did not exist) and the failure is thrown. So after an exception every
     * target is as it was, and after a return every target is new. Only a crash during the renames (a few
     * milliseconds) can leave some replaced and some not, each file whole, possibly with a {@code .bak} file beside.
     * The temporary files of a failed group are deleted by {@link #close()} as usual.
     */
    public static void commitAll(List<AtomicFileOutput> files) throws IOException {
        for (AtomicFileOutput f : files) {
            f.prepare();
        }
        List<Path> backups = new ArrayList<>();
        int published = 0;
        try {
            for (AtomicFileOutput f : files) {
                backups.add(f.backUpTarget());
                f.publish();
                published++;
            }
        } catch (IOException | RuntimeException e) {
            rollBack(files, backups, published, e);
            throw e;
        }
        for (Path backup : backups) {
            if (backup != null) {
                Files.deleteIfExists(backup);
            }
        }
    }

    /** Puts back what the first {@code published} files replaced, newest first; problems are added to {@code cause}. */
    private static void rollBack(List<AtomicFileOutput> files, List<Path> backups, int published, Exception cause) {
        for (int k = backups.size() - 1; k >= 0; k--) {
            AtomicFileOutput f = files.get(k);
            Path backup = backups.get(k);
            try {
                if (k < published) {
                    if (backup != null) {
                        move(backup, f.target);
                    } else {
                        Files.deleteIfExists(f.target);
                    }
                    f.committed = false; // the temporary file is gone; close() has nothing left to delete
                } else if (backup != null) {
                    Files.deleteIfExists(backup);
                }
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Phase one of a commit: the data synced to disk and the file closed; the target is not touched. */
    private void prepare() throws IOException {
        if (closed) {
            throw new IllegalStateException("already " + (committed ? "committed" : "closed") + ": " + target);
        }
        if (prepared) {
            return;
        }
        // Without the sync a crash soon after the rename can leave an empty target on delayed-allocation filesystems.
        channel.force(true);
        channel.close();
        prepared = true;
    }

    /** Phase two: the rename onto the target. */
    private void publish() throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a directory");
        }
        move(temporary, target);
        committed = true;
        closed = true;
    }

    /** A second name for the existing target, so that it can be put back; null when there is no target yet. */
    private Path backUpTarget() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a directory");
        }
        String name = target.getFileName().toString();
        Path backup = target.resolveSibling("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".bak");
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        return backup;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Discards the temporary file unless {@link #commit()} succeeded. Safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        closed = true;
        try {
            channel.close(); // a no-op once prepared
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
