package io.jrtc.ice.session;

import io.jrtc.ice.IceStats;

/**
 * Counters of one {@link IceSession}, for {@code getStats()}.
 *
 * @param agent the ICE agent's own counters
 * @param droppedUnroutable input the session could not route: a stream it does not know, a
 *     datagram on a stream-only path, relayed data for an allocation that is gone
 * @param relaySendFailures datagrams the agent sent from a relayed candidate whose allocation was
 *     not usable (not yet allocated, or failed)
 * @param turnDropped TURN messages the TURN clients dropped (malformed, unexpected or unauthentic)
 * @param mdnsResolved remote {@code .local} candidates resolved and added
 * @param mdnsUnresolved remote {@code .local} candidates dropped because no answer came in time
 * @param mdnsMalformed mDNS messages that did not parse
 */
public record IceSessionStats(IceStats agent, long droppedUnroutable, long relaySendFailures, long turnDropped,
        long mdnsResolved, long mdnsUnresolved, long mdnsMalformed) {}
