package org.memspice.solver.mna;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixSparseCSC;
import org.memspice.device.AnalysisMode;
import org.memspice.device.Device;
import org.memspice.device.LoadContext;

/**
 * The assembled modified nodal equations {@code f(x) + dq(x)/dt = 0} of one circuit: the CSC pattern built once,
 * the value arrays devices load into through their handles, and the loading context they see. The Jacobian is
 * assembled directly as {@code J = ∂f/∂x + α·∂q/∂x}, with α set by the analysis (0 at DC).
 */
public final class MnaSystem implements LoadContext {
    private final Device[] devices;
    private final Unknowns unknowns;
    private final SparsePattern pattern;
    private final int[] slots;
    private final int[] diagonal;
    private final boolean nonlinear;

    /** J in EJML's CSC form over the pattern's arrays; {@link #jacobian} is its value array. */
    private final DMatrixSparseCSC jacobianMatrix;
    private final double[] jacobian;
    private final double[] f;
    private final double[] q;
    /** Sum of |terms| added to each f row: the scale of the residual convergence test. */
    private final double[] fScale;
    private double[] x;
    private double alpha;
    private AnalysisMode mode = AnalysisMode.DC;
    private double time;
    private double sourceFactor = 1.0;
    private double temperature = 300.15;
    private boolean limited;

    public MnaSystem(List<Device> devices, Unknowns unknowns, SparsePattern pattern, int[] slots) {
        this.devices = devices.toArray(new Device[0]);
        this.unknowns = unknowns;
        this.pattern = pattern;
        this.slots = slots;
        int n = unknowns.size();
        this.diagonal = new int[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = pattern.find(i, i);
        }
        this.nonlinear = devices.stream().anyMatch(Device::isNonlinear);
        this.jacobianMatrix = new DMatrixSparseCSC(n, n, 0);
        jacobianMatrix.col_idx = pattern.columnPointers();
        jacobianMatrix.nz_rows = pattern.rowIndices();
        jacobianMatrix.nz_values = new double[pattern.nonZeros()];
        jacobianMatrix.nz_length = pattern.nonZeros();
        jacobianMatrix.indicesSorted = true;
        this.jacobian = jacobianMatrix.nz_values;
        this.f = new double[n];
        this.q = new double[n];
        this.fScale = new double[n];
    }

    /** Loads every device at {@code iterate}; then {@link #jacobian()}, {@link #f()}, {@link #q()} hold the result. */
    public void load(double[] iterate) {
        this.x = iterate;
        Arrays.fill(jacobian, 0.0);
        Arrays.fill(f, 0.0);
        Arrays.fill(q, 0.0);
        Arrays.fill(fScale, 0.0);
        limited = false;
        for (Device d : devices) {
            d.load(this);
        }
    }

    /** Adds a conductance {@code g} from every node to ground (gmin stepping), after {@link #load}. */
    public void addNodeShunts(double g) {
        for (int i = 0; i < diagonal.length; i++) {
            if (unknowns.kind(i) == UnknownKind.NODE_VOLTAGE) {
                jacobian[diagonal[i]] += g;
                f[i] += g * x[i];
            }
        }
    }

    /** Holds {@code node} near {@code value} through a large conductance (SPICE's {@code .ic} during the DC point). */
    public void addClamp(int node, double value, double conductance) {
        jacobian[diagonal[node]] += conductance;
        f[node] += conductance * (x[node] - value);
    }

    public void setAnalysisPoint(AnalysisMode mode, double time, double alpha) {
        this.mode = mode;
        this.time = time;
        this.alpha = alpha;
    }

    public void setSourceFactor(double factor) {
        this.sourceFactor = factor;
    }

    public void setTemperature(double kelvin) {
        this.temperature = kelvin;
    }

    // ---- LoadContext: what devices see ----

    @Override
    public double x(int unknown) {
        return unknown < 0 ? 0.0 : x[unknown];
    }

    @Override
    public void addF(int row, double value) {
        if (row >= 0) {
            f[row] += value;
            fScale[row] += Math.abs(value);
        }
    }

    @Override
    public void addQ(int row, double value) {
        if (row >= 0) {
            q[row] += value;
        }
    }

    @Override
    public void addJacF(int handle, double value) {
        if (handle >= 0) {
            jacobian[slots[handle]] += value;
        }
    }

    @Override
    public void addJacQ(int handle, double value) {
        if (handle >= 0) {
            jacobian[slots[handle]] += alpha * value;
        }
    }

    @Override
    public AnalysisMode mode() {
        return mode;
    }

    @Override
    public double time() {
        return time;
    }

    @Override
    public double sourceFactor() {
        return sourceFactor;
    }

    @Override
    public double temperature() {
        return temperature;
    }

    @Override
    public void markLimited() {
        limited = true;
    }

    // ---- results of the last load ----

    public boolean wasLimited() {
        return limited;
    }

    /** Values of J in CSC order (shared with {@link #jacobianMatrix()}). */
    public double[] jacobian() {
        return jacobian;
    }

    /** J as an EJML compressed-column matrix, sharing the value array that devices load into. */
    public DMatrixSparseCSC jacobianMatrix() {
        return jacobianMatrix;
    }

    public double[] f() {
        return f;
    }

    public double[] q() {
        return q;
    }

    public double[] fScale() {
        return fScale;
    }

    public SparsePattern pattern() {
        return pattern;
    }

    public Unknowns unknowns() {
        return unknowns;
    }

    public int size() {
        return f.length;
    }

    public boolean isNonlinear() {
        return nonlinear;
    }

    public Device[] devices() {
        return devices;
    }
}
