/** Checks of the W3C configuration steps and ICE server URL parsing, shared by the API and the engine. */
package io.jrtc.webrtc.internal.config;
