/**
 * TURN servers for tests (RFC 8656): a scripted one that builds the responses a test chooses, and
 * a small simulated one that enforces allocation, permission and channel lifetimes.
 */
package io.jrtc.testkit.turn;
