package io.jrtc.webrtc.internal.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sdp.Codec;
import io.jrtc.sdp.Direction;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.Fmtp;
import io.jrtc.sdp.RtcpFeedback;
import io.jrtc.sdp.RtpMap;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodecNegotiationTest {
    private static Codec codec(int pt, String name, int rate, String fmtp, RtcpFeedback... fb) {
        return new Codec(pt, Optional.of(new RtpMap(pt, name, rate)), Optional.ofNullable(fmtp).map(f -> new Fmtp(pt, f)),
                List.of(fb));
    }

    @Test
    void keepsTheRemotePayloadTypesAndOrderAndDropsUnknownCodecs() {
        List<Codec> remote = List.of(codec(120, "H264", 90000, "packetization-mode=1;profile-level-id=42e01f"),
                codec(121, "rtx", 90000, "apt=120"), codec(100, "VP8", 90000, null), codec(101, "rtx", 90000, "apt=100"),
                codec(102, "FOO", 90000, null), codec(103, "rtx", 90000, "apt=102"));
        List<Codec> result = CodecNegotiation.intersect(remote, DefaultCapabilities.videoCodecs());
        assertEquals(List.of(120, 121, 100, 101), result.stream().map(Codec::payloadType).toList());
    }

    @Test
    void h264ProfilesAndPacketizationModesMustMatch() {
        List<Codec> local = DefaultCapabilities.videoCodecs();
        assertTrue(CodecNegotiation.intersect(
                List.of(codec(102, "H264", 90000, "packetization-mode=0;profile-level-id=42e01f")), local).isEmpty());
        assertTrue(CodecNegotiation.intersect(
                List.of(codec(102, "H264", 90000, "packetization-mode=1;profile-level-id=640032")), local).isEmpty());
        assertEquals(1, CodecNegotiation.intersect(
                List.of(codec(102, "h264", 90000, "packetization-mode=1;profile-level-id=42E034")), local).size(),
                "the level may differ; names are case-insensitive");
        assertTrue(CodecNegotiation.intersect(List.of(codec(98, "VP9", 90000, "profile-id=2")), local).isEmpty());
    }

    @Test
    void feedbackIsTheIntersection() {
        Codec remote = codec(96, "VP8", 90000, null, RtcpFeedback.of(96, "nack", null), RtcpFeedback.of(96, "nack", "pli"),
                RtcpFeedback.of(96, "nack", "sli"), RtcpFeedback.of(96, "x-custom", null));
        Codec result = CodecNegotiation.intersect(List.of(remote), DefaultCapabilities.videoCodecs()).get(0);
        assertEquals(List.of("nack", "nack pli"),
                result.feedback().stream().map(f -> f.type() + f.parameter().map(p -> " " + p).orElse("")).toList());
    }

    @Test
    void staticPayloadTypesWithoutRtpmapAndChannelCounts() {
        Codec pcmu = new Codec(0, Optional.empty(), Optional.empty(), List.of());
        assertEquals(1, CodecNegotiation.intersect(List.of(pcmu), List.of(pcmu)).size());
        Codec mono = new Codec(111, Optional.of(new RtpMap(111, "opus", 48000)), Optional.empty(), List.of());
        assertTrue(CodecNegotiation.intersect(List.of(mono), DefaultCapabilities.audioCodecs()).isEmpty(),
                "opus is always /2 (RFC 7587 section 7)");
    }

    @Test
    void extensionsKeepTheRemoteIds() {
        List<ExtMap> result = CodecNegotiation.intersectExtensions(
                List.of(new ExtMap(9, "urn:ietf:params:rtp-hdrext:sdes:mid"), new ExtMap(5, "urn:x")),
                DefaultCapabilities.headerExtensions(MediaKind.AUDIO));
        assertEquals(List.of(new ExtMap(9, "urn:ietf:params:rtp-hdrext:sdes:mid")), result);
    }

    @Test
    void answerDirectionFollowsRfc3264() {
        RTCRtpTransceiverDirection[] local = {RTCRtpTransceiverDirection.SENDRECV, RTCRtpTransceiverDirection.SENDONLY,
                RTCRtpTransceiverDirection.RECVONLY, RTCRtpTransceiverDirection.INACTIVE};
        // rows: offered sendrecv, sendonly, recvonly, inactive; columns: local as above
        Direction[][] expected = {
                {Direction.SENDRECV, Direction.SENDONLY, Direction.RECVONLY, Direction.INACTIVE},
                {Direction.RECVONLY, Direction.INACTIVE, Direction.RECVONLY, Direction.INACTIVE},
                {Direction.SENDONLY, Direction.SENDONLY, Direction.INACTIVE, Direction.INACTIVE},
                {Direction.INACTIVE, Direction.INACTIVE, Direction.INACTIVE, Direction.INACTIVE}};
        Direction[] offered = {Direction.SENDRECV, Direction.SENDONLY, Direction.RECVONLY, Direction.INACTIVE};
        for (int o = 0; o < 4; o++) {
            for (int l = 0; l < 4; l++) {
                assertEquals(expected[o][l], Directions.answer(offered[o], local[l]), offered[o] + " x " + local[l]);
            }
        }
        assertEquals(Direction.INACTIVE, Directions.toSdp(RTCRtpTransceiverDirection.STOPPED));
        for (RTCRtpTransceiverDirection d : local) {
            assertEquals(d, Directions.fromSdp(Directions.toSdp(d)));
        }
    }
}
