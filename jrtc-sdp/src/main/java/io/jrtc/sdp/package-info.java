/** See module-info. */
package io.jrtc.sdp;
