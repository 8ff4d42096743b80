package org.memspice.solver.mna;

/** A square sparsity pattern in compressed-sparse-column form, rows sorted within each column. Immutable. */
public record SparsePattern(int size, int[] columnPointers, int[] rowIndices) {

    public int nonZeros() {
        return columnPointers[size];
    }

    /** Position of (row, col) in the value array, or -1 if the entry is not in the pattern. */
    public int find(int row, int col) {
        int lo = columnPointers[col];
        int hi = columnPointers[col + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = rowIndices[mid];
            if (r == row) {
                return mid;
            } else if (r < row) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
