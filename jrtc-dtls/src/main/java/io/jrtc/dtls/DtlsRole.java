package io.jrtc.dtls;

/**
 * Which side of the DTLS handshake this endpoint plays. WebRTC derives it from the SDP
 * {@code a=setup} attribute (RFC 5763 §5, RFC 8842 §5): the {@code active} side is the client.
 */
public enum DtlsRole {
    /** Sends the ClientHello ({@code a=setup:active}). */
    CLIENT,
    /** Waits for the ClientHello ({@code a=setup:passive}). */
    SERVER;

    /**
     * The role for our own final {@code a=setup} value.
     *
     * @param localSetup {@code active} or {@code passive} (case-insensitive)
     * @throws IllegalArgumentException for {@code actpass} (an offer has not settled the role yet;
     *     the answer decides) or any other value
     */
    public static DtlsRole fromSetup(String localSetup) {
        return switch (localSetup.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "active" -> CLIENT;
            case "passive" -> SERVER;
            case "actpass" -> throw new IllegalArgumentException(
                    "a=setup:actpass does not fix a role; use the setup value from the answer (RFC 5763 §5)");
            default -> throw new IllegalArgumentException("unknown a=setup value: " + localSetup);
        };
    }

    /**
     * The role for us when the remote description says {@code remoteSetup}: its opposite, and
     * for {@code actpass} in an offer we receive, the answerer's usual choice {@code active}
     * (RFC 8842 §5.3), so CLIENT.
     */
    public static DtlsRole forRemoteSetup(String remoteSetup) {
        return switch (remoteSetup.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "active" -> SERVER;
            case "passive", "actpass" -> CLIENT;
            default -> throw new IllegalArgumentException("unknown a=setup value: " + remoteSetup);
        };
    }
}
