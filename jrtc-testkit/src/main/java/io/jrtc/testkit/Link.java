package io.jrtc.testkit;

import io.jrtc.testkit.internal.LinkState;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One direction of a simulated link: the path from one node to another
 * ({@link Simulation#link(Node, Node)}), or a node's access link ({@link Node#uplink()},
 * {@link Node#downlink()}). Its conditions may change at any time, e.g. to take a path down for a
 * while; datagrams already in flight are not affected.
 */
public final class Link {
    private final String name;
    private final LinkState state;
    private boolean explicit;

    Link(String name, LinkConditions conditions) {
        this.name = name;
        this.state = new LinkState(conditions);
    }

    /** Names the link in traces, e.g. {@code 10.0.0.1 > 192.0.2.7}. */
    public String name() {
        return name;
    }

    /** The current conditions. */
    public LinkConditions conditions() {
        return state.conditions();
    }

    /** Replaces the conditions, e.g. {@code loss(1.0)} for a path that went down. */
    public void setConditions(LinkConditions conditions) {
        Objects.requireNonNull(conditions, "conditions");
        state.conditions(conditions);
        explicit = true;
    }

    /** Changes some conditions: {@code link.update(b -> b.loss(1.0))}. */
    public void update(UnaryOperator<LinkConditions.Builder> change) {
        setConditions(change.apply(conditions().toBuilder()).build());
    }

    /** The counters so far. */
    public LinkStats stats() {
        return state.stats();
    }

    LinkState state() {
        return state;
    }

    /** Takes new default conditions unless conditions were set on this link. */
    void defaultConditions(LinkConditions conditions) {
        if (!explicit) {
            state.conditions(conditions);
        }
    }

    @Override
    public String toString() {
        return "link " + name + " " + conditions();
    }
}
