package org.memspice.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memspice.testing.JsonValue;

class JsonTest {
    /** Awkward strings and doubles survive a strict parser; NaN and infinities, which JSON lacks, become null. */
    @Test
    void readsBackThroughAStrictParser() {
        String awkward = "q\"uote \\ back\nnew\ttab \u0001 ctl ü";
        double[] numbers = {1.0 / 3, -0.0, 1e-300, 123456789012.0, 5e-324, -2.5e17};
        Json j = new Json().begin().field("s", awkward).field("nan", Double.NaN).field("inf", Double.NEGATIVE_INFINITY)
                .field("yes", true).field("count", 42L);
        j.key("numbers").beginArray();
        for (double d : numbers) {
            j.value(d);
        }
        j.endArray().key("nested").beginArray().begin().field("a", 1L).end().begin().end().endArray().end();
        Map<String, Object> m = JsonValue.object(JsonValue.parse(j.toString()));
        assertEquals(awkward, m.get("s"));
        assertNull(m.get("nan"));
        assertNull(m.get("inf"));
        assertEquals(Boolean.TRUE, m.get("yes"));
        assertEquals(42.0, m.get("count"));
        List<Object> read = JsonValue.array(m.get("numbers"));
        for (int k = 0; k < numbers.length; k++) {
            assertEquals(numbers[k], (Double) read.get(k), 0.0, "number " + k);
        }
        assertEquals(List.of(Map.of("a", 1.0), Map.of()), m.get("nested"));
    }
}
