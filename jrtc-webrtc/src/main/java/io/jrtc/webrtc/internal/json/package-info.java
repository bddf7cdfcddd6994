/** A strict, small JSON reader and writer for the signaling objects browsers exchange. */
package io.jrtc.webrtc.internal.json;
