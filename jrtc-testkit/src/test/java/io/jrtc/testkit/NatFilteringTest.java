package io.jrtc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mapping and filtering of each NAT type (RFC 4787 sections 4.1 and 5). */
class NatFilteringTest {
    @ParameterizedTest
    @EnumSource(NatType.class)
    void outboundSourceIsRewrittenToThePublicAddress(NatType type) {
        NatWorld w = new NatWorld(type);
        InetSocketAddress mapped = w.mappedBy(w.s1);

        assertEquals(w.nat.publicAddress(), mapped.getAddress());
        assertEquals(49152, mapped.getPort(), "first sequential port");
        assertTrue(w.reaches(w.s1, mapped), "the contacted remote can answer");
        assertEquals(w.s1.lastSource().getAddress(), mapped.getAddress());
        assertEquals(List.of(w.address(w.s1)), List.of(w.client.lastSource()), "the client sees the real server");
    }

    @ParameterizedTest
    @EnumSource(value = NatType.class, names = "FULL_CONE", mode = EnumSource.Mode.EXCLUDE)
    void restrictedTypesKeepUncontactedHostsOut(NatType type) {
        NatWorld w = new NatWorld(type);
        InetSocketAddress mapped = w.mappedBy(w.s1);

        assertFalse(w.reaches(w.s3, mapped));
        assertEquals(1, w.sim.dropCount(DropReason.NAT_FILTERED));
    }

    @Test
    void fullConeLetsAnyoneInOnceMapped() {
        NatWorld w = new NatWorld(NatType.FULL_CONE);
        InetSocketAddress mapped = w.mappedBy(w.s1);

        assertTrue(w.reaches(w.s3, mapped), "never contacted, still gets in");
        assertTrue(w.reaches(w.s1b, mapped));
        assertEquals(mapped, w.mappedBy(w.s2), "endpoint-independent mapping");
    }

    @Test
    void addressRestrictedLetsInAnyPortOfAContactedAddress() {
        NatWorld w = new NatWorld(NatType.ADDRESS_RESTRICTED);
        InetSocketAddress mapped = w.mappedBy(w.s1);

        assertTrue(w.reaches(w.s1b, mapped), "same address, other port");
        assertFalse(w.reaches(w.s2, mapped));
        assertEquals(mapped, w.mappedBy(w.s2), "endpoint-independent mapping");
        assertTrue(w.reaches(w.s2, mapped), "now contacted");
    }

    @Test
    void portRestrictedLetsInOnlyTheContactedAddressAndPort() {
        NatWorld w = new NatWorld(NatType.PORT_RESTRICTED);
        InetSocketAddress mapped = w.mappedBy(w.s1);

        assertFalse(w.reaches(w.s1b, mapped), "same address, other port");
        assertTrue(w.reaches(w.s1, mapped));
        assertEquals(mapped, w.mappedBy(w.s1b), "endpoint-independent mapping");
        assertTrue(w.reaches(w.s1b, mapped), "now contacted");
    }

    @Test
    void symmetricMapsEachDestinationToItsOwnPort() {
        NatWorld w = new NatWorld(NatType.SYMMETRIC);
        InetSocketAddress toS1 = w.mappedBy(w.s1);
        InetSocketAddress toS1b = w.mappedBy(w.s1b);
        InetSocketAddress toS2 = w.mappedBy(w.s2);

        assertEquals(3, Set.copyOf(List.of(toS1, toS1b, toS2)).size(), "a port per destination");
        assertEquals(toS1, w.mappedBy(w.s1), "the same destination reuses its mapping");
        assertFalse(w.reaches(w.s1, toS2), "another destination's mapping filters s1 out");
        assertTrue(w.reaches(w.s1, toS1));

        List<NatMapping> table = w.nat.mappings();
        assertEquals(3, table.size());
        Set<InetSocketAddress> destinations = new HashSet<>();
        for (NatMapping m : table) {
            assertEquals(w.inside.address(5000), m.internal());
            assertEquals(List.of(m.destination()), m.permitted());
            destinations.add(m.destination());
        }
        assertEquals(Set.of(w.address(w.s1), w.address(w.s1b), w.address(w.s2)), destinations);
    }

    @Test
    void unmappedPortsDropWithNoMapping() {
        NatWorld w = new NatWorld(NatType.FULL_CONE);
        assertFalse(w.reaches(w.s1, new InetSocketAddress(w.nat.publicAddress(), 40000)));
        assertEquals(1, w.sim.dropCount(DropReason.NAT_NO_MAPPING));
    }

    @Test
    void mappingTableShowsBehaviourSpecificKeys() {
        NatWorld w = new NatWorld(NatType.ADDRESS_RESTRICTED);
        w.mappedBy(w.s1);
        w.mappedBy(w.s2);

        NatMapping m = w.nat.mappings().get(0);
        assertNull(m.destination(), "endpoint-independent mapping is not per destination");
        assertEquals(List.of(new InetSocketAddress(w.address(w.s1).getAddress(), 0),
                new InetSocketAddress(w.address(w.s2).getAddress(), 0)), m.permitted());
        assertNotEquals(0, m.expiresAtNanos());
    }
}
