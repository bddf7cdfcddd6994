/**
 * mDNS for ICE candidates (RFC 6762, draft-ietf-mmusic-mdns-ice-candidates): a sans-IO
 * {@link io.jrtc.ice.mdns.MdnsResolver} for the {@code xxxx.local} host candidates browsers hand
 * out, a sans-IO {@link io.jrtc.ice.mdns.MdnsResponder} that answers for our own random UUID
 * names, and the defensive wire codec {@link io.jrtc.ice.mdns.MdnsPacket}. The runtime owns the
 * multicast socket (224.0.0.251:5353, [ff02::fb]:5353) and the clock.
 */
package io.jrtc.ice.mdns;
