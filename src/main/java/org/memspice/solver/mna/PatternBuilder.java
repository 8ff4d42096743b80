package org.memspice.solver.mna;

import java.util.Arrays;
import java.util.Map;
import org.memspice.device.MatrixBinder;

/**
 * Collects the Jacobian entries devices declare, merges duplicates and builds the CSC pattern once. Handles
 * given out during binding map to value positions through {@link #slots()} after {@link #build()}.
 */
public final class PatternBuilder implements MatrixBinder {
    private final int size;
    private final Map<String, Integer> branchCurrents;
    private long[] keys = new long[1024];
    private int count;
    private int[] slots;
    private SparsePattern pattern;

    /** {@code branchCurrents}: device name to branch-current unknown, for current-controlled sources. */
    public PatternBuilder(int size, Map<String, Integer> branchCurrents) {
        this.size = size;
        this.branchCurrents = branchCurrents;
        for (int i = 0; i < size; i++) {
            entry(i, i); // every diagonal: gmin shunts and a structurally full diagonal for ordering
        }
    }

    @Override
    public int entry(int row, int col) {
        if (row < 0 || col < 0) {
            return -1;
        }
        if (row >= size || col >= size) {
            throw new IllegalArgumentException("entry (" + row + "," + col + ") outside a " + size + " system");
        }
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[count] = ((long) col << 32) | row;
        return count++;
    }

    @Override
    public int branchCurrentOf(String deviceName) {
        Integer b = branchCurrents.get(deviceName);
        if (b == null) {
            throw new IllegalArgumentException(deviceName);
        }
        return b;
    }

    /** Sorts and merges the declared entries into a CSC pattern and resolves every handle to its slot. */
    public SparsePattern build() {
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        int[] colPtr = new int[size + 1];
        int[] rowIdx = new int[unique];
        for (int k = 0; k < unique; k++) {
            int col = (int) (sorted[k] >>> 32);
            rowIdx[k] = (int) sorted[k];
            colPtr[col + 1]++;
        }
        for (int c = 0; c < size; c++) {
            colPtr[c + 1] += colPtr[c];
        }
        slots = new int[count];
        for (int h = 0; h < count; h++) {
            slots[h] = Arrays.binarySearch(sorted, 0, unique, keys[h]);
        }
        pattern = new SparsePattern(size, colPtr, rowIdx);
        return pattern;
    }

    /** Handle to value position; valid after {@link #build()}. */
    public int[] slots() {
        return slots;
    }
}
