/**
 * The I/O runtime: UDP sockets, one reader per socket, one timer per connection at the engine's
 * earliest {@code pollTimeout()}, and one serial context per connection on a shared pool. The only
 * package that owns threads, sockets and {@link System#nanoTime()} (DESIGN.md, "The runtime").
 */
package io.jrtc.webrtc.internal.net;
