package org.memspice.analysis;

/**
 * Told how a transient advances, for a progress display. {@link #accepted} runs at every accepted time point, so
 * an implementation must cost next to nothing there (count, and read the clock only every so many points).
 */
public interface TransientProgress {
    void started(double tstart, double tstop);

    void accepted(double time, long acceptedSteps, long rejectedSteps);

    /** The transient ended, normally or not. */
    void finished();

    TransientProgress NONE = new TransientProgress() {
        @Override
        public void started(double tstart, double tstop) {}

        @Override
        public void accepted(double time, long acceptedSteps, long rejectedSteps) {}

        @Override
        public void finished() {}
    };
}
