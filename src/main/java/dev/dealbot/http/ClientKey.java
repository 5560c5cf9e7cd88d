package dev.dealbot.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a request comes from, for rate limits and per-client conversation bounds. The direct peer address, unless that peer is a trusted
 * proxy: then the right-most {@code X-Forwarded-For} hop that is not itself a trusted proxy. Hops left of
 * it were written by the client and are never believed, so the key cannot be spoofed.
 */
public final class ClientKey {
    private static final Logger LOG = LoggerFactory.getLogger(ClientKey.class);
    /** IPv4/IPv6 literals only, so parsing never triggers a DNS lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+|\\[[0-9A-Fa-f:.]+]");

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) return false;
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) return false;
            }
            return true;
        }
    }

    private final List<Range> trusted;

    /** {@code trustedProxies}: addresses ({@code 10.0.0.5}) or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    public ClientKey(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            String[] parts = entry.trim().split("/", 2);
            byte[] address = parse(parts[0]);
            if (address == null) {
                LOG.warn("widget.trustedProxies: '{}' is not an IP address or CIDR range; ignored", entry);
                continue;
            }
            int prefix = address.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Math.min(prefix, Math.max(0, Integer.parseInt(parts[1])));
                } catch (NumberFormatException e) {
                    LOG.warn("widget.trustedProxies: '{}' has a bad prefix length; ignored", entry);
                    continue;
                }
            }
            ranges.add(new Range(address, prefix));
        }
        this.trusted = List.copyOf(ranges);
    }

    /** The client key of a request. */
    public String of(Context ctx) {
        return resolve(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    /** The client key for a request from {@code peer} carrying the given {@code X-Forwarded-For} header values. */
    public String resolve(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) return normalise(peer);
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) for (String hop : header.split(",")) if (!hop.isBlank()) hops.add(hop.trim());
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (parse(hop) == null) return normalise(peer); // garbage written by someone: fall back to the proxy itself
            if (!isTrusted(hop)) return normalise(hop);
        }
        return hops.isEmpty() ? normalise(peer) : normalise(hops.get(0));
    }

    public boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    private static String normalise(String address) {
        byte[] bytes = parse(address);
        if (bytes == null) return address;
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static byte[] parse(String address) {
        if (address == null) return null;
        String a = address.trim();
        if (!IP_LITERAL.matcher(a).matches() || (!a.contains(".") && !a.contains(":"))) return null;
        if (a.startsWith("[")) a = a.substring(1, a.length() - 1);
        try {
            return InetAddress.getByName(a).getAddress(); // a literal: no DNS lookup
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }
}
