package org.memspice.circuit;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.memspice.expr.Scope;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;
import org.memspice.netlist.parse.SpiceNumber;

/**
 * The random variates of one Monte Carlo run. Run k of a deck draws from a WELL19937c generator seeded from
 * (seed, k) alone, so its values do not depend on how many runs are requested, and the same seed gives the same
 * values, bit for bit.
 */
public final class RandomDraws implements Scope.Draws {
    /** The seed when the deck sets none ({@code .options seed=}): fixed, so that every run is reproducible. */
    public static final long DEFAULT_SEED = 1;

    private final RandomGenerator generator;
    private final long seed;
    private final int run;
    private int count;

    private RandomDraws(RandomGenerator generator, long seed, int run) {
        this.generator = generator;
        this.seed = seed;
        this.run = run;
    }

    /** The draws of run {@code run} (1-based; 0 for values computed before the runs, such as .step lists). */
    public static RandomDraws forRun(long seed, int run) {
        return new RandomDraws(new Well19937c(seedWords(seed * 0x9E3779B97F4A7C15L + run)), seed, run);
    }

    /**
     * A device's own generator in this run, for its device-to-device draws at elaboration and its cycle-to-cycle
     * draws at switching events: seeded from (seed, run, device name) alone, so a device's variation does not
     * depend on which other devices draw, or how often.
     */
    public RandomGenerator deviceStream(String device) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the flattened name
        for (int i = 0; i < device.length(); i++) {
            h = (h ^ device.charAt(i)) * 0x100000001b3L;
        }
        return new Well19937c(seedWords((seed * 0x9E3779B97F4A7C15L + run) ^ h));
    }

    private static int[] seedWords(long start) {
        // SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014) spreads
        // (seed, run) over the generator's seed words, so that neighbouring runs start from unrelated states.
        long state = start;
        int[] words = new int[8];
        for (int i = 0; i < words.length; i += 2) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            words[i] = (int) z;
            words[i + 1] = (int) (z >>> 32);
        }
        return words;
    }

    @Override
    public double gaussian() {
        count++;
        return generator.nextGaussian();
    }

    @Override
    public double uniform() {
        count++;
        return 2 * generator.nextDouble() - 1;
    }

    /** How many variates were drawn: zero means the deck uses no Monte Carlo function. */
    public int count() {
        return count;
    }

    /**
     * The seed of a deck: the last {@code .options seed=S} of the netlist, else {@link #DEFAULT_SEED}. It must be a
     * plain integer (not an expression), since parameters may already draw while options are read;
     * {@code Options} reports any other value.
     */
    public static long seedOf(Netlist netlist) {
        long seed = DEFAULT_SEED;
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.OptionsCard o) {
                for (Statement.Option opt : o.options()) {
                    if (opt.name().equalsIgnoreCase("seed") && opt.value() instanceof Field.Word w) {
                        var v = SpiceNumber.tryParse(w.text());
                        if (v.isPresent() && v.getAsDouble() == Math.rint(v.getAsDouble())
                                && Math.abs(v.getAsDouble()) < 1e15) {
                            seed = (long) v.getAsDouble();
                        }
                    }
                }
            }
        }
        return seed;
    }
}
