package org.memspice.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends every plot to several sinks (one run written as raw, CSV and VCD at once) and commits them as one: the files
 * of all sinks are moved into place together by {@link AtomicFileOutput#commitAll}, so a failure leaves every
 * earlier file in place, untouched.
 */
public final class FanOutSink implements WaveformSink {
    private final List<WaveformSink> sinks;

    public FanOutSink(List<WaveformSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    public List<WaveformSink> sinks() {
        return sinks;
    }

    @Override
    public void beginPlot(PlotHeader header) throws IOException {
        for (WaveformSink s : sinks) {
            s.beginPlot(header);
        }
    }

    @Override
    public void point(double[] values) throws IOException {
        for (WaveformSink s : sinks) {
            s.point(values);
        }
    }

    @Override
    public void endPlot() throws IOException {
        for (WaveformSink s : sinks) {
            s.endPlot();
        }
    }

    @Override
    public void commit() throws IOException {
        commitWith(List.of());
    }

    /**
     * Commits the sinks' files and {@code more} (written, uncommitted: a measurement table) as one group. A sink that
     * cannot hand over its files commits itself first, while everything else is still unpublished, so that its
     * failure too leaves every target untouched.
     */
    public void commitWith(List<AtomicFileOutput> more) throws IOException {
        List<AtomicFileOutput> files = new ArrayList<>();
        List<WaveformSink> selfCommitting = new ArrayList<>();
        for (WaveformSink s : sinks) {
            List<AtomicFileOutput> f = s.finish();
            if (f == null) {
                selfCommitting.add(s);
            } else {
                files.addAll(f);
            }
        }
        files.addAll(more);
        for (WaveformSink s : selfCommitting) {
            s.commit();
        }
        AtomicFileOutput.commitAll(files);
    }

    /** Closes every sink (discarding what was not committed), even when one of them fails. */
    @Override
    public void close() throws IOException {
        Closeables.closeAll(sinks);
    }
}
