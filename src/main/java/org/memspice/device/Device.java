package org.memspice.device;

/**
 * A circuit element in DAE form: it contributes {@code f(x) + d q(x)/dt = 0} to the modified nodal equations.
 * Devices load f, q and the Jacobians ∂f/∂x, ∂q/∂x; they never integrate and never estimate truncation error —
 * the analysis owns d/dt. Lifecycle: {@link #allocate} once, {@link #bind} once, then {@link #load} every Newton
 * iteration through the integer handles kept from {@code bind} (no look-ups, no allocation in the hot loop).
 */
public interface Device {

    /** Instance name in lower case ({@code r1}, {@code v1}). */
    String name();

    /** Reserve the unknowns this device adds: branch currents, internal nodes, state variables. */
    default void allocate(UnknownAllocator unknowns) {}

    /** Declare the Jacobian entries this device writes, keeping the returned handles. */
    void bind(MatrixBinder matrix);

    /** Add f, q and their derivatives at the present iterate. */
    void load(LoadContext context);

    /** Declares DC connectivity for the pre-solve topology check; capacitors and current sources declare none. */
    default void topology(TopologySink sink) {}

    /** False when f and q are linear in the unknowns: one Newton solve is then exact. */
    default boolean isNonlinear() {
        return false;
    }
}
