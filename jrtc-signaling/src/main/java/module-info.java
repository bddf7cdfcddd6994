/**
 * WebSocket signaling with rooms: a server on Jetty 12 and a client on {@code java.net.http}.
 * The JSON protocol is described in the {@link io.jrtc.signaling} package documentation.
 */
module io.jrtc.signaling {
    // Builder routes take Jetty handlers, so users of the module see Jetty's server types.
    requires transitive org.eclipse.jetty.server;
    requires org.eclipse.jetty.websocket.server;
    requires org.eclipse.jetty.http;
    requires com.fasterxml.jackson.databind;
    requires transitive java.net.http;
    requires transitive io.jrtc.webrtc;
    requires org.slf4j;

    exports io.jrtc.signaling;
}
