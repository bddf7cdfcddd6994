package io.jrtc.webrtc.internal.net;

import static io.jrtc.webrtc.internal.net.LoopbackPeer.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jrtc.ice.IceRole;
import io.jrtc.sctp.datachannel.DataChannelInit;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Many answerers on one UDP socket, each reached by its own offerer. */
class SinglePortTest {
    private static final int ANSWERERS = 50;

    @Test
    void anIceRestartRegistersTheNewUfragAndTrafficContinues() throws Exception {
        try (NetRuntime runtime = NetRuntime.create(4);
                SinglePort port = runtime.openSinglePort(new InetSocketAddress("127.0.0.1", 0))) {
            LoopbackPeer answerer = new LoopbackPeer("answerer", IceRole.CONTROLLED).open(runtime, port);
            LoopbackPeer offerer = new LoopbackPeer("offerer", IceRole.CONTROLLING).open(runtime);
            answerer.onMessage = (c, m) -> c.send("echo " + m.text());
            java.util.concurrent.BlockingQueue<String> echoes = new java.util.concurrent.LinkedBlockingQueue<>();
            offerer.onMessage = (c, m) -> echoes.add(m.text());
            LoopbackPeer.negotiate(offerer, answerer);
            offerer.connection.run((e, now) -> e.createDataChannel(now, "echo", DataChannelInit.DEFAULT));
            var ch = await(offerer.opened, "open");
            offerer.connection.run((e, now) -> ch.send("one"));
            assertEquals("echo one", echoes.poll(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(1, port.connections());

            var fingerprint = LoopbackPeer.CERT.fingerprint();
            var offerIce = offerer.connection.call((e, now) -> e.restartIce(now)).join();
            var answerIce = answerer.connection.call((e, now) -> {
                var fresh = e.restartIce(now);
                e.setRemote(now, io.jrtc.webrtc.internal.engine.RemoteParameters.of(offerIce, java.util.List.of(fingerprint),
                        io.jrtc.dtls.DtlsRole.CLIENT));
                return fresh;
            }).join();
            offerer.connection.run((e, now) -> e.setRemote(now, io.jrtc.webrtc.internal.engine.RemoteParameters.of(answerIce,
                    java.util.List.of(fingerprint), io.jrtc.dtls.DtlsRole.SERVER)));
            offerer.connection.run((e, now) -> ch.send("two"));
            assertEquals("echo two", echoes.poll(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(2, port.connections(), "the old and the new ufrag route to the answerer");
            offerer.connection.close();
            answerer.connection.close();
        }
    }

    @Test
    void fiftyAnswerersShareOneSocket() throws Exception {
        try (NetRuntime runtime = NetRuntime.create(4);
                SinglePort port = runtime.openSinglePort(new InetSocketAddress("127.0.0.1", 0))) {
            List<LoopbackPeer> offerers = new ArrayList<>();
            List<LoopbackPeer> answerers = new ArrayList<>();
            List<CompletableFuture<String>> echoes = new ArrayList<>();
            for (int i = 0; i < ANSWERERS; i++) {
                LoopbackPeer answerer = new LoopbackPeer("answerer" + i, IceRole.CONTROLLED).open(runtime, port);
                answerer.onMessage = (c, m) -> c.send("echo " + m.text());
                LoopbackPeer offerer = new LoopbackPeer("offerer" + i, IceRole.CONTROLLING).open(runtime);
                CompletableFuture<String> echo = new CompletableFuture<>();
                offerer.onMessage = (c, m) -> echo.complete(m.text());
                LoopbackPeer.negotiate(offerer, answerer);
                String text = "hello " + i;
                offerer.opened.thenAccept(ch -> offerer.connection.run((e, now) -> ch.send(text)));
                offerer.connection.run((e, now) -> e.createDataChannel(now, "echo", DataChannelInit.DEFAULT));
                offerers.add(offerer);
                answerers.add(answerer);
                echoes.add(echo);
            }
            assertEquals(ANSWERERS, port.connections());
            for (int i = 0; i < ANSWERERS; i++) {
                int k = i;
                assertEquals("echo hello " + i, await(echoes.get(i), "echo " + i + "\n" + offerers.get(k) + "\n" + answerers.get(k) + "\n" + offerers.get(k).connection.call((e, n) -> e.stats()).join() + "\n" + answerers.get(k).connection.call((e, n) -> e.stats()).join() + " unrouted " + port.unrouted()));
            }
            for (LoopbackPeer p : answerers) {
                assertEquals(1, p.connection.localAddresses().size());
                assertEquals(port.local(), p.connection.localAddresses().iterator().next());
                assertFalse(p.overlapped);
            }
            offerers.forEach(p -> p.connection.close());
            answerers.forEach(p -> p.connection.close());
        }
    }
}
