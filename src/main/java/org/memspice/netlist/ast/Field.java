package org.memspice.netlist.ast;

import java.util.List;
import java.util.Locale;
import org.memspice.netlist.SourceLocation;

/**
 * One syntactic item on a card, as the grammar sees it. Meaning (node, value, keyword) is given later by the
 * card's reader, because SPICE is positional: {@code 1n} is a node on an R card and a number in its value field.
 */
public sealed interface Field permits Field.Word, Field.Expr, Field.Assign, Field.Call, Field.Group {
    SourceLocation loc();

    /** A bare token: name, node, number with suffix, or keyword. */
    record Word(String text, SourceLocation loc) implements Field {
        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** An expression in {@code {...}} or {@code '...'}, delimiters removed (evaluated by the language issue). */
    record Expr(String text, SourceLocation loc) implements Field {}

    /**
     * {@code key=value}, or {@code key(args)=value} as in {@code .ic v(n)=1} and {@code .func f(x)={x*2}}.
     * {@code keyArgs} is null for a plain key (so {@code f()=1} and {@code f=1} stay distinct).
     */
    record Assign(String key, List<Field> keyArgs, Field value, SourceLocation loc) implements Field {
        public Assign {
            keyArgs = keyArgs == null ? null : List.copyOf(keyArgs);
        }

        /** A plain {@code key=value}. */
        public Assign(String key, Field value, SourceLocation loc) {
            this(key, null, value, loc);
        }

        public String lowerKey() {
            return key.toLowerCase(Locale.ROOT);
        }

        public boolean hasKeyArgs() {
            return keyArgs != null;
        }
    }

    /** {@code name(args...)}: source functions (PULSE, SIN...), output references ({@code v(a,b)}). */
    record Call(String name, List<Field> args, SourceLocation loc) implements Field {
        public String lowerName() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** A parenthesised list without a name: {@code .model m r (r=1 tc1=0)}. */
    record Group(List<Field> items, SourceLocation loc) implements Field {}
}
