package io.jrtc.demo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Where a test page POSTs its results: each body is queued for the test to take. */
final class ReportSink extends Handler.Abstract {
    private final LinkedBlockingQueue<String> reports = new LinkedBlockingQueue<>();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // Pages from another localhost origin post here (a JSON body, so after a preflight).
        response.getHeaders().put("Access-Control-Allow-Origin", "*");
        response.getHeaders().put("Access-Control-Allow-Methods", "POST, OPTIONS");
        response.getHeaders().put("Access-Control-Allow-Headers", "Content-Type");
        if (request.getMethod().equals("POST")) {
            try (InputStream in = Content.Source.asInputStream(request)) {
                reports.add(new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8));
            }
        }
        response.setStatus(204);
        callback.succeeded();
        return true;
    }

    /** The next report, failing the test if none comes within {@code seconds}. */
    String take(long seconds) throws InterruptedException {
        String r = reports.poll(seconds, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the page reported nothing within " + seconds + " s");
        }
        return r;
    }
}
