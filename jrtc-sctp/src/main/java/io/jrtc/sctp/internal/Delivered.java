package io.jrtc.sctp.internal;

/** A reassembled message; {@code sequence} is its SSN or MID (unused when unordered). */
public record Delivered(int streamId, long sequence, long ppid, byte[] data, boolean unordered) {}
