/** Real third-party peers a test starts on loopback and stops by PID: coturn. */
package io.jrtc.testkit.peers;
