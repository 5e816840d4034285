package skill.api.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forwarded addresses count only from trusted proxies, and only as far as the chain is theirs. */
class ClientAddressesTest {
    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", " 2001:db8::/32", "192.0.2.7"));

    @Test
    void withoutTrustedProxiesThePeerIsTheClient() {
        ClientAddresses direct = new ClientAddresses(List.of());
        assertThat(direct.of(peer("10.1.2.3"), get().header("X-Forwarded-For", "198.51.100.1").getHeaders()))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertThat(behindProxies.of(peer("203.0.113.5"), get().header("X-Forwarded-For", "198.51.100.1").getHeaders()))
                .isEqualTo("203.0.113.5");
        assertThat(behindProxies.of(peer("203.0.113.5"), get().header("Forwarded", "for=198.51.100.1").getHeaders()))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void aTrustedProxyNamesTheNearestUntrustedAddress() {
        // The client may prepend anything; only what the trusted proxies appended counts.
        assertThat(behindProxies.of(peer("10.0.0.9"),
                get().header("X-Forwarded-For", "1.1.1.1, 198.51.100.1, 192.0.2.7").getHeaders())).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of(peer("10.0.0.9"),
                get().header("Forwarded", "for=1.1.1.1, for=\"[2001:db9::1]:4711\";proto=https, for=10.9.9.9").getHeaders()))
                .isEqualTo("2001:db9:0:0:0:0:0:1");
        assertThat(behindProxies.of(peer("2001:db8::5"), get().header("X-Forwarded-For", "198.51.100.1:5555").getHeaders()))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void onlyTrustedHopsOrNoneLeaveTheFirstOrThePeer() {
        assertThat(behindProxies.of(peer("10.0.0.9"), get().header("X-Forwarded-For", "10.0.0.1, 10.0.0.2").getHeaders()))
                .isEqualTo("10.0.0.1");
        assertThat(behindProxies.of(peer("10.0.0.9"), get().getHeaders())).isEqualTo("10.0.0.9");
        assertThat(behindProxies.of(peer("10.0.0.9"), get().header("X-Forwarded-For", "unknown").getHeaders()))
                .as("no host name lookups").isEqualTo("unknown");
    }

    @Test
    void aBadTrustedProxyStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static MutableHttpRequest<?> get() {
        return HttpRequest.GET("/api/v1/badge-events/stream");
    }

    private static InetSocketAddress peer(String address) {
        return new InetSocketAddress(ClientAddresses.literal(address), 40000);
    }
}
