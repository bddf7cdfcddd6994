/** See module-info. */
package io.jrtc.stun;
