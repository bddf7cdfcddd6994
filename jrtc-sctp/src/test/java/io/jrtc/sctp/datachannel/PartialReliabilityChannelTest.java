package io.jrtc.sctp.datachannel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sctp.SctpConfig;
import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Channel options reach the association: a maxRetransmits=0 channel drops what the network loses. */
class PartialReliabilityChannelTest {
    @Test
    void unreliableChannelAbandonsLostMessagesAndKeepsGoing() {
        // 1,200-byte packets (no Path MTU discovery): the 500 small messages then travel in a dozen
        // packets, so 15% loss abandons some of them; in one 16 KB packet it is all or nothing
        DcPair p = new DcPair(63, LinkConditions.builder().delay(Duration.ofMillis(15)).loss(0.15).build(),
                DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT, SctpConfig.builder().pathMtuDiscovery(false)).connect();
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "game", DataChannelInit.builder().ordered(false).maxRetransmits(0).build());
        p.run(() -> p.remoteOf(ch) != null);
        DataChannel remote = p.remoteOf(ch);
        assertEquals(0, remote.maxRetransmits());
        for (int i = 0; i < 500; i++) {
            ch.send("state " + i);
        }
        p.sim.runFor(Duration.ofSeconds(20));
        int got = p.b.messages(remote).size();
        assertTrue(got > 300 && got < 500, "received " + got);
        assertTrue(p.a.dc.association().stats().abandonedMessages() > 0);
        assertEquals(0, ch.bufferedAmount());
    }
}
