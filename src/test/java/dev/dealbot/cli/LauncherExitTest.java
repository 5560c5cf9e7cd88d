package dev.dealbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.Main;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real entry point in its own JVM: a command that exits while the embedding model is still being made (help, a
 * usage error) exits cleanly with its own code instead of crashing in the native library.
 */
class LauncherExitTest {
    record Exit(int code, String output) {}

    static Exit main(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exited");
            return new Exit(p.exitValue(), out);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void askHelpExitsZeroWhileTheModelIsStillBeingMade() throws Exception {
        Exit e = main("ask", "--help");
        assertEquals(0, e.code(), e.output());
        assertTrue(e.output().contains("Usage: dealbot ask"), e.output());
        assertFalse(e.output().contains("fatal error"), e.output());
    }

    @Test
    void askWithoutAQuestionExitsWithTheUsageCodeNotACrash() throws Exception {
        Exit e = main("ask");
        assertEquals(2, e.code(), e.output());
        assertTrue(e.output().contains("QUESTION"), e.output());
        assertFalse(e.output().contains("fatal error"), e.output());
    }
}
