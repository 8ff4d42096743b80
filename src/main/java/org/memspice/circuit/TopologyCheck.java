package org.memspice.circuit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.memspice.device.Device;
import org.memspice.device.TopologySink;

/**
 * Finds, before any matrix is built, the two circuit mistakes that make the DC equations singular: nodes with
 * no DC path to ground, and loops made only of voltage-defining branches (V, E, H, L).
 */
final class TopologyCheck {
    /** A problem and what it is about: a device (the one closing a loop) or a node (the first floating one). */
    record Problem(String message, String device, String node) {}

    private TopologyCheck() {}

    static List<Problem> check(Circuit circuit, boolean skipFloatingNodes) {
        int nodeCount = circuit.nodes().size();
        // union-find over nodes, with index nodeCount standing for ground
        int[] dcParent = identity(nodeCount + 1);
        int[] voltageParent = identity(nodeCount + 1);
        List<List<int[]>> voltageEdges = new ArrayList<>();
        for (int i = 0; i <= nodeCount; i++) {
            voltageEdges.add(new ArrayList<>());
        }
        List<Problem> problems = new ArrayList<>();
        List<Device> devices = circuit.devices();
        for (int di = 0; di < devices.size(); di++) {
            Device d = devices.get(di);
            int deviceIndex = di;
            d.topology(new TopologySink() {
                @Override
                public void conductive(int a, int b) {
                    union(dcParent, slot(a, nodeCount), slot(b, nodeCount));
                }

                @Override
                public void voltageDefined(int a, int b) {
                    int sa = slot(a, nodeCount);
                    int sb = slot(b, nodeCount);
                    union(dcParent, sa, sb);
                    if (sa == sb) {
                        problems.add(new Problem(d.name() + " has both terminals on the same node: its voltage is"
                                + " fixed across a short, so its current is undetermined", d.name(), null));
                    } else if (find(voltageParent, sa) == find(voltageParent, sb)) {
                        problems.add(new Problem("loop of voltage sources/inductors: " + d.name()
                                + " closes a loop with " + loopPath(voltageEdges, sb, sa, devices) + " (their voltages"
                                + " are fixed around a loop, so the branch currents are undetermined)", d.name(), null));
                    } else {
                        union(voltageParent, sa, sb);
                        voltageEdges.get(sa).add(new int[] {sb, deviceIndex});
                        voltageEdges.get(sb).add(new int[] {sa, deviceIndex});
                    }
                }
            });
        }
        if (!skipFloatingNodes) {
            int ground = find(dcParent, nodeCount);
            List<String> floating = new ArrayList<>();
            for (Map.Entry<String, Integer> e : circuit.nodes().entrySet()) {
                if (e.getValue() >= 0 && find(dcParent, e.getValue()) != ground) {
                    floating.add(e.getKey());
                }
            }
            if (!floating.isEmpty()) {
                problems.add(new Problem("no DC path to ground from node" + (floating.size() > 1 ? "s " : " ")
                        + String.join(", ", floating.subList(0, Math.min(20, floating.size())))
                        + (floating.size() > 20 ? " and " + (floating.size() - 20) + " more" : "")
                        + " (only capacitors or current sources connect them); add a resistor to ground",
                        null, floating.get(0)));
            }
        }
        return problems;
    }

    private static int slot(int node, int groundSlot) {
        return node < 0 ? groundSlot : node;
    }

    /** Device names on the tree path of voltage-defining branches from {@code from} to {@code to}. */
    private static String loopPath(List<List<int[]>> edges, int from, int to, List<Device> devices) {
        int[] viaDevice = new int[edges.size()];
        int[] previous = new int[edges.size()];
        Arrays.fill(previous, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        previous[from] = -1;
        while (!queue.isEmpty()) {
            int n = queue.poll();
            if (n == to) {
                break;
            }
            for (int[] e : edges.get(n)) {
                if (previous[e[0]] == -2) {
                    previous[e[0]] = n;
                    viaDevice[e[0]] = e[1];
                    queue.add(e[0]);
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (int n = to; n != from && n >= 0 && previous[n] != -2; n = previous[n]) {
            names.add(devices.get(viaDevice[n]).name());
        }
        return String.join(" - ", names);
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
