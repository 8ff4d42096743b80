package org.memspice.netlist.ast;

import java.util.List;
import org.memspice.netlist.SourceLocation;

/** A logical netlist line (continuations joined), read into what it means. Immutable. */
public sealed interface Statement {
    SourceLocation loc();

    /** An element instance: the first letter of {@code name} selects the device family. */
    record ElementCard(String name, List<Field> fields, SourceLocation loc) implements Statement {}

    /** {@code .model NAME TYPE (params)}; parameters as written, resolved by the device family. */
    record ModelCard(String name, String type, List<Field.Assign> params, SourceLocation loc) implements Statement {}

    /**
     * {@code .subckt NAME pins… [params:] a=1 …} … {@code .ends}: a definition with its body in file order; nested
     * definitions are {@code Subcircuit}s inside the body. {@code end} is the location of its {@code .ends}.
     */
    record Subcircuit(String name, List<Field.Word> pins, List<Field.Assign> params, List<Statement> body,
                      SourceLocation loc, SourceLocation end) implements Statement {
        public String lowerName() {
            return name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A {@code .subckt} line as read; the parser folds it and its {@code .ends} into a {@link Subcircuit}. */
    record SubcktStart(String name, List<Field.Word> pins, List<Field.Assign> params, SourceLocation loc)
            implements Statement {}

    /** An {@code .ends [NAME]} line as read ({@code name} null when absent); folded away by the parser. */
    record SubcktEnd(String name, SourceLocation loc) implements Statement {}

    /** {@code .global n1 n2 …}: nodes that keep their name inside every subcircuit. */
    record GlobalCard(List<Field.Word> nodes, SourceLocation loc) implements Statement {}

    /**
     * {@code .crossbar NAME rows=N cols=M cell=1R|1T1R device=… [name=value …]}: an N×M array built from one card
     * (expanded by {@code org.memspice.array}).
     */
    record CrossbarCard(String name, List<Field.Assign> params, SourceLocation loc) implements Statement {}

    record OpCard(SourceLocation loc) implements Statement {}

    /** {@code .temp t}: the circuit temperature in degrees Celsius (same as {@code .options temp=t}). */
    record TempCard(Field value, SourceLocation loc) implements Statement {}

    /** {@code .func name(arg, …) {body}}: a user function usable in every later expression. */
    record FuncCard(String name, List<String> parameters, Field.Expr body, SourceLocation loc) implements Statement {}

    /** {@code .param name=value …}: values are numbers or expressions; order does not matter. */
    record ParamCard(List<Field.Assign> definitions, SourceLocation loc) implements Statement {}

    /** {@code .dc SRC start stop step [SRC2 start2 stop2 step2]}: the first sweep is the inner (fastest) one. */
    record DcCard(List<DcSweep> sweeps, SourceLocation loc) implements Statement {}

    record DcSweep(String source, Field start, Field stop, Field step, SourceLocation loc) {}

    /** {@code .tran tstep tstop [tstart [tmax]] [uic]}; absent optional values are null. */
    record TranCard(Field tstep, Field tstop, Field tstart, Field tmax, boolean uic, SourceLocation loc)
            implements Statement {}

    /** {@code .ic v(n)=value ...}. */
    record IcCard(List<NodeValue> values, SourceLocation loc) implements Statement {}

    record NodeValue(String node, Field value, SourceLocation loc) {}

    /** {@code .options a=1 b c=2}: a flag without value has a null value. */
    record OptionsCard(List<Option> options, SourceLocation loc) implements Statement {}

    record Option(String name, Field value, SourceLocation loc) {}

    /** {@code .print [tran|dc|op] refs...} and {@code .save refs...}. */
    record OutputCard(OutputKind kind, String analysis, List<OutputRef> refs, SourceLocation loc)
            implements Statement {}

    /**
     * {@code .meas[ure] tran|dc NAME function ...}, checked for shape by the reader; signals and values are resolved
     * by the Elaborator. {@code signal} is the measured quantity of FIND, DERIV, AVG, RMS, MIN, MAX, PP and INTEG
     * (null otherwise); {@code trig}/{@code targ} hold TRIG/TARG, {@code when} the WHEN or AT point; {@code from},
     * {@code to} and {@code param} are null when absent.
     */
    record MeasureCard(String analysis, String name, MeasureFunction function, Field signal, MeasurePoint trig,
                       MeasurePoint targ, MeasurePoint when, Field from, Field to, Field.Expr param,
                       SourceLocation loc) implements Statement {}

    enum MeasureFunction { TRIG_TARG, FIND, WHEN, DERIV, AVG, RMS, MIN, MAX, PP, INTEG, PARAM }

    /**
     * A point on the scale: {@code at} alone (AT=t), or where {@code signal} crosses {@code value} (a number field)
     * or {@code other} (a second signal), after {@code td}, at the {@code count}-th crossing of kind {@code edge}
     * ({@code rise}, {@code fall}, {@code cross}; null: the first crossing of any kind). {@code count} is null for
     * LAST.
     */
    record MeasurePoint(Field at, Field signal, Field value, Field other, Field td, String edge, Field count,
                        SourceLocation loc) {}

    enum OutputKind { PRINT, SAVE }

    /** {@code v(a)}, {@code v(a,b)}, {@code i(vname)}, later {@code x(ym1)}: function letter and arguments, lower-case. */
    record OutputRef(String function, List<String> args, SourceLocation loc) {
        public String display() {
            if (function.equals("@") && args.size() == 2) {
                return "@" + args.get(0) + "[" + args.get(1) + "]";
            }
            return function + "(" + String.join(",", args) + ")";
        }
    }

    /** How a {@code .step} card spreads its values. */
    enum StepSweep { LIN, DEC, OCT, LIST }

    /**
     * {@code .step [lin|dec|oct] param NAME start stop incr}, {@code .step param NAME list v1 v2 …}, or the same
     * with {@code temp} in place of {@code param NAME}. {@code parameter} is null for a temperature sweep;
     * {@code values} holds start, stop and incr (or points per decade/octave), or the listed values.
     */
    record StepCard(StepSweep sweep, Field.Word parameter, List<Field> values, SourceLocation loc)
            implements Statement {
        public boolean temperature() {
            return parameter == null;
        }
    }

    /** {@code .mc N}: N Monte Carlo runs, each with its own random draws. */
    record McCard(Field runs, SourceLocation loc) implements Statement {}
}
