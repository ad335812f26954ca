package dev.modelyard.server.http;

import dev.modelyard.core.error.ModelyardException;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Refuses to expose an unauthenticated server beyond this machine unless the operator says so explicitly. */
public final class BindPolicy {
    private BindPolicy() {}

    /** Resolves {@code host} and throws INVALID_INPUT when it is not loopback, auth is off and insecure is not set. */
    public static InetAddress check(String host, TokenAuth auth, boolean insecure) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw ModelyardException.invalid("cannot resolve --host '" + host + "'");
        }
        if (!address.isLoopbackAddress() && !auth.enabled() && !insecure) {
            throw ModelyardException.invalid("refusing to listen on non-loopback address " + host
                    + " without authentication: give --auth-token T (clients then send 'Authorization: Bearer T'),"
                    + " or --insecure to accept anyone on the network");
        }
        return address;
    }
}
