package io.jrtc.webrtc.internal.net;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsFingerprint;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceRole;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.engine.RemoteParameters;
import io.jrtc.webrtc.internal.engine.SessionIceLayer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One engine on the runtime inside a network namespace, for {@link EngineMdnsNetnsTest}: the
 * runtime's shared mDNS socket joins the group on the namespace's veth address only. Args: name,
 * address, role ({@code offer}: ICE controlling, DTLS server, opens a channel and says "ping";
 * {@code answer}: hands out its host candidate as a {@code .local} name), seconds to live.
 * Signaling is lines on stdout and stdin: {@code PARAMS ufrag pwd fingerprint}, {@code CAND line}.
 * It reports {@code CONNECTED <remote ip> <mDNS names resolved>} and {@code GOT <text>}.
 */
public final class EngineNetnsHelper {
    private EngineNetnsHelper() {}

    public static void main(String[] args) throws Exception {
        String address = args[1];
        boolean offerer = args[2].equals("offer");
        int seconds = Integer.parseInt(args[3]);
        InetAddress own = InetAddress.getByName(address);
        HostCandidatePolicy policy = HostCandidatePolicy.builder().ipv6(false).addressFilter(own::equals).build();
        DtlsCertificate cert = DtlsCertificate.generate();
        IceRole role = offerer ? IceRole.CONTROLLING : IceRole.CONTROLLED;
        EngineConfig config = EngineConfig.builder(IceConfig.builder().role(role).build(), cert)
                .obfuscateHostCandidates(!offerer).build();
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            System.exit(3); // bounded: never outlive the test
        });
        try (NetRuntime runtime = NetRuntime.create(2).enableMdns(policy)) {
            Object lock = new Object();
            EngineConnection c = runtime.connect(config, policy, (conn, event) -> {
                switch (event) {
                    case EngineEvent.LocalCandidate lc -> say("CAND " + lc.candidate());
                    case EngineEvent.DataChannel dc when dc.event() instanceof DataChannelEvent.Opened o && offerer -> {
                        o.channel().send("ping");
                        Thread.ofVirtual().start(() -> reportSelected(conn));
                    }
                    case EngineEvent.DataChannel dc when dc.event() instanceof DataChannelEvent.Message m ->
                            say("GOT " + m.text());
                    default -> { }
                }
            });
            IceCredentials ice = c.call((e, now) -> e.localCredentials()).join();
            say("PARAMS " + ice.ufrag() + " " + ice.pwd() + " " + cert.fingerprint().toString().replace(' ', '/'));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(" ", 2);
                switch (f[0]) {
                    case "PARAMS" -> {
                        String[] p = f[1].split(" ");
                        DtlsFingerprint fp = DtlsFingerprint.parse(p[2].replace('/', ' '));
                        c.run((e, now) -> {
                            e.setRemote(now, RemoteParameters.of(new IceCredentials(p[0], p[1]), List.of(fp),
                                    offerer ? DtlsRole.SERVER : DtlsRole.CLIENT));
                            e.start(now);
                            if (offerer) {
                                e.createDataChannel(now, "mdns", DataChannelInit.DEFAULT);
                            }
                        });
                    }
                    case "CAND" -> {
                        IceCandidate cand = IceCandidate.parse(f[1]);
                        c.run((e, now) -> e.addRemoteCandidate(cand));
                    }
                    default -> { }
                }
            }
            synchronized (lock) {
                lock.wait(); // the test ends this process
            }
        } finally {
            watchdog.interrupt();
        }
    }

    // Nomination may come after the first data: wait (bounded) for the selected pair.
    private static void reportSelected(EngineConnection conn) {
        for (int i = 0; i < 300; i++) { // up to 30 s on a loaded machine
            String line = conn.call((e, now) -> {
                var session = ((SessionIceLayer) e.ice()).session();
                return session.selectedPair().map(p -> "CONNECTED " + p.remote().socketAddress().orElseThrow()
                        .getAddress().getHostAddress() + " " + session.stats().mdnsResolved()).orElse(null);
            }).join();
            if (line != null) {
                say(line);
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
        say("CONNECTED none");
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
