package io.jrtc.signaling.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Small helpers for the HTTP endpoints (echo, WHIP, WHEP): bounded bodies, JSON errors, CORS. */
public final class HttpIo {
    /**
     * How much of an over-limit body is read and discarded so the client sees the 413: a client
     * that is still sending when the server closes gets a broken connection instead of the reply.
     * Beyond this the connection is just closed after the reply.
     */
    private static final long DRAIN_LIMIT = 64L << 20;

    private HttpIo() {
    }

    /** Thrown when a request cannot be served; carries the status and the error name for the reply. */
    public static final class HttpError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;

        public HttpError(int status, String error, String message) {
            super(message);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }

    /**
     * Reads the whole body as UTF-8, refusing more than {@code limit} bytes with 413. A declared
     * length over the limit is refused at once: before the body is sent when the client waits for
     * {@code 100 Continue} (RFC 9110 section 10.1.1), otherwise after reading and discarding up to
     * {@link #DRAIN_LIMIT} bytes of it; a body without a declared length is refused after one
     * byte past the limit, and the rest drained the same way.
     */
    public static String readBody(Request request, int limit) throws HttpError {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > limit && request.getHeaders().contains(HttpHeader.EXPECT, "100-continue")) {
            // Not reading the content means Jetty never sends 100 Continue: the body never comes.
            throw tooLarge(declared, limit);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > limit) {
                drain(in, declared);
                throw tooLarge(declared, limit);
            }
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                drain(in, DRAIN_LIMIT);
                throw new HttpError(413, "body-too-large", "the body is over the limit of " + limit + " bytes");
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HttpError(400, "unreadable-body", "the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * Sends the error after reading and discarding what is left of the request body (up to
     * {@link #DRAIN_LIMIT}): a server that closes a connection with unread input makes the client's
     * side reset it, and the client loses the reply. A client waiting for {@code 100 Continue} is
     * left alone: its body never comes unless the content is read.
     */
    public static void refuse(Request request, Response response, Callback callback, HttpError e) {
        if (!request.getHeaders().contains(HttpHeader.EXPECT, "100-continue")) {
            try (InputStream in = Content.Source.asInputStream(request)) {
                drain(in, DRAIN_LIMIT);
            } catch (IOException | RuntimeException ignored) {
                // Already read to its end, or the client went away: nothing left to discard.
            }
        }
        sendError(response, callback, e);
    }

    private static HttpError tooLarge(long declared, int limit) {
        return new HttpError(413, "body-too-large", "the body is " + declared + " bytes; the limit is " + limit);
    }

    private static void drain(InputStream in, long bytes) throws IOException {
        long left = Math.min(bytes, DRAIN_LIMIT);
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    return;
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** The media type of the request without parameters, lower case, or "" when absent. */
    public static String mediaType(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * CORS for pages from other origins (the echo convention is used from test pages on other
     * localhost ports): any origin, the methods and headers the endpoints use, and the Location
     * and Link headers readable by scripts (WHIP/WHEP clients need them).
     */
    public static void cors(Response response, String methods) {
        response.getHeaders().put("Access-Control-Allow-Origin", "*");
        response.getHeaders().put("Access-Control-Allow-Methods", methods);
        response.getHeaders().put("Access-Control-Allow-Headers", "Content-Type, If-Match, Authorization");
        response.getHeaders().put("Access-Control-Expose-Headers", "Location, Link, ETag, Content-Type");
        response.getHeaders().put("Access-Control-Max-Age", "600");
    }

    /** Sends {@code body} with the status and content type, completing the callback. */
    public static void send(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        if (body == null) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
            callback.succeeded();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** Sends {@code {"error": name, "message": text}} with the status. */
    public static void sendError(Response response, Callback callback, int status, String error, String message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("error", error);
        node.put("message", message);
        send(response, callback, status, "application/json", node.toString());
    }

    /** Sends an {@link HttpError} as JSON. */
    public static void sendError(Response response, Callback callback, HttpError e) {
        sendError(response, callback, e.status(), e.error(), e.getMessage());
    }
}
