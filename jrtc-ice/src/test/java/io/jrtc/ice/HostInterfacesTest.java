package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The machine's own interfaces through {@link HostInterfaces}: loopback is always there and up. */
class HostInterfacesTest {

    @Test
    void listsTheLoopbackInterfaceAndThePolicyDecides() throws Exception {
        Map<String, List<InetAddress>> all = HostInterfaces.list();
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        String lo = all.entrySet().stream().filter(e -> e.getValue().contains(loopback))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no 127.0.0.1 in " + all));

        List<InetAddress> defaults = HostInterfaces.select(HostCandidatePolicy.defaults());
        assertTrue(defaults.stream().noneMatch(InetAddress::isLoopbackAddress), "loopback is off by default: " + defaults);

        List<InetAddress> onlyLo = HostInterfaces.select(HostCandidatePolicy.builder().includeLoopback(true)
                .allowInterfaces(Set.of(lo)).build());
        assertTrue(onlyLo.contains(loopback), onlyLo::toString);
        assertTrue(onlyLo.stream().allMatch(a -> all.get(lo).contains(a)), "only the allowed interface: " + onlyLo);
    }
}
