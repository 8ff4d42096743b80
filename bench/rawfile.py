"""Minimal SPICE3 / ngspice raw-file reader (python3 stdlib only).

Reads ASCII ("Values:") and binary ("Binary:") raw files, real or complex,
with one or more plots per file. Binary data is little-endian float64,
point-major (every variable of a point in order), as ngspice writes it.

    plots = read_raw("out.raw")
    for p in plots:
        p.plotname, p.names, p.types, p.columns   # columns[name] -> list[float]

Variable names are kept exactly as written, plus a lower-cased lookup
(`Plot.get(name)` is case-insensitive).
"""

import struct
import sys

__all__ = ["Plot", "read_raw", "RawFormatError"]


class RawFormatError(ValueError):
    pass


class Plot:
    def __init__(self):
        self.title = ""
        self.date = ""
        self.plotname = ""
        self.flags = ""
        self.names = []      # variable names, index 0 is the scale
        self.types = []      # variable types (time, voltage, current, ...)
        self.npoints = 0
        self.complex = False
        self.columns = {}    # name -> list of values (float, or complex)

    @property
    def scale_name(self):
        return self.names[0] if self.names else None

    @property
    def scale(self):
        return self.columns[self.names[0]]

    def get(self, name):
        """Case-insensitive lookup of a column; returns None when absent."""
        if name in self.columns:
            return self.columns[name]
        low = name.lower()
        for n, col in self.columns.items():
            if n.lower() == low:
                return col
        return None

    def __repr__(self):
        return "Plot(%r, %d vars, %d points)" % (self.plotname, len(self.names), self.npoints)


def _parse_float(tok):
    # ASCII complex values are written as "re,im"
    if "," in tok:
        re_s, im_s = tok.split(",", 1)
        return complex(float(re_s), float(im_s))
    return float(tok)


def read_raw(path):
    with open(path, "rb") as f:
        data = f.read()
    plots = []
    pos = 0
    n = len(data)
    while pos < n:
        # skip blank lines between plots
        while pos < n and data[pos:pos + 1] in (b"\n", b"\r", b" ", b"\t"):
            pos += 1
        if pos >= n:
            break
        plot = Plot()
        nvars = None
        # header: line oriented until "Variables:"
        while True:
            eol = data.find(b"\n", pos)
            if eol < 0:
                raise RawFormatError("%s: truncated header" % path)
            line = data[pos:eol].decode("latin-1").rstrip("\r")
            pos = eol + 1
            if ":" not in line:
                continue
            key, _, val = line.partition(":")
            key = key.strip()
            val = val.strip()
            kl = key.lower()
            if kl == "title":
                plot.title = val
            elif kl == "date":
                plot.date = val
            elif kl == "plotname":
                plot.plotname = val
            elif kl == "flags":
                plot.flags = val
                plot.complex = "complex" in val.lower()
            elif kl == "no. variables":
                nvars = int(val)
            elif kl == "no. points":
                plot.npoints = int(val)
            elif kl == "variables":
                break
        if nvars is None:
            raise RawFormatError("%s: no 'No. Variables' line" % path)
        # variable lines: "\t<idx>\t<name>\t<type>[\t...]"
        for _ in range(nvars):
            eol = data.find(b"\n", pos)
            line = data[pos:eol].decode("latin-1").strip()
            pos = eol + 1
            parts = line.split()
            if len(parts) < 3:
                raise RawFormatError("%s: bad variable line %r" % (path, line))
            plot.names.append(parts[1])
            plot.types.append(parts[2])
        # data section keyword
        while True:
            eol = data.find(b"\n", pos)
            line = data[pos:eol].decode("latin-1").strip()
            pos = eol + 1
            if line:
                break
        kw = line.lower()
        cols = [[] for _ in range(nvars)]
        npts = plot.npoints
        if kw.startswith("binary"):
            width = 16 if plot.complex else 8
            nbytes = npts * nvars * width
            chunk = data[pos:pos + nbytes]
            if len(chunk) < nbytes:
                # truncated file: keep the whole points present
                npts = len(chunk) // (nvars * width)
                chunk = chunk[:npts * nvars * width]
                plot.npoints = npts
            vals = struct.unpack("<%dd" % (len(chunk) // 8), chunk)
            pos += nbytes
            if plot.complex:
                k = 0
                for _p in range(npts):
                    for v in range(nvars):
                        cols[v].append(complex(vals[k], vals[k + 1]))
                        k += 2
            else:
                for v in range(nvars):
                    cols[v] = list(vals[v::nvars])
        elif kw.startswith("values"):
            # tokens: idx v0 v1 ... v(n-1) per point; stop at next plot header
            got = 0
            while got < npts:
                # read tokens for one point
                need = nvars + 1
                toks = []
                while len(toks) < need:
                    eol = data.find(b"\n", pos)
                    if eol < 0:
                        eol = n
                    line = data[pos:eol].decode("latin-1")
                    pos = eol + 1
                    if not line.strip():
                        if pos >= n:
                            break
                        continue
                    toks.extend(line.split())
                if len(toks) < need:
                    break
                for v in range(nvars):
                    cols[v].append(_parse_float(toks[v + 1]))
                got += 1
            plot.npoints = got
        else:
            raise RawFormatError("%s: expected Values:/Binary:, got %r" % (path, line))
        for name, col in zip(plot.names, cols):
            plot.columns[name] = col
        plots.append(plot)
    return plots


if __name__ == "__main__":
    for p in sys.argv[1:]:
        for plot in read_raw(p):
            print("%s: %s (%d points)" % (p, plot.plotname, plot.npoints))
            for name, typ in zip(plot.names, plot.types):
                col = plot.columns[name]
                first = col[0] if col else None
                last = col[-1] if col else None
                print("   %-24s %-8s first=%r last=%r" % (name, typ, first, last))
