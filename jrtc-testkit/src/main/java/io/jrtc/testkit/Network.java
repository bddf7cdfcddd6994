package io.jrtc.testkit;

import io.jrtc.testkit.TraceEvent.Kind;
import io.jrtc.testkit.internal.Admission;
import io.jrtc.testkit.internal.Dice;
import io.jrtc.testkit.internal.EventQueue;
import io.jrtc.testkit.internal.IpLiterals;
import io.jrtc.testkit.internal.NatTable;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves datagrams: routes them hop by hop through realms and NATs, and through each hop's links
 * (sender's uplink, path, receiver's downlink) in virtual time. Delivery to an endpoint always
 * happens from the event queue, never inside a send, so endpoints are never re-entered.
 */
final class Network {
    /** Hands a datagram to an endpoint (the driver then drains the endpoint). */
    interface Delivery {
        void deliver(Endpoint endpoint, Datagram datagram);
    }

    /** A datagram on its way from one face to the next through a series of links. */
    private record Transit(Datagram datagram, Link[] stages, Face target, int wireBytes) {}

    private final VirtualClock clock;
    private final Topology topology;
    private final Dice dice;
    private final Observers observers;
    private final EventQueue events = new EventQueue();
    private final long[] drops = new long[DropReason.values().length];
    private final Delivery delivery;

    Network(VirtualClock clock, Topology topology, Dice dice, Observers observers, Delivery delivery) {
        this.clock = clock;
        this.topology = topology;
        this.dice = dice;
        this.observers = observers;
        this.delivery = delivery;
    }

    /** Sends from a host; the source address must be one of the host's. */
    void send(Host from, Datagram datagram) {
        observers.emit(Kind.SEND, datagram, null, from);
        forward(from.face(), datagram);
    }

    /** Time of the next network event, or {@link Long#MAX_VALUE}. */
    long nextEventTime() {
        return events.nextTime();
    }

    /** Runs the next network event. */
    void fireNext() {
        events.runNext();
    }

    int pendingEvents() {
        return events.size();
    }

    long dropCount(DropReason reason) {
        return drops[reason.ordinal()];
    }

    private void forward(Face from, Datagram datagram) {
        Face to = from.realm().route(datagram.destination().getAddress(), from);
        if (to == null) {
            drop(DropReason.NO_ROUTE, datagram, from);
            return;
        }
        int wireBytes = datagram.length() + IpLiterals.udpOverhead(datagram.destination().getAddress());
        enter(new Transit(datagram, stages(from, to), to, wireBytes), 0);
    }

    private Link[] stages(Face from, Face to) {
        if (from == to) {
            return new Link[0]; // a host talking to itself: loopback, no wire
        }
        List<Link> stages = new ArrayList<>(3);
        if (from.uplink() != null) {
            stages.add(from.uplink());
        }
        stages.add(topology.path(from, to));
        if (to.downlink() != null) {
            stages.add(to.downlink());
        }
        return stages.toArray(Link[]::new);
    }

    private void enter(Transit transit, int stage) {
        if (stage == transit.stages().length) {
            arrive(transit.target(), transit.datagram());
            return;
        }
        Link link = transit.stages()[stage];
        Admission admission = link.state().offer(clock.now(), transit.wireBytes(), dice);
        if (admission.dropped()) {
            drop(admission.dropReason(), transit.datagram(), "link " + link.name());
            return;
        }
        exitAt(admission.arrival(), transit, stage);
        if (admission.duplicated()) {
            observers.emit(Kind.DUPLICATE, transit.datagram(), null, "link " + link.name());
            exitAt(admission.duplicateArrival(), transit, stage);
        }
    }

    private void exitAt(long time, Transit transit, int stage) {
        if (time <= clock.now()) {
            exit(transit, stage);
        } else {
            events.schedule(time, () -> exit(transit, stage));
        }
    }

    private void exit(Transit transit, int stage) {
        transit.stages()[stage].state().delivered(transit.datagram().length());
        enter(transit, stage + 1);
    }

    private void arrive(Face face, Datagram datagram) {
        switch (face.node()) {
            case Host host -> events.schedule(clock.now(), () -> deliver(host, datagram));
            case Nat nat -> {
                if (face == nat.inside()) {
                    fromInside(nat, datagram);
                } else {
                    fromOutside(nat, datagram);
                }
            }
        }
    }

    private void deliver(Host host, Datagram datagram) {
        Endpoint endpoint = host.endpointAt(datagram.destination());
        if (endpoint == null) {
            drop(DropReason.NO_ENDPOINT, datagram, host);
            return;
        }
        observers.emit(Kind.DELIVER, datagram, null, host);
        delivery.deliver(endpoint, datagram);
    }

    private void fromInside(Nat nat, Datagram datagram) {
        InetSocketAddress destination = datagram.destination();
        if (destination.getAddress().equals(nat.publicAddress())) {
            hairpin(nat, datagram);
            return;
        }
        boolean v4 = destination.getAddress() instanceof Inet4Address;
        if (v4 != nat.publicAddress() instanceof Inet4Address) {
            drop(DropReason.NO_ROUTE, datagram, nat); // a NAT44 box does not route the other family
            return;
        }
        InetSocketAddress external = nat.table().outbound(datagram.source(), destination, clock.now());
        if (external == null) {
            drop(DropReason.NAT_PORTS_EXHAUSTED, datagram, nat);
            return;
        }
        Datagram translated = datagram.withSource(external);
        observers.emit(Kind.TRANSLATE, translated, null, nat);
        forward(nat.outside(), translated);
    }

    private void fromOutside(Nat nat, Datagram datagram) {
        NatTable.Inbound inbound = nat.table().inbound(datagram.source(), datagram.destination().getPort(), clock.now());
        if (inbound.internal() == null) {
            drop(inbound.dropReason(), datagram, nat);
            return;
        }
        Datagram translated = datagram.withDestination(inbound.internal());
        observers.emit(Kind.TRANSLATE, translated, null, nat);
        forward(nat.inside(), translated);
    }

    // RFC 4787 section 6: the datagram looks, to the receiver, as if it came from the sender's
    // external mapping, and goes through the receiver's mapping and filter like any inbound one.
    private void hairpin(Nat nat, Datagram datagram) {
        if (!nat.config().hairpinning()) {
            drop(DropReason.NAT_HAIRPIN_DISABLED, datagram, nat);
            return;
        }
        InetSocketAddress external = nat.table().outbound(datagram.source(), datagram.destination(), clock.now());
        if (external == null) {
            drop(DropReason.NAT_PORTS_EXHAUSTED, datagram, nat);
            return;
        }
        NatTable.Inbound inbound = nat.table().inbound(external, datagram.destination().getPort(), clock.now());
        if (inbound.internal() == null) {
            drop(inbound.dropReason(), datagram, nat);
            return;
        }
        Datagram looped = datagram.withSource(external).withDestination(inbound.internal());
        observers.emit(Kind.TRANSLATE, looped, null, nat);
        forward(nat.inside(), looped);
    }

    private void drop(DropReason reason, Datagram datagram, Object where) {
        drops[reason.ordinal()]++;
        observers.emit(Kind.DROP, datagram, reason, where);
    }
}
