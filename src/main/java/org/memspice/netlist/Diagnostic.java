package org.memspice.netlist;

/**
 * One error found in a netlist: where, what, and the offending source line so the message can show a caret.
 * Rendered like a compiler: {@code file:line:col: message}, then the line, then a caret under the column.
 */
public record Diagnostic(SourceLocation location, String message, String sourceLine) {

    public String render() {
        return render("error");
    }

    /** Rendered as a warning (same layout as {@link #render()}): for ignored cards and other non-fatal findings. */
    public String renderWarning() {
        return render("warning");
    }

    private String render(String severity) {
        StringBuilder sb = new StringBuilder();
        sb.append(location).append(": ").append(severity).append(": ").append(message);
        if (sourceLine != null && location.column() > 0) {
            sb.append('\n').append(sourceLine.replace('\t', ' ')).append('\n');
            sb.append(" ".repeat(Math.max(0, location.column() - 1))).append('^');
        }
        return sb.toString();
    }
}
