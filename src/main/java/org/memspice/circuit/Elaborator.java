package org.memspice.circuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.CardError;
import org.memspice.device.DcSweepable;
import org.memspice.device.Device;
import org.memspice.device.DeviceFamily;
import org.memspice.device.DeviceRegistry;
import org.memspice.device.ElaborationContext;
import org.memspice.device.MatrixBinder;
import org.memspice.expr.ExpressionParser;
import org.memspice.measure.Measurement;
import org.memspice.expr.Scope;
import org.memspice.netlist.Diagnostic;
import org.memspice.netlist.NetlistException;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;
import org.memspice.netlist.ast.Netlist;
import org.memspice.netlist.ast.Statement;
import org.memspice.solver.mna.Unknowns;
import org.memspice.util.Suggestions;

/**
 * Turns a parsed netlist into a {@link SimulationPlan}: devices built by their families, nodes numbered in order
 * of appearance, analyses, options and outputs resolved. Every bad card is reported (once) and elaboration goes
 * on, so one run shows all mistakes.
 */
public final class Elaborator implements ElaborationContext {
    private static final int MAX_ERRORS = 60;

    private final Netlist netlist;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final Unknowns unknowns = new Unknowns();
    private final Map<String, Integer> nodes = new LinkedHashMap<>();
    private final Map<String, Statement.ModelCard> models = new HashMap<>();
    private final Map<String, Device> devices = new LinkedHashMap<>();
    /** Where each node and device first appears, to place diagnostics found after elaboration. */
    private final Map<String, SourceLocation> nodeFirstUse = new HashMap<>();
    private final Map<String, SourceLocation> deviceCard = new HashMap<>();
    private SimulationOptions options = SimulationOptions.defaults();
    private final Parameters parameters = new Parameters();

    private Elaborator(Netlist netlist) {
        this.netlist = netlist;
        warnings.addAll(netlist.warnings());
        errors.addAll(netlist.errors());
    }

    public static SimulationPlan elaborate(Netlist netlist) throws NetlistException {
        return new Elaborator(netlist).run();
    }

    private SimulationPlan run() throws NetlistException {
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.FuncCard f) {
                guarded(f.loc(), null, () -> {
                    if (parameters.define(f) != null) {
                        warnings.add(netlist.diagnostic(f.loc(), ".func " + f.name()
                                + " defined again: this body replaces the earlier one"));
                    }
                    return null;
                });
            }
            if (s instanceof Statement.ParamCard p) {
                for (Field.Assign definition : p.definitions()) {
                    if (parameters.define(definition) != null) {
                        warnings.add(netlist.diagnostic(definition.loc(), "parameter '" + definition.key()
                                + "' defined again: this value replaces the earlier one"));
                    }
                }
            }
        }
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.ModelCard m) {
                String key = m.name().toLowerCase(Locale.ROOT);
                if (models.put(key, m) != null) {
                    error(m.loc(), "model '" + m.name() + "' defined twice");
                }
            } else if (s instanceof Statement.OptionsCard o) {
                options = guarded(o.loc(), options, () -> Options.apply(options, this, o, warnings, netlist));
                parameters.setTemperature(options.temp());
            } else if (s instanceof Statement.TempCard t) {
                options = guarded(t.loc(), options, () -> options.withTemperature(value(t.value())));
                parameters.setTemperature(options.temp());
            }
        }
        for (Field.Assign definition : parameters.definitions()) {
            guarded(definition.loc(), null, () -> parameters.value(definition.lowerKey()));
        }
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.ElementCard e) {
                guarded(e.loc(), null, () -> {
                    addDevice(e);
                    return null;
                });
            }
        }
        Map<String, Integer> branchCurrents = new HashMap<>();
        for (Device d : devices.values()) {
            d.allocate(unknowns);
            if (d instanceof BranchCurrentOwner b && b.branchCurrent() >= 0) {
                branchCurrents.put(d.name(), b.branchCurrent());
            }
        }
        Circuit circuit = new Circuit(netlist.title(), List.copyOf(devices.values()), unknowns, nodes,
                devices, branchCurrents);
        checkReferences(branchCurrents);

        List<AnalysisRequest> analyses = new ArrayList<>();
        Map<Integer, Double> ics = new LinkedHashMap<>();
        List<OutputRequest> outputs = new ArrayList<>();
        for (Statement s : netlist.statements()) {
            guarded(s.loc(), null, () -> {
                readControlCard(s, circuit, analyses, ics, outputs);
                return null;
            });
        }
        List<Measurement> measurements = measurements(circuit, analyses);
        if (errors.isEmpty()) {
            boolean onlyUicTransients = !analyses.isEmpty() && analyses.stream()
                    .allMatch(a -> a instanceof AnalysisRequest.Transient t && t.uic());
            for (TopologyCheck.Problem problem : TopologyCheck.check(circuit, onlyUicTransients)) {
                SourceLocation at = problem.device() != null ? deviceCard.get(problem.device())
                        : nodeFirstUse.get(problem.node());
                errors.add(at == null ? new Diagnostic(SourceLocation.wholeFile(netlist.file()), problem.message(), null)
                        : netlist.diagnostic(at, problem.message()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((Diagnostic d) -> d.location().file())
                    .thenComparingInt(d -> d.location().line()).thenComparingInt(d -> d.location().column()));
            throw new NetlistException(errors);
        }
        return new SimulationPlan(circuit, options, analyses, ics, outputs, warnings, measurements);
    }

    /** The {@code .meas} cards resolved; each needs an analysis of its kind, and names are unique. */
    private List<Measurement> measurements(Circuit circuit, List<AnalysisRequest> analyses) {
        MeasureResolver resolver = new MeasureResolver(ref -> outputRequest(ref, circuit), this::value,
                this::behavioural, parameters);
        List<Measurement> measurements = new ArrayList<>();
        Map<String, SourceLocation> names = new HashMap<>();
        for (Statement s : netlist.statements()) {
            if (!(s instanceof Statement.MeasureCard card)) {
                continue;
            }
            guarded(card.loc(), null, () -> {
                Measurement m = resolver.resolve(card);
                SourceLocation earlier = names.putIfAbsent(m.name().toLowerCase(Locale.ROOT), card.loc());
                if (earlier != null) {
                    throw new CardError(card.loc(), ".meas " + card.name() + ": a measurement of this name is already"
                            + " defined at line " + earlier.line());
                }
                boolean analysed = analyses.stream().anyMatch(a -> m.analysis() == Measurement.Analysis.TRAN
                        ? a instanceof AnalysisRequest.Transient : a instanceof AnalysisRequest.DcSweep);
                if (!analysed && !(m.function() instanceof Measurement.Param)) {
                    throw new CardError(card.loc(), ".meas " + card.name() + ": measures a " + card.analysis()
                            + " analysis, but the netlist has no ." + card.analysis());
                }
                measurements.add(m);
                return null;
            });
        }
        return measurements;
    }

    /**
     * Binds every device once against a binder that only checks what they refer to, so that a current-controlled
     * source naming a missing source is reported at its card rather than failing later in the solver set-up.
     */
    private void checkReferences(Map<String, Integer> branchCurrents) {
        for (Device d : devices.values()) {
            d.bind(new MatrixBinder() {
                @Override
                public int entry(int row, int col) {
                    return -1;
                }

                @Override
                public int branchCurrentOf(String deviceName) {
                    Integer b = branchCurrents.get(deviceName);
                    if (b == null) {
                        error(deviceCard.get(d.name()), d.name().toUpperCase(Locale.ROOT) + ": "
                                + (devices.containsKey(deviceName)
                                ? "'" + deviceName + "' has no branch current to sense; use a V, L, E or H device"
                                : "no device '" + deviceName + "' to sense; name a voltage source (V), L, E or H"
                                + Suggestions.didYouMean(deviceName, branchCurrents.keySet())));
                        return MatrixBinder.GROUND;
                    }
                    return b;
                }
            });
        }
    }

    private interface Step<T> {
        T run();
    }

    private <T> T guarded(SourceLocation loc, T fallback, Step<T> step) {
        try {
            return step.run();
        } catch (CardError e) {
            error(e.location(), e.getMessage());
            return fallback;
        }
    }

    private void error(SourceLocation loc, String message) {
        boolean seen = errors.stream().anyMatch(d -> d.location().equals(loc) && d.message().equals(message));
        if (!seen && errors.size() < MAX_ERRORS) {
            errors.add(netlist.diagnostic(loc, message));
        }
    }

    private void addDevice(Statement.ElementCard card) {
        String name = card.name().toLowerCase(Locale.ROOT);
        DeviceFamily family = DeviceRegistry.family(name.charAt(0));
        if (family == null) {
            throw new CardError(card.loc(), "unknown element '" + card.name() + "': no device has the letter '"
                    + name.charAt(0) + "' (known: " + knownLetters() + ")");
        }
        if (devices.containsKey(name)) {
            throw new CardError(card.loc(), "element '" + card.name() + "' defined twice");
        }
        devices.put(name, family.create(card, this));
        deviceCard.put(name, card.loc());
    }

    private static String knownLetters() {
        StringBuilder sb = new StringBuilder();
        DeviceRegistry.families().keySet().forEach(c -> sb.append(Character.toUpperCase(c)));
        return sb.toString();
    }

    private void readControlCard(Statement s, Circuit circuit, List<AnalysisRequest> analyses,
                                 Map<Integer, Double> ics, List<OutputRequest> outputs) {
        if (s instanceof Statement.OpCard op) {
            analyses.add(new AnalysisRequest.OperatingPoint(op.loc()));
        } else if (s instanceof Statement.DcCard dc) {
            List<AnalysisRequest.Sweep> sweeps = new ArrayList<>();
            for (Statement.DcSweep sw : dc.sweeps()) {
                String src = sw.source().toLowerCase(Locale.ROOT);
                if (!(devices.get(src) instanceof DcSweepable)) {
                    throw new CardError(sw.loc(), ".dc: '" + sw.source() + "' is not an independent V or I source"
                            + " of this circuit" + Suggestions.didYouMean(sw.source().toLowerCase(Locale.ROOT),
                            devices.entrySet().stream().filter(e -> e.getValue() instanceof DcSweepable)
                                    .map(Map.Entry::getKey).toList()));
                }
                double step = value(sw.step());
                double start = value(sw.start());
                double stop = value(sw.stop());
                if (step == 0 ? start != stop : (stop - start) / step < 0) {
                    throw new CardError(sw.step().loc(), ".dc: step " + step + " does not lead from " + start
                            + " to " + stop);
                }
                sweeps.add(new AnalysisRequest.Sweep(src, start, stop, step));
            }
            analyses.add(new AnalysisRequest.DcSweep(sweeps, dc.loc()));
        } else if (s instanceof Statement.TranCard t) {
            analyses.add(transientRequest(t));
        } else if (s instanceof Statement.IcCard ic) {
            for (Statement.NodeValue nv : ic.values()) {
                Integer node = nodes.get(nv.node().toLowerCase(Locale.ROOT));
                if (node == null) {
                    throw new CardError(nv.loc(), ".ic: no node '" + nv.node() + "' in the circuit"
                            + Suggestions.didYouMean(nv.node(), nodes.keySet()));
                }
                if (node == MatrixBinder.GROUND) {
                    throw new CardError(nv.loc(), ".ic: cannot set the ground node");
                }
                ics.put(node, value(nv.value()));
            }
        } else if (s instanceof Statement.OutputCard out) {
            for (Statement.OutputRef ref : out.refs()) {
                OutputRequest r = outputRequest(ref, circuit);
                if (r != null && outputs.stream().noneMatch(o -> o.name().equals(r.name()))) {
                    outputs.add(r);
                }
            }
        }
    }

    private AnalysisRequest.Transient transientRequest(Statement.TranCard t) {
        double tstep = value(t.tstep());
        double tstop = value(t.tstop());
        double tstart = t.tstart() == null ? 0.0 : value(t.tstart());
        if (!(tstep > 0)) {
            throw new CardError(t.tstep().loc(), ".tran: tstep must be positive, got " + tstep);
        }
        if (!(tstop > 0)) {
            throw new CardError(t.tstop().loc(), ".tran: tstop must be positive, got " + tstop);
        }
        if (tstart < 0 || tstart >= tstop) {
            throw new CardError(t.tstart().loc(), ".tran: tstart must be in [0, tstop), got " + tstart);
        }
        double tmax = t.tmax() == null ? Math.min(tstep, (tstop - tstart) / 50.0) : value(t.tmax());
        if (!(tmax > 0)) {
            throw new CardError(t.tmax().loc(), ".tran: tmax must be positive, got " + tmax);
        }
        return new AnalysisRequest.Transient(tstep, tstop, tstart, tmax, t.uic(), t.loc());
    }

    private OutputRequest outputRequest(Statement.OutputRef ref, Circuit circuit) {
        switch (ref.function()) {
            case "all":
                return null;
            case "v": {
                if (ref.args().isEmpty() || ref.args().size() > 2) {
                    throw new CardError(ref.loc(), "expected v(node) or v(node1,node2), got " + ref.display());
                }
                int plus = nodeForOutput(ref, ref.args().get(0));
                int minus = ref.args().size() == 2 ? nodeForOutput(ref, ref.args().get(1)) : MatrixBinder.GROUND;
                return new OutputRequest(ref.display(), false, plus, minus);
            }
            case "i": {
                if (ref.args().size() != 1) {
                    throw new CardError(ref.loc(), "expected i(device), got " + ref.display());
                }
                String dev = ref.args().get(0);
                Integer branch = circuit.branchCurrents().get(dev);
                if (branch == null) {
                    throw new CardError(ref.loc(), devices.containsKey(dev)
                            ? ref.display() + ": '" + dev + "' has no branch current; i() works for V, L, E and H"
                            : ref.display() + ": no device '" + dev + "' in the circuit"
                            + Suggestions.didYouMean(dev, circuit.branchCurrents().keySet()));
                }
                return new OutputRequest(ref.display(), true, branch, MatrixBinder.GROUND);
            }
            default:
                throw new CardError(ref.loc(), "unknown output '" + ref.display() + "'; expected v(...) or i(...)");
        }
    }

    private int nodeForOutput(Statement.OutputRef ref, String node) {
        Integer index = nodes.get(node);
        if (index == null) {
            throw new CardError(ref.loc(), ref.display() + ": no node '" + node + "' in the circuit"
                    + Suggestions.didYouMean(node, nodes.keySet()));
        }
        return index;
    }

    // ---- ElaborationContext ----

    @Override
    public int node(Field.Word name) {
        String key = name.lower();
        if (key.equals("0") || key.equals("gnd")) {
            return MatrixBinder.GROUND;
        }
        Integer existing = nodes.get(key);
        if (existing != null) {
            return existing;
        }
        int index = unknowns.node(key);
        nodes.put(key, index);
        nodeFirstUse.put(key, name.loc());
        return index;
    }

    @Override
    public double value(Field field) {
        return parameters.evaluate(field);
    }

    @Override
    public ExpressionParser.Behavioural behavioural(Field.Expr expression) {
        return parameters.behavioural(expression);
    }

    @Override
    public Scope parameterScope() {
        return parameters;
    }

    @Override
    public double nominalTemperature() {
        return options.tnom() + 273.15;
    }

    @Override
    public Statement.ModelCard model(Field.Word name, String... acceptedTypes) {
        Statement.ModelCard m = models.get(name.lower());
        if (m == null) {
            throw new CardError(name.loc(), "no .model named '" + name.text() + "'");
        }
        if (acceptedTypes.length > 0 && !List.of(acceptedTypes).contains(m.type().toLowerCase(Locale.ROOT))) {
            throw new CardError(name.loc(), "model '" + name.text() + "' is of type " + m.type() + "; expected "
                    + String.join(" or ", acceptedTypes));
        }
        return m;
    }
}
