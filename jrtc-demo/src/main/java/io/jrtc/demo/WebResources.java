package io.jrtc.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the demo's page files from the class path ({@code io/jrtc/demo/web/}); {@code /} is
 * {@code index.html}. Only plain names (letters, digits, '-', '.') are served, so no request can
 * reach other resources.
 */
final class WebResources extends Handler.Abstract {
    private static final String BASE = "/io/jrtc/demo/web/";
    private static final long MAX_DISCARD = 1 << 20;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            // Read what the client sends first: closing on unread input would reset the connection
            // and lose the reply. Bounded; a longer body just gets the connection closed.
            try (InputStream in = Content.Source.asInputStream(request)) {
                byte[] sink = new byte[8192];
                long total = 0;
                for (int n; total < MAX_DISCARD && (n = in.read(sink)) >= 0; ) {
                    total += n;
                }
            } catch (IOException e) {
                // the client went away
            }
            Response.writeError(request, response, callback, 405, "only GET is served here");
            return true;
        }
        String path = request.getHttpURI().getCanonicalPath();
        String name = path.equals("/") ? "index.html" : path.substring(1);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null || !name.matches("[A-Za-z0-9][A-Za-z0-9.-]*")) {
            Response.writeError(request, response, callback, 404, "no such page: " + path);
            return true;
        }
        byte[] body;
        try (InputStream in = WebResources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                Response.writeError(request, response, callback, 404, "no such page: " + path);
                return true;
            }
            body = in.readAllBytes();
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
        return true;
    }
}
