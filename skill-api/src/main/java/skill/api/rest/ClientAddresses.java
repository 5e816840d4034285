package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import skill.core.ConfigKeys;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which client a request is from, for per-client limits: the direct peer's address, unless the peer is
 * a trusted proxy ({@value ConfigKeys#API_TRUSTED_PROXIES}); then the nearest address its Forwarded (or
 * X-Forwarded-For) chain names that is no trusted proxy itself. Anyone can send those headers, so
 * they count only from a trusted peer, and only their right end, which that proxy wrote.
 */
@Singleton
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
class ClientAddresses {
    /** Literal addresses only: a host name would cost a DNS lookup per request. */
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private final List<Cidr> trusted;

    ClientAddresses(@Value("${" + ConfigKeys.API_TRUSTED_PROXIES + ":}") List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    String of(HttpRequest<?> request) {
        return of(request.getRemoteAddress(), request.getHeaders());
    }

    String of(InetSocketAddress remote, HttpHeaders headers) {
        InetAddress peer = remote.getAddress();
        if (peer == null) {
            return remote.getHostString();
        }
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> chain = chain(headers);
        for (int i = chain.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(chain.get(i));
            if (hop == null || !isTrusted(hop) || i == 0) {
                return hop == null ? chain.get(i) : hop.getHostAddress();
            }
        }
        return peer.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(c -> c.contains(address));
    }

    /** The forwarded-for addresses, client first: RFC 7239 Forwarded if present, else X-Forwarded-For. */
    private static List<String> chain(HttpHeaders headers) {
        List<String> chain = new ArrayList<>();
        List<String> forwarded = headers.getAll(HttpHeaders.FORWARDED);
        if (!forwarded.isEmpty()) {
            for (String element : String.join(",", forwarded).split(",")) {
                for (String pair : element.split(";")) {
                    String p = pair.strip();
                    if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                        chain.add(hostOf(p.substring(4)));
                    }
                }
            }
            return chain;
        }
        for (String hop : String.join(",", headers.getAll(X_FORWARDED_FOR)).split(",")) {
            if (!hop.isBlank()) {
                chain.add(hostOf(hop));
            }
        }
        return chain;
    }

    /** "[2001:db8::1]:4711" → 2001:db8::1, "192.0.2.1:80" → 192.0.2.1, quotes dropped. */
    private static String hostOf(String value) {
        String v = value.strip().replace("\"", "");
        if (v.startsWith("[") && v.indexOf(']') > 0) {
            return v.substring(1, v.indexOf(']'));
        }
        int colon = v.indexOf(':');
        return colon > 0 && colon == v.lastIndexOf(':') ? v.substring(0, colon) : v;
    }

    static InetAddress literal(String text) {
        if (!LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address or a block of them: 10.0.0.0/8, 2001:db8::/32, 192.0.2.7. */
    record Cidr(byte[] network, int bits) {
        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException(ConfigKeys.API_TRUSTED_PROXIES + ": not an address or CIDR: " + text);
            }
            int max = address.getAddress().length * 8;
            int bits = parts.length == 1 ? max : Integer.parseInt(parts[1]);
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException(ConfigKeys.API_TRUSTED_PROXIES + ": bad prefix length: " + text);
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
