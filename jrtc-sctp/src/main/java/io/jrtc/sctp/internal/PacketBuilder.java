package io.jrtc.sctp.internal;

/**
 * Bundles chunks into one packet of at most {@code mtu} bytes (RFC 9260 §6.10) and fills in the
 * common header and checksum.
 */
public final class PacketBuilder {
    private final Writer w;
    private final int mtu;
    private int chunks;

    public PacketBuilder(int srcPort, int dstPort, long vtag, int mtu) {
        this(new Writer(Math.min(mtu, 2048)), srcPort, dstPort, vtag, mtu);
    }

    /**
     * A builder writing into {@code scratch}, which is reset first: the association keeps one
     * and reuses it for every packet, as {@link #finish} copies the packet out.
     */
    public PacketBuilder(Writer scratch, int srcPort, int dstPort, long vtag, int mtu) {
        this.mtu = mtu;
        this.w = scratch.reset();
        w.u16(srcPort).u16(dstPort).u32(vtag).u32(0);
    }

    public int room() {
        return mtu - w.position();
    }

    public boolean isEmpty() {
        return chunks == 0;
    }

    public Writer writer() {
        chunks++;
        return w;
    }

    public byte[] finish(boolean zeroChecksum) {
        byte[] out = w.toByteArray();
        if (!zeroChecksum) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(out, 0, out.length);
            int c = Integer.reverseBytes((int) crc.getValue());
            out[8] = (byte) (c >>> 24);
            out[9] = (byte) (c >>> 16);
            out[10] = (byte) (c >>> 8);
            out[11] = (byte) c;
        }
        return out;
    }
}
