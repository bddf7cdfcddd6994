package io.jrtc.ice.mdns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;

/**
 * A child process for {@link MdnsNetnsTest}, run inside a network namespace with
 * {@code ip netns exec}: pumps a sans-IO responder or resolver over a real multicast socket on
 * 224.0.0.251:5353 with {@link System#nanoTime()}, and bounds its own lifetime.
 *
 * <pre>
 * respond &lt;interface&gt; &lt;address&gt; &lt;seconds&gt;   prints "READY &lt;name&gt;", answers until the time is up
 * resolve &lt;interface&gt; &lt;name&gt; &lt;seconds&gt;      prints "RESOLVED &lt;address&gt;" (exit 0) or "FAILED ..." (exit 1)
 * </pre>
 */
public final class MdnsSocketHelper {
    private MdnsSocketHelper() {}

    public static void main(String[] args) throws IOException {
        NetworkInterface nif = NetworkInterface.getByName(args[1]);
        long deadline = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        try (MulticastSocket socket = new MulticastSocket(null)) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(5353));
            socket.setNetworkInterface(nif);
            socket.setTimeToLive(255);   // RFC 6762 §11
            socket.joinGroup(MdnsResolver.GROUP_V4, nif);
            int code = args[0].equals("respond") ? respond(socket, InetAddress.getByName(args[2]), deadline)
                    : resolve(socket, args[2], deadline);
            System.exit(code);
        }
    }

    private static int respond(MulticastSocket socket, InetAddress address, long deadline) throws IOException {
        MdnsResponder responder = new MdnsResponder();
        System.out.println("READY " + responder.register(address));
        System.out.flush();
        byte[] buf = new byte[9000];
        while (System.nanoTime() - deadline < 0) {
            if (receive(socket, buf, deadline, responder::handleInput)) {
                for (MdnsResponder.Reply r = responder.pollTransmit(); r != null; r = responder.pollTransmit()) {
                    socket.send(new DatagramPacket(r.payload(), r.payload().length, r.destination()));
                }
            }
        }
        return 0;
    }

    private static int resolve(MulticastSocket socket, String name, long deadline) throws IOException {
        MdnsResolver resolver = new MdnsResolver(java.time.Duration.ofNanos(deadline - System.nanoTime()));
        resolver.resolve(System.nanoTime(), name);
        byte[] buf = new byte[9000];
        while (true) {
            for (byte[] b = resolver.pollTransmit(); b != null; b = resolver.pollTransmit()) {
                socket.send(new DatagramPacket(b, b.length, MdnsResolver.GROUP_V4));
            }
            MdnsEvent e = resolver.pollEvent();
            if (e instanceof MdnsEvent.Resolved r) {
                System.out.println("RESOLVED " + r.addresses().get(0).getHostAddress());
                return 0;
            }
            if (e instanceof MdnsEvent.Failed f) {
                System.out.println("FAILED " + f.reason());
                return 1;
            }
            receive(socket, buf, Math.min(resolver.pollTimeout(), deadline),
                    (now, from, b, off, len) -> resolver.handleInput(now, b, off, len));
            if (resolver.pollTimeout() - System.nanoTime() <= 0) {
                resolver.handleTimeout(System.nanoTime());
            }
        }
    }

    private interface Input {
        void handle(long now, InetSocketAddress from, byte[] buf, int off, int len);
    }

    private static boolean receive(MulticastSocket socket, byte[] buf, long until, Input input) throws IOException {
        long ms = Math.max(1, (until - System.nanoTime()) / 1_000_000L);
        socket.setSoTimeout((int) Math.min(ms, 1000));
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            return false;
        }
        input.handle(System.nanoTime(), (InetSocketAddress) p.getSocketAddress(), p.getData(), p.getOffset(), p.getLength());
        return true;
    }
}
