package io.jrtc.sdp;

/**
 * A validated line with what it means: the raw line, its attribute form for {@code a=} lines, and
 * its typed value ({@link Origin}, {@link MediaLine}, a {@link TypedAttribute}, ...), or null when
 * the line type carries free text or the attribute is not one this package types.
 */
record ParsedLine(SdpLine line, Attribute attribute, Object typed) {}
