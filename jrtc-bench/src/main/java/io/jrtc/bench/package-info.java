/** JMH benchmarks for jrtc; run them with {@code ./jrtc bench}. */
package io.jrtc.bench;
