package org.memspice.compare;

import java.util.Locale;
import java.util.regex.Pattern;
import org.memspice.netlist.SourceLocation;

/**
 * One {@code *COMP pattern [reltol=] [abstol=] [clip=] [skip]} line: tolerances for the signals its pattern matches
 * ({@code *} any characters, {@code ?} one; case-insensitive, compared with canonical names, so {@code out}
 * means {@code v(out)}; a pattern starting with a wildcard is used as written, so {@code *} matches every
 * signal). Fields not given (null) are left as earlier rules or the defaults set them.
 */
public record CompRule(String pattern, Double reltol, Double abstol, Double clip, boolean skip,
                       SourceLocation location) {

    public boolean matches(String canonicalName) {
        return glob().matcher(canonicalName).matches();
    }

    private Pattern glob() {
        String marked = pattern.replace("*", "\u0001").replace("?", "\u0002");
        // a pattern starting with a wildcard ("*", "*bl*") is taken as written, not as a bare node name
        String p = marked.startsWith("\u0001") || marked.startsWith("\u0002")
                ? marked.toLowerCase(Locale.ROOT).replaceAll("\\s+", "") : SignalNames.canonical(marked);
        StringBuilder re = new StringBuilder();
        for (char c : p.toCharArray()) {
            if (c == '\u0001') {
                re.append(".*");
            } else if (c == '\u0002') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    Tolerance applyTo(Tolerance t) {
        Tolerance out = t;
        if (reltol != null) {
            out = out.withReltol(reltol);
        }
        if (abstol != null) {
            out = out.withAbstol(abstol);
        }
        if (clip != null) {
            out = out.withClip(clip);
        }
        return skip ? out.skipped() : out;
    }

    /** As written in a netlist, for reports. */
    public String describe() {
        StringBuilder sb = new StringBuilder("*COMP ").append(pattern);
        if (reltol != null) {
            sb.append(String.format(Locale.ROOT, " reltol=%g", reltol));
        }
        if (abstol != null) {
            sb.append(String.format(Locale.ROOT, " abstol=%g", abstol));
        }
        if (clip != null) {
            sb.append(String.format(Locale.ROOT, " clip=%g", clip));
        }
        return skip ? sb.append(" skip").toString() : sb.toString();
    }
}
