package org.memspice.output;

import java.io.Closeable;
import java.io.IOException;

/** Closing several resources where each must be closed even when an earlier one fails. */
final class Closeables {
    private Closeables() {}

    /** Closes every one; the first failure is thrown afterwards with the later ones suppressed in it. */
    static void closeAll(Iterable<? extends Closeable> resources) throws IOException {
        IOException first = null;
        for (Closeable c : resources) {
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
