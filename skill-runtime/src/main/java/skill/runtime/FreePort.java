package skill.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A port free right now. Micronaut routes the management endpoints by the exact port configured
 * ({@code endpoints.all.port}): "any free port" (0 or -1) would match no request, so it is chosen
 * before the context starts.
 */
public final class FreePort {
    private FreePort() {
    }

    /** @return {@code port}, or a free one for 0 */
    public static int orAny(int port) {
        return port != 0 ? port : any();
    }

    public static int any() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
