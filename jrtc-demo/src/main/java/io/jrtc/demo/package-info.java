/**
 * The runnable application behind {@code ./jrtc echo}, {@code ./jrtc echo-client} and
 * {@code ./jrtc demo}: the echo service, the echo client and the browser demo page.
 */
package io.jrtc.demo;
