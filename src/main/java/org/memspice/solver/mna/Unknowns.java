package org.memspice.solver.mna;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.memspice.device.UnknownAllocator;

/**
 * The MNA unknowns of a circuit in order: nodes first (in order of appearance), then what devices allocate.
 * Each unknown has an output name ({@code v(out)}, {@code i(v1)}), a kind and, for states, its own tolerance.
 */
public final class Unknowns implements UnknownAllocator {
    private final List<String> names = new ArrayList<>();
    private final List<UnknownKind> kinds = new ArrayList<>();
    private final List<Double> stateTolerances = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();
    /** Code widths of the unknowns declared integer codes; absent for analog ones. */
    private final Map<Integer, Integer> codeBits = new HashMap<>();

    /** Adds a circuit node; its name is the lower-case node name. */
    public int node(String node) {
        return add("v(" + node + ")", UnknownKind.NODE_VOLTAGE, Double.NaN);
    }

    @Override
    public int branchCurrent(String owner) {
        return add("i(" + owner + ")", UnknownKind.BRANCH_CURRENT, Double.NaN);
    }

    @Override
    public int internalNode(String owner, String suffix) {
        return add("v(" + owner + "#" + suffix + ")", UnknownKind.NODE_VOLTAGE, Double.NaN);
    }

    @Override
    public int state(String device, String state, boolean main, double abstol) {
        String full = "x(" + device + "," + state + ")";
        if (!main) {
            return add(full, UnknownKind.STATE, abstol);
        }
        int index = add("x(" + device + ")", UnknownKind.STATE, abstol);
        if (byName.putIfAbsent(full, index) != null) {
            throw new IllegalArgumentException("unknown " + full + " allocated twice");
        }
        return index;
    }

    @Override
    public void integerCode(int index, int bits) {
        if (kinds.get(index) != UnknownKind.STATE) {
            throw new IllegalArgumentException(names.get(index) + " is not a state; only states hold codes");
        }
        if (bits < 1) {
            throw new IllegalArgumentException("code width of " + names.get(index) + ": " + bits + " bits");
        }
        codeBits.put(index, bits);
    }

    /** Width of the integer code unknown {@code index} holds, 0 for an analog unknown. */
    public int codeBits(int index) {
        return codeBits.getOrDefault(index, 0);
    }

    private int add(String name, UnknownKind kind, double tolerance) {
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("unknown " + name + " allocated twice");
        }
        int index = names.size();
        names.add(name);
        kinds.add(kind);
        stateTolerances.add(tolerance);
        byName.put(name, index);
        return index;
    }

    public int size() {
        return names.size();
    }

    public String name(int index) {
        return names.get(index);
    }

    public UnknownKind kind(int index) {
        return kinds.get(index);
    }

    /** Absolute tolerance of a state unknown (NaN for nodes and branches, which use vntol/abstol). */
    public double stateTolerance(int index) {
        return stateTolerances.get(index);
    }

    /** Index of an output name such as {@code v(out)} or {@code i(v1)}, or -1. */
    public int indexOf(String name) {
        return byName.getOrDefault(name, -1);
    }
}
