package io.jrtc.ice.mdns;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.session.IceSession;
import io.jrtc.ice.session.IceSessionConfig;
import io.jrtc.ice.session.SessionTransmit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A child process for {@link SessionNetnsTest}, run inside a network namespace: one
 * {@link IceSession} on a real UDP socket and a real multicast socket (224.0.0.251:5353), with
 * signaling as lines on stdin and stdout, bounded in time.
 *
 * <pre>
 * a &lt;interface&gt; &lt;address&gt; &lt;seconds&gt;   controlling, resolves .local candidates, sends "ping" once connected
 * b &lt;interface&gt; &lt;address&gt; &lt;seconds&gt;   controlled, hands out its host candidate as a .local name
 * out: CRED ufrag pwd | CAND line | END | CONNECTED remote-address resolved-count | GOT text
 * in:  CRED ufrag pwd | CAND line | END
 * </pre>
 */
public final class SessionSocketHelper {
    private SessionSocketHelper() {}

    public static void main(String[] args) throws Exception {
        boolean a = args[0].equals("a");
        NetworkInterface nif = NetworkInterface.getByName(args[1]);
        long deadline = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        IceSession s = new IceSession(IceSessionConfig.builder(IceConfig.builder()
                .role(a ? IceRole.CONTROLLING : IceRole.CONTROLLED).build()).obfuscateHostCandidates(!a).build());
        ConcurrentLinkedQueue<String> inbox = new ConcurrentLinkedQueue<>();
        try (Selector selector = Selector.open();
                DatagramChannel udp = DatagramChannel.open(StandardProtocolFamily.INET);
                DatagramChannel mdns = DatagramChannel.open(StandardProtocolFamily.INET)) {
            udp.bind(new InetSocketAddress(InetAddress.getByName(args[2]), 0)).configureBlocking(false)
                    .register(selector, SelectionKey.OP_READ);
            mdns.setOption(StandardSocketOptions.SO_REUSEADDR, true).bind(new InetSocketAddress(5353))
                    .setOption(StandardSocketOptions.IP_MULTICAST_IF, nif)
                    .setOption(StandardSocketOptions.IP_MULTICAST_TTL, 255); // RFC 6762 §11
            mdns.join(MdnsResolver.GROUP_V4.getAddress(), nif);
            mdns.configureBlocking(false).register(selector, SelectionKey.OP_READ);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        inbox.add(line);
                        selector.wakeup();
                    }
                } catch (IOException e) {
                    // the parent went away: the deadline ends this process
                }
            });
            reader.setDaemon(true);
            reader.start();

            InetSocketAddress base = (InetSocketAddress) udp.getLocalAddress();
            s.addHostAddress(base);
            IceCredentials mine = s.localCredentials();
            say("CRED " + mine.ufrag() + " " + mine.pwd());
            s.startGathering(System.nanoTime());
            ByteBuffer buf = ByteBuffer.allocate(9000);
            boolean connectedSaid = false;
            long nextPing = 0;
            while (System.nanoTime() - deadline < 0) {
                long now = System.nanoTime();
                for (String line = inbox.poll(); line != null; line = inbox.poll()) {
                    if (line.startsWith("CRED ")) {
                        String[] p = line.split(" ");
                        s.setRemoteCredentials(new IceCredentials(p[1], p[2]));
                    } else if (line.startsWith("CAND ")) {
                        s.addRemoteCandidate(now, IceCandidate.parse(line.substring(5)));
                    } else if (line.equals("END")) {
                        s.endOfRemoteCandidates();
                    }
                }
                for (SessionTransmit t = s.pollTransmit(); t != null; t = s.pollTransmit()) {
                    if (t instanceof SessionTransmit.Udp u) {
                        udp.send(ByteBuffer.wrap(u.payload()), u.remote());
                    } else if (t instanceof SessionTransmit.Mdns m) {
                        mdns.send(ByteBuffer.wrap(m.payload()), m.destination());
                    }
                }
                for (IceEvent e = s.pollEvent(); e != null; e = s.pollEvent()) {
                    switch (e) {
                        case IceEvent.LocalCandidate c -> say("CAND " + c.candidate());
                        case IceEvent.GatheringStateChanged g when g.state() == IceGatheringState.COMPLETE -> say("END");
                        case IceEvent.DataReceived d -> say("GOT " + new String(d.datagram().payload(), StandardCharsets.UTF_8));
                        default -> { }
                    }
                }
                IceConnectionState st = s.connectionState();
                boolean connected = s.selectedPair().isPresent()
                        && (st == IceConnectionState.CONNECTED || st == IceConnectionState.COMPLETED);
                if (connected && !connectedSaid) {
                    connectedSaid = true;
                    say("CONNECTED " + s.selectedPair().get().remote().address() + " " + s.stats().mdnsResolved());
                }
                if (a && connected && now - nextPing >= 0) {
                    s.send(now, "ping".getBytes(StandardCharsets.UTF_8));
                    nextPing = now + 200_000_000L;
                    continue; // send it before sleeping
                }
                long wake = Math.min(s.pollTimeout(), deadline);
                long ms = Math.max(1, Math.min(100, (wake - System.nanoTime()) / 1_000_000L));
                selector.select(ms);
                selector.selectedKeys().clear();
                for (InetSocketAddress from = (InetSocketAddress) udp.receive(buf.clear()); from != null;
                        from = (InetSocketAddress) udp.receive(buf.clear())) {
                    byte[] b = new byte[buf.position()];
                    buf.flip().get(b);
                    s.handleUdpInput(System.nanoTime(), base, from, b);
                }
                for (InetSocketAddress from = (InetSocketAddress) mdns.receive(buf.clear()); from != null;
                        from = (InetSocketAddress) mdns.receive(buf.clear())) {
                    s.handleMdnsInput(System.nanoTime(), from, buf.array(), 0, buf.position());
                }
                if (s.pollTimeout() - System.nanoTime() <= 0) {
                    s.handleTimeout(System.nanoTime());
                }
            }
        }
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
