package org.memspice.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Receives analysis results point by point. A file sink writes to a temporary file; {@link #commit()} moves it
 * into place atomically, and {@link #close()} without a commit deletes it, so a failed run leaves no half file.
 */
public interface WaveformSink extends Closeable {
    void beginPlot(PlotHeader header) throws IOException;

    /** One point: {@code values.length == header.variables().size()}, scale first. The array may be reused. */
    void point(double[] values) throws IOException;

    void endPlot() throws IOException;

    void commit() throws IOException;

    /**
     * Ends an open plot, writes out what is buffered and returns the files {@link #commit()} would move into place,
     * in its order, without moving them, so that several sinks commit as one ({@link AtomicFileOutput#commitAll}).
     * Null (the default) for a sink that can only commit itself.
     */
    default List<AtomicFileOutput> finish() throws IOException {
        return null;
    }

    @Override
    void close() throws IOException;
}
