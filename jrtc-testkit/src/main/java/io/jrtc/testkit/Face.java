package io.jrtc.testkit;

/**
 * A node's attachment to one realm. A host has one; a NAT has an outside face (with its access
 * links) in the realm it sits in and an inside face, the gateway of its private realm.
 */
final class Face {
    private final Node node;
    private final String label;
    private final Link uplink;
    private final Link downlink;
    private Realm realm;

    Face(Node node, String label, Realm realm, Link uplink, Link downlink) {
        this.node = node;
        this.label = label;
        this.realm = realm;
        this.uplink = uplink;
        this.downlink = downlink;
    }

    Node node() {
        return node;
    }

    Realm realm() {
        return realm;
    }

    void realm(Realm newRealm) {
        this.realm = newRealm;
    }

    /** Access link on the way out, or null. */
    Link uplink() {
        return uplink;
    }

    /** Access link on the way in, or null. */
    Link downlink() {
        return downlink;
    }

    @Override
    public String toString() {
        return label;
    }
}
