package org.memspice.netlist.parse;

import java.util.List;
import java.util.Locale;
import org.memspice.netlist.SourceLocation;
import org.memspice.netlist.ast.Field;

/**
 * One logical line as the grammar sees it, before it is read into a {@link org.memspice.netlist.ast.Statement}:
 * the head word ({@code R1}, {@code .tran}) and the items after it.
 *
 * @param end where a missing trailing field would go: just after the last item, for "expected ..." errors
 */
public record Card(Field.Word head, List<Field> fields, SourceLocation end) {

    public Card {
        fields = List.copyOf(fields);
    }

    public SourceLocation loc() {
        return head.loc();
    }

    /** The head in lower case: {@code .tran}, {@code r1}. */
    public String keyword() {
        return head.text().toLowerCase(Locale.ROOT);
    }

    public boolean isDotCommand() {
        return head.text().startsWith(".");
    }
}
