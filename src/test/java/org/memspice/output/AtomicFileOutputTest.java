package org.memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileOutputTest {
    @TempDir
    Path dir;

    @Test
    void closeWithoutCommitLeavesNoFile() throws IOException {
        Path target = dir.resolve("out.raw");
        try (AtomicFileOutput out = AtomicFileOutput.create(target)) {
            write(out, "half");
            assertTrue(Files.exists(out.temporaryFile()));
            assertEquals(dir.toAbsolutePath(), out.temporaryFile().getParent());
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listDir());
    }

    @Test
    void existingTargetUntouchedUntilCommitThenReplaced() throws IOException {
        Path target = dir.resolve("out.raw");
        Files.writeString(target, "old");
        try (AtomicFileOutput out = AtomicFileOutput.create(target)) {
            write(out, "new contents");
            assertEquals("old", Files.readString(target));
            out.commit();
            assertTrue(out.isCommitted());
        }
        assertEquals("new contents", Files.readString(target));
        assertEquals(List.of("out.raw"), listDir());
    }

    @Test
    void abandonedWriteKeepsOldTarget() throws IOException {
        Path target = dir.resolve("out.raw");
        Files.writeString(target, "old");
        try (AtomicFileOutput out = AtomicFileOutput.create(target)) {
            write(out, "new contents");
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.raw"), listDir());
    }

    @Test
    void sinksCommitOrDiscardAsAWhole() throws IOException {
        for (WaveformFormat format : WaveformFormat.values()) {
            Path target = dir.resolve("sink-" + format);
            Files.writeString(target, "old");
            try (WaveformSink sink = WaveformSinks.open(target, format)) {
                SamplePlots.write(sink, SamplePlots.all());
            }
            assertEquals("old", Files.readString(target), format.name());
            try (WaveformSink sink = WaveformSinks.open(target, format)) {
                SamplePlots.write(sink, SamplePlots.all());
                sink.commit();
            }
            assertFalse(Files.readString(target, StandardCharsets.ISO_8859_1).equals("old"), format.name());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    private static void write(AtomicFileOutput out, String s) throws IOException {
        out.channel().write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> listDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
