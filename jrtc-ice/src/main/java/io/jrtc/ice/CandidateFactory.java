package io.jrtc.ice;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Makes our own candidates: foundations (RFC 8445 §5.1.1.3) and priorities (§5.1.2). */
final class CandidateFactory {
    private CandidateFactory() {}

    /**
     * Candidates of the same type, base IP, STUN/TURN server and transport share a foundation
     * (§5.1.1.3). Hashed to digits, as browsers print them.
     */
    static String foundation(IceCandidateType type, InetAddress baseIp, InetAddress server, IceTransport transport) {
        CRC32 crc = new CRC32();
        String key = type + "|" + baseIp.getHostAddress() + "|" + (server == null ? "" : server.getHostAddress())
                + "|" + transport;
        crc.update(key.getBytes(StandardCharsets.US_ASCII));
        return Long.toString(crc.getValue());
    }

    static IceCandidate host(InetSocketAddress base, int localPreference, String ufrag, int generation) {
        return withExtensions(IceCandidate.builder()
                .foundation(foundation(IceCandidateType.HOST, base.getAddress(), null, IceTransport.UDP))
                .priority(IcePriorities.candidate(IceCandidateType.HOST, localPreference))
                .address(base).type(IceCandidateType.HOST), ufrag, generation);
    }

    static IceCandidate serverReflexive(InetSocketAddress mapped, LocalCandidate base, InetAddress server,
            String ufrag, int generation) {
        return withExtensions(IceCandidate.builder()
                .foundation(foundation(IceCandidateType.SRFLX, base.base().getAddress(), server, IceTransport.UDP))
                .priority(IcePriorities.candidate(IceCandidateType.SRFLX, localPreference(base)))
                .address(mapped).type(IceCandidateType.SRFLX).related(base.base()), ufrag, generation);
    }

    static IceCandidate relay(InetSocketAddress relayed, InetSocketAddress mapped, InetAddress server,
            int localPreference, String ufrag, int generation) {
        return withExtensions(IceCandidate.builder()
                .foundation(foundation(IceCandidateType.RELAY, relayed.getAddress(), server, IceTransport.UDP))
                .priority(IcePriorities.candidate(IceCandidateType.RELAY, localPreference))
                .address(relayed).type(IceCandidateType.RELAY).related(mapped), ufrag, generation);
    }

    /** A peer-reflexive candidate we learned from a response (§7.2.5.3.1): not signaled. */
    static IceCandidate localPeerReflexive(InetSocketAddress mapped, LocalCandidate base) {
        return IceCandidate.builder()
                .foundation(foundation(IceCandidateType.PRFLX, base.base().getAddress(), null, IceTransport.UDP))
                .priority(prflxPriority(base)).address(mapped).type(IceCandidateType.PRFLX).related(base.base())
                .build();
    }

    /** A remote peer-reflexive candidate learned from a check (§7.3.1.3), with its PRIORITY. */
    static IceCandidate remotePeerReflexive(InetSocketAddress source, long priority) {
        return IceCandidate.builder()
                .foundation(foundation(IceCandidateType.PRFLX, source.getAddress(), null, IceTransport.UDP))
                .priority(priority).address(source).type(IceCandidateType.PRFLX).build();
    }

    /** The PRIORITY a check from this base carries: type preference of prflx (§7.1.1). */
    static long prflxPriority(LocalCandidate local) {
        return IcePriorities.candidate(IceCandidateType.PRFLX, localPreference(local));
    }

    /** The local preference the candidate was built with (bits 8-23 of its priority). */
    static int localPreference(LocalCandidate c) {
        return (int) ((c.candidate().priority() >> 8) & 0xFFFF);
    }

    static boolean sameFamily(InetSocketAddress a, InetSocketAddress b) {
        return (a.getAddress() instanceof Inet6Address) == (b.getAddress() instanceof Inet6Address);
    }

    private static IceCandidate withExtensions(IceCandidate.Builder b, String ufrag, int generation) {
        return b.extension("generation", Integer.toString(generation)).extension("ufrag", ufrag).build();
    }
}
