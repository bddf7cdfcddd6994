package io.jrtc.sctp.internal;

/** One received DATA or I-DATA fragment; {@code sequence} is the SSN or MID, {@code fsn} only for I-DATA. */
public record Fragment(long tsn, int streamId, boolean unordered, boolean beginning, boolean ending,
        long sequence, long ppid, long fsn, byte[] payload) {}
