package io.jrtc.dtls;

/** What a {@link DtlsTransport} reports through {@link DtlsTransport#pollEvent()}. */
public sealed interface DtlsEvent {
    /** The transport moved to {@code state}. */
    record StateChanged(DtlsState state) implements DtlsEvent {}

    /**
     * The handshake completed and the peer's certificate matched its fingerprint.
     *
     * @param keys the negotiated SRTP profile and keying material, or null if the peer did not
     *     negotiate use_srtp (a data-channel-only peer may not)
     */
    record Connected(SrtpKeyingMaterial keys) implements DtlsEvent {}

    /** A decrypted application-data record (for WebRTC: an SCTP packet). */
    record ApplicationData(byte[] data) implements DtlsEvent {}

    /**
     * The transport failed.
     *
     * @param reason why, naming the alert (e.g. {@code "sent fatal alert bad_certificate(42)"})
     * @param alert the TLS alert description number, or -1 when no alert was involved (timeout)
     */
    record Failed(String reason, int alert) implements DtlsEvent {}
}
