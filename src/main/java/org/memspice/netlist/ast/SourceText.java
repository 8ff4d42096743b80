package org.memspice.netlist.ast;

import java.util.List;
import java.util.Map;
import org.memspice.netlist.SourceLocation;

/** Lines of every file read for a netlist (the main file now, included files later), for error quotes. */
public record SourceText(Map<String, List<String>> linesByFile) {

    public String line(SourceLocation loc) {
        List<String> lines = linesByFile.get(loc.file());
        if (lines == null || loc.line() < 1 || loc.line() > lines.size()) {
            return null;
        }
        return lines.get(loc.line() - 1);
    }
}
