package dev.dealbot.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The widget's files from {@code src/main/resources/widget/}, read once, with a content hash as version. */
record WidgetAssets(byte[] script, String version, byte[] demoPage, byte[] demoCss) {
    static WidgetAssets load() {
        byte[] script = read("widget.js");
        String version = HexFormat.of().formatHex(sha256(script)).substring(0, 16);
        String page = new String(read("index.html"), StandardCharsets.UTF_8).replace("{{VERSION}}", version);
        return new WidgetAssets(script, version, page.getBytes(StandardCharsets.UTF_8), read("demo.css"));
    }

    String etag() {
        return "\"" + version + "\"";
    }

    private static byte[] read(String name) {
        try (InputStream in = WidgetAssets.class.getResourceAsStream("/widget/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource /widget/" + name + " (broken build?)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
