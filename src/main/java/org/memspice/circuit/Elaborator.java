package org.memspice.circuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.memspice.array.ArrayQuantities;
import org.memspice.array.Crossbar;
import org.memspice.device.BranchCurrentOwner;
import org.memspice.device.CardError;
import org.memspice.device.DcSweepable;
import org.memspice.device.Device;
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
import org.memspice.solver.mna.UnknownKind;
import org.memspice.solver.mna.Unknowns;
import org.memspice.util.Suggestions;

/**
 * Turns a parsed netlist into a {@link SimulationPlan}: subcircuit instances flattened, devices built by their
 * families, nodes numbered in order of appearance, analyses, options and outputs resolved. Every bad card is
 * reported (once) and elaboration goes on, so one run shows all mistakes.
 *
 * <p>Flattened names follow ngspice: node {@code n3} of instance {@code x2} inside {@code x1} is {@code x1.x2.n3};
 * device {@code r1} there is {@code r.x1.x2.r1} (its letter first, so the name still tells the device kind).
 * Ground ({@code 0}, {@code gnd}) and {@code .global} nodes keep their names everywhere.
 */
public final class Elaborator {
    private static final int MAX_ERRORS = 60;

    private final Netlist netlist;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final Unknowns unknowns = new Unknowns();
    private final Map<String, Integer> nodes = new LinkedHashMap<>();
    private final Map<String, Device> devices = new LinkedHashMap<>();
    /** Flattened names of the subcircuit instances, which share the device name space. */
    private final Set<String> instances = new HashSet<>();
    private final Set<String> globals = new HashSet<>();
    /** The arrays by name, for the array quantities (vmm, sneak, irdrop, margin…) in outputs. */
    private final Map<String, Crossbar.Layout> arrays = new HashMap<>();
    private final Map<String, ArrayQuantities> arrayQuantities = new HashMap<>();
    /** Crossbar cells and access transistors ({@code xb.c3_4}) to the devices that implement them. */
    private final Map<String, String> cellDevices = new HashMap<>();
    /** Errors already reported at a location (message without its instance context): reported once, not per instance. */
    private final Set<String> reported = new HashSet<>();
    /** Where each node and device first appears, to place diagnostics found after elaboration. */
    private final Map<String, SourceLocation> nodeFirstUse = new HashMap<>();
    private final Map<String, SourceLocation> deviceCard = new HashMap<>();
    private SimulationOptions options = SimulationOptions.defaults();
    private OutputOptions outputOptions = OutputOptions.defaults();
    /**
     * Nodes and devices written on the netlist's own cards (not inside subcircuits or arrays): what a large deck
     * without .save/.print writes.
     */
    private final Set<String> topNodes = new LinkedHashSet<>();
    private final Set<String> topDevices = new HashSet<>();
    private boolean expandingCrossbar;
    /** Names of the outputs so far; {@code .save all} seen; any .save/.print seen. */
    private final Set<String> outputNames = new HashSet<>();
    private boolean saveAllCard;
    private boolean outputCards;
    private final Parameters parameters = new Parameters();
    /** Definitions instanced so far: the model cards in a body are checked at its first instance only. */
    private final Set<Statement.Subcircuit> instancesOf = new HashSet<>();
    private final InstanceScope top = new InstanceScope(null, "", Map.of(), parameters, null);

    private final Variation variation;

    private Elaborator(Netlist netlist, Variation variation) {
        this.netlist = netlist;
        this.variation = variation;
        warnings.addAll(netlist.warnings());
        errors.addAll(netlist.errors());
    }

    public static SimulationPlan elaborate(Netlist netlist) throws NetlistException {
        return elaborate(netlist, Variation.nominal(netlist));
    }

    /**
     * The expansion of every top-level {@code .crossbar} of a netlist, in file order, evaluated with its parameters
     * (for {@code memspice xbar}, which writes them as plain cards).
     */
    public static Map<Statement.CrossbarCard, Crossbar.Expansion> crossbars(Netlist netlist) throws NetlistException {
        Elaborator e = new Elaborator(netlist, Variation.nominal(netlist));
        e.declare(e.top, netlist.statements());
        e.evaluateParameters(e.top);
        Map<Statement.CrossbarCard, Crossbar.Expansion> out = new LinkedHashMap<>();
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.CrossbarCard xb) {
                e.guarded(e.top, null, () -> out.put(xb, Crossbar.expand(xb, e.crossbarContext(e.top))));
            }
        }
        if (!e.errors.isEmpty()) {
            throw new NetlistException(e.errors);
        }
        return out;
    }

    /** Elaborates one step of a sweep: its parameter values fixed, its temperature, its random draws. */
    public static SimulationPlan elaborate(Netlist netlist, Variation variation) throws NetlistException {
        return new Elaborator(netlist, variation).run();
    }

    private SimulationPlan run() throws NetlistException {
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.GlobalCard g) {
                g.nodes().forEach(n -> globals.add(n.lower()));
            }
        }
        declare(top, netlist.statements());
        parameters.setDraws(variation.draws());
        variation.parameters().forEach(parameters::fix); // a stepped value replaces the .param's own
        overrideTemperature();
        for (Statement s : netlist.statements()) {
            if (s instanceof Statement.OptionsCard o) {
                options = guarded(o.loc(), options, () -> Options.apply(options, top, o, warnings, netlist));
                outputOptions = guarded(o.loc(), outputOptions, () -> OutputOptions.apply(outputOptions, top::value, o));
                overrideTemperature();
            } else if (s instanceof Statement.TempCard t) {
                options = guarded(t.loc(), options, () -> options.withTemperature(top.value(t.value())));
                overrideTemperature();
            }
        }
        evaluateParameters(top);
        instantiate(top, netlist.statements());
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
        List<OutputRequest> saved = savedOutputs(circuit, outputs);
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
        return new SimulationPlan(circuit, options, analyses, ics, saved, warnings, measurements, outputOptions);
    }

    /**
     * What is written: what .save/.print name (with {@code .save all}: every unknown, then the named extras); without
     * them every unknown (the empty list), unless the circuit has more than {@code savelimit} vectors: then only the
     * vectors of the netlist's own cards, with a warning saying so and how to change it.
     */
    private List<OutputRequest> savedOutputs(Circuit circuit, List<OutputRequest> named) {
        Unknowns u = circuit.unknowns();
        if (saveAllCard) {
            List<OutputRequest> all = new ArrayList<>(everyUnknown(u));
            Set<String> seen = new HashSet<>();
            all.forEach(r -> seen.add(r.name()));
            named.stream().filter(r -> seen.add(r.name())).forEach(all::add);
            return all;
        }
        if (outputCards || outputOptions.saveAll() || u.size() <= outputOptions.saveLimit()) {
            return named;
        }
        List<OutputRequest> own = new ArrayList<>();
        for (int i = 0; i < u.size(); i++) {
            String name = u.name(i);
            String inner = name.substring(2, name.length() - 1);
            boolean keep = switch (u.kind(i)) {
                case NODE_VOLTAGE -> topNodes.contains(inner);
                case BRANCH_CURRENT -> topDevices.contains(inner.split("#", 2)[0]);
                case STATE -> topDevices.contains(inner.split(",", 2)[0]);
            };
            if (keep) {
                own.add(plainOutput(u, i));
            }
        }
        if (own.isEmpty()) {
            return named; // nothing is the deck's own (only instances on ground): everything, as for a small deck
        }
        warnings.add(new Diagnostic(SourceLocation.wholeFile(netlist.file()), String.format(Locale.ROOT,
                "%d vectors, more than savelimit=%d, and no .save or .print: writing only the %d vectors of the"
                + " netlist's own cards (their nodes' voltages, branch currents and states); name more with .save"
                + " (wildcards work: .save v(xb.bl*)), or write all with .options saveall or --save-all",
                u.size(), outputOptions.saveLimit(), own.size()), null));
        return own;
    }

    private static List<OutputRequest> everyUnknown(Unknowns u) {
        List<OutputRequest> all = new ArrayList<>();
        for (int i = 0; i < u.size(); i++) {
            all.add(plainOutput(u, i));
        }
        return all;
    }

    /** An unknown written as it is, under its own name. */
    private static OutputRequest plainOutput(Unknowns u, int i) {
        return new OutputRequest(u.name(i), u.kind(i) == UnknownKind.BRANCH_CURRENT, i, MatrixBinder.GROUND);
    }

    /** The {@code .meas} cards resolved; each needs an analysis of its kind, and names are unique. */
    private List<Measurement> measurements(Circuit circuit, List<AnalysisRequest> analyses) {
        MeasureResolver resolver = new MeasureResolver(ref -> outputRequest(ref, circuit), top::value,
                top::behavioural, parameters);
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

    /** A stepped temperature ({@code .step temp}) wins over {@code .temp} and {@code .options temp=}. */
    private void overrideTemperature() {
        if (variation.temperature() != null) {
            options = options.withTemperature(variation.temperature());
        }
        parameters.setTemperature(options.temp());
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
        return guarded(top, fallback, step);
    }

    /** Runs one step of elaboration in {@code scope}; a card error is reported and elaboration goes on. */
    private <T> T guarded(InstanceScope scope, T fallback, Step<T> step) {
        try {
            return step.run();
        } catch (CardError e) {
            if (reported.add(e.location() + "|" + e.getMessage())) {
                error(e.location(), e.getMessage() + scope.context());
            }
            return fallback;
        }
    }

    private void error(SourceLocation loc, String message) {
        boolean seen = errors.stream().anyMatch(d -> d.location().equals(loc) && d.message().equals(message));
        if (!seen && errors.size() < MAX_ERRORS) {
            errors.add(netlist.diagnostic(loc, message));
        }
    }

    // ---- scopes: the netlist, and each subcircuit instance

    /** Reads the definitions of a body (parameters, functions, models, subcircuits): they hold in any order. */
    private void declare(InstanceScope scope, List<Statement> body) {
        for (Statement s : body) {
            if (s instanceof Statement.FuncCard f) {
                guarded(scope, null, () -> {
                    if (scope.parameters.define(f) != null) {
                        warnings.add(netlist.diagnostic(f.loc(), ".func " + f.name()
                                + " defined again: this body replaces the earlier one"));
                    }
                    return null;
                });
            } else if (s instanceof Statement.ParamCard p) {
                for (Field.Assign definition : p.definitions()) {
                    if (scope.parameters.define(definition) != null && scope == top) {
                        warnings.add(netlist.diagnostic(definition.loc(), "parameter '" + definition.key()
                                + "' defined again: this value replaces the earlier one"));
                    }
                }
            } else if (s instanceof Statement.ModelCard m) {
                if (scope.models.put(m.name().toLowerCase(Locale.ROOT), m) != null) {
                    error(m.loc(), "model '" + m.name() + "' defined twice");
                }
                if (scope == top || scope.firstInstance) {
                    checkModelType(m);
                }
            } else if (s instanceof Statement.Subcircuit sub) {
                if (scope.subcircuits.put(sub.lowerName(), sub) != null) {
                    error(sub.loc(), ".subckt " + sub.name() + " defined twice");
                }
            }
        }
    }

    /** A model type no device family reads is reported with a suggestion; an error only once a device uses it. */
    private void checkModelType(Statement.ModelCard m) {
        Set<String> types = new TreeSet<>();
        DeviceRegistry.families().forEach(f -> types.addAll(f.modelTypes()));
        if (!types.contains(m.type().toLowerCase(Locale.ROOT))) {
            warnings.add(netlist.diagnostic(m.loc(), ".model " + m.name() + ": no device reads models of type '"
                    + m.type() + "'" + Suggestions.didYouMean(m.type().toLowerCase(Locale.ROOT), types)));
        }
    }

    private void evaluateParameters(InstanceScope scope) {
        for (Field.Assign definition : scope.parameters.definitions()) {
            guarded(scope, null, () -> scope.parameters.value(definition.lowerKey()));
        }
    }

    /** Builds the devices and subcircuit instances of a body. */
    private void instantiate(InstanceScope scope, List<Statement> body) {
        for (Statement s : body) {
            if (s instanceof Statement.ElementCard e) {
                guarded(scope, null, () -> {
                    if (Character.toLowerCase(e.name().charAt(0)) == 'x') {
                        instance(scope, e);
                    } else {
                        addDevice(scope, e);
                    }
                    return null;
                });
            } else if (s instanceof Statement.CrossbarCard xb) {
                guarded(scope, null, () -> {
                    Crossbar.Expansion expansion = Crossbar.expand(xb, crossbarContext(scope));
                    expandingCrossbar = true; // its cards are not the netlist's own
                    try {
                        for (Statement.ElementCard e : expansion.cards()) {
                            if (Character.toLowerCase(e.name().charAt(0)) == 'x') {
                                instance(scope, e);
                            } else {
                                addDevice(scope, e);
                            }
                        }
                    } finally {
                        expandingCrossbar = false;
                    }
                    cellDevices.putAll(expansion.devicesByCell());
                    arrays.put(expansion.layout().prefix(), expansion.layout());
                    return null;
                });
            }
        }
    }

    /** What a {@code .crossbar} asks of the netlist: values, what its device is, a seeded generator. */
    private Crossbar.Context crossbarContext(InstanceScope scope) {
        return new Crossbar.Context() {
            @Override
            public double value(Field field) {
                return scope.value(field);
            }

            @Override
            public Crossbar.DeviceKind kind(Field.Word device) {
                if (scope.subcircuit(device.lower()) != null) {
                    return Crossbar.DeviceKind.SUBCIRCUIT;
                }
                for (InstanceScope s = scope; s != null; s = s.parent) {
                    Statement.ModelCard m = s.models.get(device.lower());
                    if (m != null) {
                        return Crossbar.DeviceKind.MEMRISTOR_MODEL; // the memristor family checks its type
                    }
                }
                List<String> names = new ArrayList<>(scope.visibleSubcircuits());
                names.addAll(top.models.keySet());
                throw new CardError(device.loc(), ".crossbar: device '" + device.text() + "' is neither a .subckt"
                        + " nor a memristor .model (or R for resistor cells)" + Suggestions.didYouMean(device.lower(),
                        names));
            }

            @Override
            public org.apache.commons.math3.random.RandomGenerator random(String stream) {
                return variation.draws().deviceStream(stream);
            }
        };
    }

    private void addDevice(InstanceScope scope, Statement.ElementCard card) {
        DeviceRegistry.Selection selection = DeviceRegistry.select(card);
        Statement.ElementCard read = selection.card();
        String name = scope.deviceName(read.name());
        if (devices.containsKey(name) || instances.contains(name)) {
            throw new CardError(card.loc(), "element '" + read.name() + "' defined twice");
        }
        Statement.ElementCard flattened = scope == top ? read
                : new Statement.ElementCard(name.toUpperCase(Locale.ROOT), read.fields(), read.loc());
        devices.put(name, selection.family().create(flattened, scope));
        deviceCard.put(name, card.loc());
        if (scope == top && !expandingCrossbar) {
            topDevices.add(name);
        }
    }

    /** {@code Xname node… SUBCKT [params:] name=value …}: a copy of the definition's body in a scope of its own. */
    private void instance(InstanceScope scope, Statement.ElementCard card) {
        String usage = card.name() + ": expected nodes, the subcircuit name, then name=value parameters";
        List<Field.Word> words = new ArrayList<>();
        List<Field.Assign> assigns = new ArrayList<>();
        for (Field f : card.fields()) {
            if (f instanceof Field.Word w && assigns.isEmpty() && w.lower().equals("params:")) {
                continue;
            }
            if (f instanceof Field.Word w && assigns.isEmpty()) {
                words.add(w);
            } else if (f instanceof Field.Assign a && !a.hasKeyArgs()) {
                assigns.add(a);
            } else {
                throw new CardError(f.loc(), usage);
            }
        }
        if (words.isEmpty()) {
            throw new CardError(card.loc(), usage);
        }
        Field.Word subName = words.remove(words.size() - 1);
        Statement.Subcircuit def = scope.subcircuit(subName.lower());
        if (def == null) {
            throw new CardError(subName.loc(), card.name() + ": no .subckt named '" + subName.text() + "'"
                    + Suggestions.didYouMean(subName.lower(), scope.visibleSubcircuits()));
        }
        if (words.size() != def.pins().size()) {
            throw new CardError(card.loc(), card.name() + ": .subckt " + def.name() + " has " + def.pins().size()
                    + " pin" + (def.pins().size() == 1 ? "" : "s") + " (" + pinList(def) + "), but " + words.size()
                    + " node" + (words.size() == 1 ? " is" : "s are") + " given");
        }
        List<String> chain = new ArrayList<>();
        for (InstanceScope s = scope; s != null && s.definition != null; s = s.parent) {
            chain.add(0, s.definition.name());
        }
        if (chain.stream().anyMatch(n -> n.equalsIgnoreCase(def.name()))) {
            chain.add(def.name());
            throw new CardError(card.loc(), card.name() + ": subcircuit recursion: " + String.join(" -> ", chain));
        }
        String path = scope.path.isEmpty() ? card.name().toLowerCase(Locale.ROOT)
                : scope.path + "." + card.name().toLowerCase(Locale.ROOT);
        if (!instances.add(path) || devices.containsKey(path)) {
            throw new CardError(card.loc(), "element '" + card.name() + "' defined twice");
        }
        Map<String, String> pins = new HashMap<>();
        for (int k = 0; k < words.size(); k++) {
            String node = scope.flatNode(words.get(k));
            pins.put(def.pins().get(k).lower(), node);
            if (scope == top && !expandingCrossbar && !node.equals("0")) {
                topNodes.add(node);
            }
        }
        Parameters local = new Parameters(scope.parameters);
        def.params().forEach(local::define);
        for (Field.Assign a : assigns) {
            if (def.params().stream().noneMatch(p -> p.lowerKey().equals(a.lowerKey()))) {
                throw new CardError(a.loc(), card.name() + ": .subckt " + def.name() + " has no parameter '"
                        + a.key() + "'" + (def.params().isEmpty() ? " (it has none)" : Suggestions.didYouMean(
                        a.lowerKey(), def.params().stream().map(Field.Assign::lowerKey).toList())));
            }
            local.fix(a.lowerKey(), scope.value(a.value())); // evaluated where the instance is written
        }
        boolean first = instancesOf.add(def);
        InstanceScope inner = new InstanceScope(scope, path, pins, local, def);
        inner.firstInstance = first;
        declare(inner, def.body());
        evaluateParameters(inner);
        instantiate(inner, def.body());
    }

    private static String pinList(Statement.Subcircuit def) {
        return def.pins().isEmpty() ? "none" : String.join(" ", def.pins().stream().map(Field.Word::text).toList());
    }

    /**
     * What a card in the netlist or in one subcircuit instance sees: its nodes, parameters, models and
     * subcircuit definitions. Lookups fall back to the enclosing scope, so an instance sees everything visible where
     * it is written.
     */
    private final class InstanceScope implements ElaborationContext {
        final InstanceScope parent;
        /** Instance path, {@code x1.x2}; empty for the netlist itself. */
        final String path;
        /** Pin (lower case) to the flattened name of the node it is connected to. */
        final Map<String, String> pins;
        final Parameters parameters;
        final Statement.Subcircuit definition;
        final Map<String, Statement.ModelCard> models = new HashMap<>();
        final Map<String, Statement.Subcircuit> subcircuits = new HashMap<>();
        /** The first instance of its definition: model cards of the body are checked there, once. */
        boolean firstInstance;

        InstanceScope(InstanceScope parent, String path, Map<String, String> pins, Parameters parameters,
                      Statement.Subcircuit definition) {
            this.parent = parent;
            this.path = path;
            this.pins = pins;
            this.parameters = parameters;
            this.definition = definition;
        }

        /** " (in x1.x2, an instance of NAME)" for messages about a card inside a subcircuit. */
        String context() {
            return definition == null ? "" : " (in " + path + ", an instance of " + definition.name() + ")";
        }

        String flatNode(Field.Word name) {
            String lower = name.lower();
            if (lower.equals("0") || lower.equals("gnd")) {
                return "0";
            }
            if (definition == null || globals.contains(lower)) {
                return lower;
            }
            String connected = pins.get(lower);
            return connected != null ? connected : path + "." + lower;
        }

        @Override
        public String deviceName(String localName) {
            String lower = localName.toLowerCase(Locale.ROOT);
            return definition == null ? lower : lower.charAt(0) + "." + path + "." + lower;
        }

        Statement.Subcircuit subcircuit(String lowerName) {
            Statement.Subcircuit s = subcircuits.get(lowerName);
            return s != null || parent == null ? s : parent.subcircuit(lowerName);
        }

        List<String> visibleSubcircuits() {
            List<String> names = parent == null ? new ArrayList<>() : parent.visibleSubcircuits();
            names.addAll(subcircuits.keySet());
            return names;
        }

        @Override
        public int node(Field.Word name) {
            String flat = flatNode(name);
            if (flat.equals("0")) {
                return MatrixBinder.GROUND;
            }
            if (parent == null && !expandingCrossbar) {
                topNodes.add(flat);
            }
            Integer existing = nodes.get(flat);
            if (existing != null) {
                return existing;
            }
            int index = unknowns.node(flat);
            nodes.put(flat, index);
            nodeFirstUse.put(flat, name.loc());
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
        public org.apache.commons.math3.random.RandomGenerator randomStream(String deviceName) {
            return variation.draws().deviceStream(deviceName);
        }

        @Override
        public SimulationOptions options() {
            return options;
        }

        @Override
        public Crossbar.Layout crossbar(String name) {
            return arrays.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public double nominalTemperature() {
            return options.tnom() + 273.15;
        }

        @Override
        public Statement.ModelCard model(Field.Word name, String... acceptedTypes) {
            Statement.ModelCard m = null;
            for (InstanceScope s = this; m == null && s != null; s = s.parent) {
                m = s.models.get(name.lower());
            }
            if (m == null) {
                List<String> visible = new ArrayList<>();
                for (InstanceScope s = this; s != null; s = s.parent) {
                    visible.addAll(s.models.keySet());
                }
                throw new CardError(name.loc(), "no .model named '" + name.text() + "'"
                        + Suggestions.didYouMean(name.lower(), visible));
            }
            String type = m.type().toLowerCase(Locale.ROOT);
            if (acceptedTypes.length > 0 && !List.of(acceptedTypes).contains(type)) {
                throw new CardError(name.loc(), "model '" + name.text() + "' is of type " + m.type() + "; expected "
                        + String.join(" or ", acceptedTypes) + Suggestions.didYouMean(type, List.of(acceptedTypes)));
            }
            return m;
        }
    }

    private void readControlCard(Statement s, Circuit circuit, List<AnalysisRequest> analyses,
                                 Map<Integer, Double> ics, List<OutputRequest> outputs) {
        if (s instanceof Statement.OpCard op) {
            analyses.add(new AnalysisRequest.OperatingPoint(op.loc()));
        } else if (s instanceof Statement.DcCard dc) {
            List<AnalysisRequest.Sweep> sweeps = new ArrayList<>();
            for (Statement.DcSweep sw : dc.sweeps()) {
                String src = canonicalDevice(sw.source().toLowerCase(Locale.ROOT));
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
                Integer node = nodes.get(canonicalNode(nv.node().toLowerCase(Locale.ROOT)));
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
            outputCards = true;
            for (Statement.OutputRef ref : out.refs()) {
                if (ref.function().equals("all")) {
                    saveAllCard = true;
                    continue;
                }
                List<OutputRequest> requests = OutputPatterns.isPattern(ref)
                        ? OutputPatterns.expand(ref, circuit, this::outputRequest, cellDevices)
                        : List.of(outputRequest(ref, circuit));
                for (OutputRequest r : requests) {
                    if (outputNames.add(r.name())) {
                        outputs.add(r);
                    }
                }
            }
        }
    }

    private double value(Field field) {
        return top.value(field);
    }

    private AnalysisRequest.Transient transientRequest(Statement.TranCard t) {
        double tstep = value(t.tstep());
        double tstop = value(t.tstop());
        double tstart = t.tstart() == null ? 0.0 : value(t.tstart());
        // Xyce's ".tran 0 tstop": Xyce's tstep is only a first-step guess and bounds neither the largest nor the
        // smallest step. memspice derives its minimum step from tstep (1e-9·tstep), so a tiny stand-in keeps
        // femtosecond steps possible (a TEAM memristor snapping back needs them) and tmax defaults to span/50.
        boolean xyceStep = tstep == 0;
        if (xyceStep) {
            tstep = 1e-9 * (tstop - tstart);
        }
        if (!(tstep > 0)) {
            throw new CardError(t.tstep().loc(), ".tran: tstep must be positive, got " + tstep);
        }
        if (!(tstop > 0)) {
            throw new CardError(t.tstop().loc(), ".tran: tstop must be positive, got " + tstop);
        }
        if (tstart < 0 || tstart >= tstop) {
            throw new CardError(t.tstart().loc(), ".tran: tstart must be in [0, tstop), got " + tstart);
        }
        double tmax = t.tmax() != null ? value(t.tmax())
                : xyceStep ? (tstop - tstart) / 50.0 : Math.min(tstep, (tstop - tstart) / 50.0);
        if (!(tmax > 0)) {
            throw new CardError(t.tmax().loc(), ".tran: tmax must be positive, got " + tmax);
        }
        return new AnalysisRequest.Transient(tstep, tstop, tstart, tmax, t.uic(), t.loc());
    }

    private OutputRequest outputRequest(Statement.OutputRef ref, Circuit circuit) {
        switch (ref.function()) {
            case "all":
                return null;
            case "@": {
                // ngspice's device parameter @r1[i]: the device's current, under ngspice's vector name
                if (ref.args().size() != 2 || !ref.args().get(1).equals("i")) {
                    throw new CardError(ref.loc(), ref.display() + ": memspice reads only a device's current, @name[i]");
                }
                OutputRequest current = outputRequest(new Statement.OutputRef("i", List.of(ref.args().get(0)),
                        ref.loc()), circuit);
                String dev = current.name().substring(2, current.name().length() - 1);
                return new OutputRequest("@" + dev + "[i]", true, current.plus(), current.minus(), current.derived());
            }
            case "v": {
                if (ref.args().isEmpty() || ref.args().size() > 2) {
                    throw new CardError(ref.loc(), "expected v(node) or v(node1,node2), got " + ref.display());
                }
                List<String> names = ref.args().stream().map(Elaborator::canonicalNode).toList();
                int plus = nodeForOutput(ref, names.get(0));
                int minus = names.size() == 2 ? nodeForOutput(ref, names.get(1)) : MatrixBinder.GROUND;
                return new OutputRequest("v(" + String.join(",", names) + ")", false, plus, minus);
            }
            case "i": {
                if (ref.args().size() != 1) {
                    throw new CardError(ref.loc(), "expected i(device), got " + ref.display());
                }
                String dev = cellDevice(canonicalDevice(ref.args().get(0)));
                Integer branch = circuit.branchCurrents().get(dev);
                if (branch == null && devices.get(dev) instanceof org.memspice.device.Probeable probed) {
                    // a lead current (Xyce's i(r1), i(ymemristor!m1)): computed from the solution by the device
                    return new OutputRequest("i(" + dev + ")", true, -1, -1, probed::leadCurrent);
                }
                if (branch == null) {
                    throw new CardError(ref.loc(), devices.containsKey(dev)
                            ? ref.display() + ": '" + dev + "' has no branch current; i() works for V, L, E, H, R, C"
                            + " and memristors"
                            : ref.display() + ": no device '" + dev + "' in the circuit"
                            + Suggestions.didYouMean(dev, circuit.branchCurrents().keySet()));
                }
                return new OutputRequest("i(" + dev + ")", true, branch, MatrixBinder.GROUND);
            }
            case "x": {
                if (ref.args().isEmpty() || ref.args().size() > 2) {
                    throw new CardError(ref.loc(), "expected x(device) or x(device,state), got " + ref.display());
                }
                String dev = cellDevice(canonicalDevice(ref.args().get(0)));
                return stateOutput(ref, ref.args().size() == 1 ? "x(" + dev + ")"
                        : "x(" + dev + "," + ref.args().get(1) + ")", circuit);
            }
            case "n": {
                // Xyce's internal-variable spelling: n(ymemristor!mr1_x), n(x1:ymemristor!mr1_u1)
                String arg = ref.args().size() == 1 ? ref.args().get(0) : "";
                int colon = arg.lastIndexOf(':');
                if (colon > 0 && arg.indexOf('!') > 0 && arg.indexOf('!') < colon) {
                    // Xyce's store variables, n(ymemristor!mr1:r): a quantity the device computes
                    String dev = cellDevice(canonicalDevice(arg.substring(0, colon)));
                    String what = arg.substring(colon + 1);
                    var q = devices.get(dev) instanceof org.memspice.device.Probeable probed ? probed.quantity(what)
                            : null;
                    if (q == null) {
                        throw new CardError(ref.loc(), ref.display() + ": " + (devices.containsKey(dev)
                                ? "'" + dev + "' has no quantity '" + what + "' (memristors have r)"
                                : "no device '" + dev + "' in the circuit"));
                    }
                    return new OutputRequest("n(" + dev + ":" + what + ")", false, -1, -1, q);
                }
                int underscore = arg.lastIndexOf('_');
                if (underscore <= 0 || underscore == arg.length() - 1) {
                    throw new CardError(ref.loc(), "expected n(device_state) as in Xyce, e.g. n(ymemristor!m1_x),"
                            + " got " + ref.display());
                }
                String dev = cellDevice(canonicalDevice(arg.substring(0, underscore)));
                return stateOutput(ref, "x(" + dev + "," + arg.substring(underscore + 1) + ")", circuit);
            }
            case "icol":
            case "iideal":
            case "vmm":
            case "sneak":
            case "irdrop":
            case "margin":
                return arrayOutput(ref);
            default:
                throw new CardError(ref.loc(), "unknown output '" + ref.display()
                        + "'; expected v(...), i(...), a device state x(...) or an array quantity ("
                        + String.join(", ", ArrayQuantities.functions()) + ")");
        }
    }

    /** A device state vector by its name ({@code x(ym1)} or {@code x(ym1,u1)}), with the names there are. */
    private OutputRequest stateOutput(Statement.OutputRef ref, String name, Circuit circuit) {
        Unknowns u = circuit.unknowns();
        int index = u.indexOf(name);
        if (index < 0 || u.kind(index) != org.memspice.solver.mna.UnknownKind.STATE) {
            List<String> states = new ArrayList<>();
            for (int k = 0; k < u.size(); k++) {
                if (u.kind(k) == org.memspice.solver.mna.UnknownKind.STATE) {
                    states.add(u.name(k));
                }
            }
            throw new CardError(ref.loc(), ref.display() + ": no device state " + name
                    + (states.isEmpty() ? " (no device in this circuit has states)" : Suggestions.didYouMean(name, states)));
        }
        return new OutputRequest(name, false, index, MatrixBinder.GROUND);
    }

    /** An array quantity: icol(xb,j), iideal(xb,j), vmm(xb[,j]), sneak(xb,j,row), irdrop(xb), margin(xb,gth). */
    private OutputRequest arrayOutput(Statement.OutputRef ref) {
        String f = ref.function();
        List<String> a = ref.args();
        Crossbar.Layout layout = a.isEmpty() ? null : arrays.get(a.get(0));
        if (layout == null) {
            throw new CardError(ref.loc(), ref.display() + ": no .crossbar named '" + (a.isEmpty() ? "" : a.get(0))
                    + "'" + Suggestions.didYouMean(a.isEmpty() ? "" : a.get(0), arrays.keySet()));
        }
        ArrayQuantities q = arrayQuantities.computeIfAbsent(layout.prefix(), k -> new ArrayQuantities(layout,
                new ArrayQuantities.Circuit() {
                    @Override
                    public int node(String name) {
                        return name.equals("0") ? MatrixBinder.GROUND : nodes.getOrDefault(name, MatrixBinder.GROUND);
                    }

                    @Override
                    public org.memspice.device.Probeable cell(int i, int j) {
                        return devices.get(cellDevices.get(layout.cell(i, j))) instanceof org.memspice.device.Probeable p
                                ? p : null;
                    }
                }));
        int expected = switch (f) {
            case "icol", "iideal" -> 2;
            case "sneak" -> 3;
            case "margin" -> 2;
            case "irdrop" -> 1;
            default -> a.size() == 2 ? 2 : 1;
        };
        if (a.size() != expected) {
            throw new CardError(ref.loc(), ref.display() + ": expected " + switch (f) {
                case "icol", "iideal" -> f + "(array, column)";
                case "sneak" -> "sneak(array, column, selected row)";
                case "margin" -> "margin(array, threshold conductance)";
                case "irdrop" -> "irdrop(array)";
                default -> "vmm(array) or vmm(array, column)";
            });
        }
        if (!f.equals("icol") || layout.idealBitLines()) {
            String missing = q.missingCells();
            if (missing != null) {
                throw new CardError(ref.loc(), ref.display() + ": cell " + missing + " is a subcircuit whose current"
                        + " memspice cannot read; use memristor or resistor cells" + (f.equals("icol") ? " or rbl > 0" : ""));
            }
        }
        java.util.function.ToDoubleFunction<double[]> fn;
        String name = f + "(" + String.join(",", a) + ")";
        switch (f) {
            case "icol" -> fn = q.columnCurrent(index(ref, a.get(1), layout.cols(), "column"));
            case "iideal" -> fn = q.idealCurrent(index(ref, a.get(1), layout.cols(), "column"));
            case "vmm" -> fn = a.size() == 2 ? q.error(index(ref, a.get(1), layout.cols(), "column")) : q.rmsError();
            case "sneak" -> fn = q.sneakFraction(index(ref, a.get(1), layout.cols(), "column"),
                    index(ref, a.get(2), layout.rows(), "row"));
            case "irdrop" -> fn = q.worstIrDrop();
            default -> {
                var g = org.memspice.netlist.parse.SpiceNumber.tryParse(a.get(1));
                if (g.isEmpty() || !(g.getAsDouble() > 0)) {
                    throw new CardError(ref.loc(), ref.display() + ": the threshold conductance must be a positive"
                            + " number (LRS cells at or above it, HRS below)");
                }
                fn = q.readMargin(g.getAsDouble());
            }
        }
        boolean current = f.equals("icol") || f.equals("iideal") || f.equals("vmm");
        return new OutputRequest(name, current, -1, -1, fn);
    }

    private static int index(Statement.OutputRef ref, String text, int size, String what) {
        var v = org.memspice.netlist.parse.SpiceNumber.tryParse(text);
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble()) || v.getAsDouble() < 0
                || v.getAsDouble() >= size) {
            throw new CardError(ref.loc(), ref.display() + ": " + what + " must be 0 to " + (size - 1) + ", got " + text);
        }
        return (int) v.getAsDouble();
    }

    /** A crossbar cell or access transistor by its array name ({@code xb.c3_4}) is the device that implements it. */
    private String cellDevice(String name) {
        return devices.containsKey(name) ? name : cellDevices.getOrDefault(name, name);
    }

    /** A node as a user may print it: ngspice's {@code x1.n3} or Xyce's {@code x1:n3}. */
    private static String canonicalNode(String name) {
        return name.replace(':', '.');
    }

    /**
     * A device as a user may name it: ngspice's {@code v.x1.v1} or Xyce's {@code x1:v1}; Xyce's Y-device names
     * {@code ymemristor!m1} are memspice's {@code ym1}.
     */
    private static String canonicalDevice(String name) {
        int colon = name.lastIndexOf(':');
        String local = colon < 0 ? name : name.substring(colon + 1);
        int bang = local.indexOf('!');
        if (local.startsWith("y") && bang > 0 && bang < local.length() - 1) {
            local = "y" + local.substring(bang + 1);
        }
        if (colon <= 0 || local.isEmpty()) {
            return local;
        }
        return local.charAt(0) + "." + name.substring(0, colon).replace(':', '.') + "." + local;
    }

    private int nodeForOutput(Statement.OutputRef ref, String node) {
        Integer index = nodes.get(node);
        if (index == null) {
            throw new CardError(ref.loc(), ref.display() + ": no node '" + node + "' in the circuit"
                    + Suggestions.didYouMean(node, nodes.keySet()));
        }
        return index;
    }
}
