package dev.dealbot.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real peers the suite starts as child processes: found on PATH or in the Debian locations, else the test FAILS. */
public final class Installed {
    private Installed() {}

    /** The executable {@code name}, from PATH or /usr/sbin, /usr/bin; fails the test naming the Debian package. */
    public static Path binary(String name, String debianPackage) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin"));
        for (String dir : dirs) {
            if (dir.isBlank()) continue;
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p;
        }
        return fail(name + " is not installed: apt-get install " + debianPackage + " (.ci/run installs it)");
    }

    /** A port free on loopback right now (the caller binds it next). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** The last lines of a child's log, for failure messages. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
