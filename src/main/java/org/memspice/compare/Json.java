package org.memspice.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A small JSON writer for the machine-readable reports (RFC 8259): strings escaped, doubles written so that they
 * read back exactly, NaN and infinities (which JSON has no spelling for) as null. Objects are written one field per
 * line at the top level and compactly below, which keeps CI logs readable and diffs short.
 */
public final class Json {
    private final StringBuilder sb = new StringBuilder(1024);
    /** Per open container: whether it already holds an element, and whether it is an array. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterKey;

    public Json begin() {
        separate();
        sb.append('{');
        open.push(new boolean[2]);
        return this;
    }

    public Json end() {
        open.pop();
        if (open.isEmpty()) {
            sb.append("\n}");
        } else {
            sb.append('}');
        }
        return this;
    }

    public Json beginArray() {
        separate();
        sb.append('[');
        open.push(new boolean[] {false, true});
        return this;
    }

    public Json endArray() {
        boolean[] closed = open.pop();
        sb.append(open.size() == 1 && closed[0] ? "\n  ]" : "]");
        return this;
    }

    public Json key(String name) {
        separate();
        string(name);
        sb.append(": ");
        afterKey = true;
        return this;
    }

    public Json value(String s) {
        separate();
        if (s == null) {
            sb.append("null");
        } else {
            string(s);
        }
        return this;
    }

    public Json value(double v) {
        separate();
        if (!Double.isFinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v); // Java's shortest round-trip digits, E notation is valid JSON
        }
        return this;
    }

    public Json value(long v) {
        separate();
        sb.append(v);
        return this;
    }

    public Json value(boolean b) {
        separate();
        sb.append(b);
        return this;
    }

    public Json nullValue() {
        separate();
        sb.append("null");
        return this;
    }

    public Json strings(List<String> values) {
        beginArray();
        for (String v : values) {
            value(v);
        }
        return endArray();
    }

    public Json field(String k, String v) {
        return key(k).value(v);
    }

    public Json field(String k, double v) {
        return key(k).value(v);
    }

    public Json field(String k, long v) {
        return key(k).value(v);
    }

    public Json field(String k, boolean v) {
        return key(k).value(v);
    }

    private void separate() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] container = open.peek();
        // top-level fields and the elements of top-level arrays (plots, decks) each start a line
        String lineStart = open.size() == 1 ? "\n  " : open.size() == 2 && container[1] ? "\n    " : null;
        if (container[0]) {
            sb.append(',').append(lineStart != null ? lineStart : " ");
        } else if (lineStart != null) {
            sb.append(lineStart);
        }
        container[0] = true;
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
