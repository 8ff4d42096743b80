package org.memspice.solver.mna;

/** What an MNA unknown is; sets its convergence tolerance and how outputs name it. */
public enum UnknownKind {
    /** Node voltage; its row is KCL (a sum of currents). */
    NODE_VOLTAGE,
    /** Branch current; its row is the branch law (a voltage). */
    BRANCH_CURRENT,
    /** Device state variable; its row is the state equation. */
    STATE
}
