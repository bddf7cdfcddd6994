package io.jrtc.bench.sctp;

import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpEvent;
import io.jrtc.sctp.SctpState;
import io.jrtc.sctp.SendOptions;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.sctp.datachannel.DataChannelState;
import io.jrtc.sctp.datachannel.DataChannels;

/** The SCTP user in the loopback benchmark: the raw association, or the data-channel layer over it. */
interface LoopbackEndpoint {
    int MESSAGE = 64 * 1024;
    /** How much the sender keeps queued: enough to never run dry between two polls. */
    long BACKLOG = 4L << 20;

    void input(long now, byte[] packet);

    /** Timers, events, and (on the sending side) topping up the send queue. */
    void service(long now);

    byte[] poll(long now);

    /** Payload bytes delivered to the user so far. */
    long received();

    String stats();

    /** One reliable ordered stream written through {@link SctpAssociation#send}. */
    static LoopbackEndpoint association(SctpAssociation assoc, boolean sender) {
        return new LoopbackEndpoint() {
            private final byte[] message = new byte[MESSAGE];
            private long received;

            @Override
            public void input(long now, byte[] packet) {
                assoc.handleInput(now, packet);
            }

            @Override
            public void service(long now) {
                if (assoc.pollTimeout() <= now) {
                    assoc.handleTimeout(now);
                }
                SctpEvent e;
                while ((e = assoc.pollEvent()) != null) {
                    if (e instanceof SctpEvent.MessageReceived m) {
                        received += m.data().length;
                    }
                }
                if (sender && assoc.state() == SctpState.ESTABLISHED) {
                    while (assoc.bufferedAmount() < BACKLOG) {
                        assoc.send(now, 1, 53, message, SendOptions.RELIABLE);
                    }
                }
            }

            @Override
            public byte[] poll(long now) {
                return assoc.pollTransmit(now);
            }

            @Override
            public long received() {
                return received;
            }

            @Override
            public String stats() {
                return assoc.stats().toString();
            }
        };
    }

    /** One in-band (DCEP) reliable ordered data channel, written through {@link DataChannel#send(byte[])}. */
    static LoopbackEndpoint channels(DataChannels dcs, boolean sender) {
        return new LoopbackEndpoint() {
            private final byte[] message = new byte[MESSAGE];
            private DataChannel channel;
            private long received;

            @Override
            public void input(long now, byte[] packet) {
                dcs.handleInput(now, packet);
            }

            @Override
            public void service(long now) {
                if (sender && channel == null) {
                    channel = dcs.createDataChannel(now, "bench", DataChannelInit.DEFAULT);
                }
                if (dcs.pollTimeout() <= now) {
                    dcs.handleTimeout(now);
                }
                DataChannelEvent e;
                while ((e = dcs.pollEvent()) != null) {
                    if (e instanceof DataChannelEvent.Message m && m.binary() != null) {
                        received += m.binary().length;
                    }
                }
                if (sender && channel.readyState() == DataChannelState.OPEN) {
                    while (channel.bufferedAmount() < BACKLOG) {
                        channel.send(message);
                    }
                }
            }

            @Override
            public byte[] poll(long now) {
                return dcs.pollTransmit(now);
            }

            @Override
            public long received() {
                return received;
            }

            @Override
            public String stats() {
                return dcs.association().stats().toString();
            }
        };
    }
}
