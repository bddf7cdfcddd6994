package io.jrtc.sctp;

import io.jrtc.sctp.internal.ChunkCodec;
import io.jrtc.sctp.internal.Reader;
import io.jrtc.sctp.internal.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * An SCTP packet (RFC 9260 §3): common header and chunks. {@link #parse} checks the CRC32c
 * (RFC 9260 Appendix A) unless zero checksums are acceptable and the checksum is zero (RFC 9653).
 *
 * @param sourcePort source port (5000 in WebRTC by default)
 * @param destinationPort destination port
 * @param verificationTag the receiver's tag (0 for INIT)
 * @param chunks the chunks in order
 */
public record SctpPacket(int sourcePort, int destinationPort, long verificationTag, List<Chunk> chunks) {
    /** Size of the common header. */
    public static final int HEADER_SIZE = 12;
    private static final int MAX_CHUNKS = 4096;

    /** Copies the list. */
    public SctpPacket {
        chunks = List.copyOf(chunks);
    }

    /** Parses a packet, requiring a correct CRC32c. */
    public static SctpPacket parse(byte[] data) throws SctpParseException {
        return parse(data, false);
    }

    /**
     * Parses a packet.
     *
     * @param zeroChecksumAcceptable accept a checksum of zero without checking it (RFC 9653 §5.3),
     *     which the association allows only when it announced the parameter and runs over DTLS
     */
    public static SctpPacket parse(byte[] data, boolean zeroChecksumAcceptable) throws SctpParseException {
        if (data == null || data.length < HEADER_SIZE) {
            throw new SctpParseException("packet shorter than the 12-byte common header", 0);
        }
        Reader r = new Reader(data, 0, data.length);
        int src = r.u16("source port");
        int dst = r.u16("destination port");
        long tag = r.u32("verification tag");
        long checksum = r.u32("checksum");
        if (!(zeroChecksumAcceptable && checksum == 0) && checksum != crc32c(data)) {
            throw new SctpParseException("bad CRC32c checksum", 8);
        }
        List<Chunk> chunks = new ArrayList<>();
        while (r.remaining() > 0) {
            if (chunks.size() >= MAX_CHUNKS) {
                throw new SctpParseException("too many chunks", r.position());
            }
            int at = r.position();
            int type = r.u8("chunk type");
            int flags = r.u8("chunk flags");
            int length = r.u16("chunk length");
            if (length < 4) {
                throw new SctpParseException("chunk length " + length + " below 4", at);
            }
            Reader value = r.slice(length - 4, "chunk value");
            chunks.add(ChunkCodec.decode(type, flags, value, at));
            r.skipPadding(0);
        }
        if (chunks.isEmpty()) {
            throw new SctpParseException("packet without chunks", HEADER_SIZE);
        }
        return new SctpPacket(src, dst, tag, chunks);
    }

    /** Encodes with a CRC32c checksum. */
    public byte[] encode() {
        return encode(false);
    }

    /** Encodes, with a zero checksum when {@code zeroChecksum} (RFC 9653 §5.2), else CRC32c. */
    public byte[] encode(boolean zeroChecksum) {
        Writer w = new Writer(HEADER_SIZE + 64 * chunks.size());
        w.u16(sourcePort).u16(destinationPort).u32(verificationTag).u32(0);
        for (Chunk c : chunks) {
            encodeChunk(w, c);
        }
        byte[] out = w.toByteArray();
        if (!zeroChecksum) {
            writeChecksum(out);
        }
        return out;
    }

    /** Appends one chunk with header and padding (exposed for the association's packet builder). */
    static void encodeChunk(Writer w, Chunk c) {
        int start = w.position();
        w.u8(c.type()).u8(c.flags()).u16(0);
        c.writeValue(w);
        w.putU16At(start + 2, w.position() - start);
        w.pad(0);
    }

    /** Encoded size of a chunk including its padding. */
    public static int encodedSize(Chunk c) {
        Writer w = new Writer(64);
        encodeChunk(w, c);
        return w.position();
    }

    /** CRC32c over the packet with the checksum field taken as zero, as an unsigned 32-bit value. */
    static long crc32c(byte[] packet) {
        CRC32C crc = new CRC32C();
        crc.update(packet, 0, 8);
        crc.update(new byte[4]);
        crc.update(packet, HEADER_SIZE, packet.length - HEADER_SIZE);
        long v = crc.getValue();
        // RFC 9260 Appendix A: the reflected CRC's least significant byte goes first on the wire.
        return Integer.reverseBytes((int) v) & 0xffffffffL;
    }

    private static void writeChecksum(byte[] out) {
        long c = crc32c(out);
        out[8] = (byte) (c >>> 24);
        out[9] = (byte) (c >>> 16);
        out[10] = (byte) (c >>> 8);
        out[11] = (byte) c;
    }
}
