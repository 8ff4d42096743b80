package org.memspice.netlist.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpiceNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "0, 0",
            "42, 42",
            "-1.5e-3, -1.5e-3",
            "+2, 2",
            ".5, 0.5",
            "5., 5",
            "1e-3, 1e-3",
            "1E+3, 1e3",
            "2.5e2, 250",
            // every scale suffix
            "1t, 1e12",
            "1g, 1e9",
            "1meg, 1e6",
            "1k, 1e3",
            "1mil, 25.4e-6",
            "1m, 1e-3",
            "1u, 1e-6",
            "1n, 1e-9",
            "1p, 1e-12",
            "1f, 1e-15",
            "1a, 1e-18",
            // case-insensitive
            "1T, 1e12",
            "1G, 1e9",
            "1MEG, 1e6",
            "1Meg, 1e6",
            "1K, 1e3",
            "1MIL, 25.4e-6",
            "1M, 1e-3",
            "1U, 1e-6",
            "1N, 1e-9",
            "1P, 1e-12",
            "1F, 1e-15",
            // unit letters after the number or the scale are ignored
            "10kohm, 1e4",
            "5ns, 5e-9",
            "1MEGohm, 1e6",
            "2.5V, 2.5",
            "3F, 3e-15",
            "1MF, 1e-3",
            "10Hz, 10",
            "1ohm, 1",
            "100mV, 0.1",
            "2milli, 50.8e-6",
            // exponent and scale together
            "1e3k, 1e6",
            "-2.2e-1u, -0.22e-6",
    })
    void parsesSpiceNumbers(String text, double expected) {
        assertEquals(expected, SpiceNumber.parse(text), Math.abs(expected) * 1e-15, text);
    }

    @Test
    void scaleIsExactForDecimalValues() {
        // Scaling through the decimal exponent gives the double nearest the written value, not 4.7 * 1000 rounded.
        assertEquals(4700.0, SpiceNumber.parse("4.7k"));
        assertEquals(1.1e-9, SpiceNumber.parse("1.1n"));
        assertEquals(0.3e-6, SpiceNumber.parse("0.3u"));
    }

    @ParameterizedTest(name = "''{0}'' is not a number")
    @ValueSource(strings = {"", "abc", "1.2.3", "e5", "1e", "1e+", "1e-", "1eV", "--1", "+-1", "-", ".", ".e3",
            "1k2", "5_000", "1,5", "1 k", "k1", "inf", "NaN", "1e99999", "0x10", "1kΩ"})
    void rejectsNonNumbers(String text) {
        assertEquals(OptionalDouble.empty(), SpiceNumber.tryParse(text));
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> SpiceNumber.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void nullIsNotANumber() {
        assertEquals(OptionalDouble.empty(), SpiceNumber.tryParse(null));
    }
}
