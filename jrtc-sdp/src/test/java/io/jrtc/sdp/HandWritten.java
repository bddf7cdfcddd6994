package io.jrtc.sdp;

/** Descriptions written by hand for the tests, shaped like Chromium's, with every attribute this package types. */
final class HandWritten {
    private HandWritten() {}

    /** Joins lines with CRLF, ending the last one too. */
    static String sdp(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** The four session-level lines every description needs. */
    static final String[] SESSION = {"v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0"};

    /** A description of the session lines, then {@code lines}. */
    static SessionDescription session(String... lines) {
        String[] all = new String[SESSION.length + lines.length];
        System.arraycopy(SESSION, 0, all, 0, SESSION.length);
        System.arraycopy(lines, 0, all, SESSION.length, lines.length);
        return SessionDescription.parse(sdp(all));
    }

    /** A single audio section with these lines after its m= line. */
    static MediaDescription media(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "m=audio 9 UDP/TLS/RTP/SAVPF 111";
        System.arraycopy(lines, 0, all, 1, lines.length);
        return session(all).media().get(0);
    }

    /** An offer with audio, simulcast video, a data channel and a legacy data channel section. */
    static final String CHROMIUM_LIKE_OFFER = sdp(
            "v=0",
            "o=- 4611731400430051336 2 IN IP4 127.0.0.1",
            "s=-",
            "t=0 0",
            "a=group:BUNDLE 0 1 2",
            "a=extmap-allow-mixed",
            "a=msid-semantic: WMS stream1",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 0 126",
            "c=IN IP4 0.0.0.0",
            "b=AS:64",
            "a=rtcp:9 IN IP4 0.0.0.0",
            "a=candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.0.5 rport 46154 generation 0 ufrag EsAw network-cost 999",
            "a=candidate:1467250027 1 tcp 1518280447 10.0.0.5 9 typ host tcptype active generation 0 network-id 1",
            "a=candidate:3 1 udp 2113937151 4ad1c3b6-1234-4a5b-9c8d-0123456789ab.local 54321 typ host",
            "a=end-of-candidates",
            "a=ice-ufrag:EsAw",
            "a=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1",
            "a=ice-options:trickle renomination",
            "a=fingerprint:sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:3B:A9:83:E2:44:BA:54:7F:3A:BB:11:0C",
            "a=setup:actpass",
            "a=mid:0",
            "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
            "a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level vad=on",
            "a=sendrecv",
            "a=msid:stream1 track1",
            "a=rtcp-mux",
            "a=rtcp-rsize",
            "a=rtpmap:111 opus/48000/2",
            "a=rtcp-fb:111 transport-cc",
            "a=fmtp:111 minptime=10;useinbandfec=1",
            "a=rtpmap:63 red/48000/2",
            "a=fmtp:63 111/111",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:126 telephone-event/8000",
            "a=x-unknown-attribute:kept  verbatim ",
            "a=ssrc:1001 cname:4TOk42mSjXCkVIa6",
            "a=ssrc:1001 msid:stream1 track1",
            "m=video 9 UDP/TLS/RTP/SAVPF 96 97",
            "c=IN IP4 0.0.0.0",
            "a=rtcp:9 IN IP4 0.0.0.0",
            "a=ice-ufrag:EsAw",
            "a=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1",
            "a=ice-options:trickle renomination",
            "a=fingerprint:sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:3B:A9:83:E2:44:BA:54:7F:3A:BB:11:0C",
            "a=setup:actpass",
            "a=mid:1",
            "a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id",
            "a=sendonly",
            "a=msid:- track2",
            "a=rtcp-mux",
            "a=rtcp-rsize",
            "a=rtpmap:96 VP8/90000",
            "a=rtcp-fb:96 nack pli",
            "a=rtcp-fb:* ccm fir",
            "a=rtpmap:97 rtx/90000",
            "a=fmtp:97 apt=96",
            "a=rid:f send pt=96,97;max-width=1280;max-height=720",
            "a=rid:h send",
            "a=rid:q send max-fps=15",
            "a=simulcast:send f;h,~q",
            "a=ssrc-group:FID 2001 2002",
            "a=ssrc:2001 cname:4TOk42mSjXCkVIa6",
            "a=ssrc:2002 cname:4TOk42mSjXCkVIa6",
            "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
            "c=IN IP4 0.0.0.0",
            "a=ice-ufrag:EsAw",
            "a=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1",
            "a=ice-options:trickle renomination",
            "a=fingerprint:sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:3B:A9:83:E2:44:BA:54:7F:3A:BB:11:0C",
            "a=setup:actpass",
            "a=mid:2",
            "a=sctp-port:5000",
            "a=max-message-size:262144",
            "m=application 0 DTLS/SCTP 5000",
            "c=IN IP4 0.0.0.0",
            "a=mid:3",
            "a=sctpmap:5000 webrtc-datachannel 1024");
}
