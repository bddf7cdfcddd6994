package io.jrtc.webrtc.internal.jsep;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the m= sections of an offer (RFC 9429 sections 5.2.1 and 5.2.2): the sections of the
 * last negotiation keep their place and mid; a stopped transceiver's section is rejected; a new
 * transceiver takes over (recycles) a rejected section, else gets a new one at the end; the data
 * section is added once it is wanted.
 */
final class OfferPlanner {
    private OfferPlanner() {}

    static List<MSection> plan(List<MSection> base, List<JsepTransceiver> transceivers, boolean wantData,
            MidAllocator mids) {
        List<MSection> out = new ArrayList<>();
        for (MSection s : base) {
            if (s.transceiver() != null && s.transceiver().isStopped()) {
                out.add(new MSection(s.mid(), s.media(), s.protocol(), s.formats(), null, false));
            } else {
                out.add(s);
            }
        }
        for (JsepTransceiver t : transceivers) {
            if (t.isStopping() || inPlan(out, t)) {
                continue;
            }
            String mid = t.mid().orElseGet(mids::allocate);
            int free = firstRecyclable(out);
            if (free >= 0) {
                out.set(free, MSection.media(mid, t));
            } else {
                out.add(MSection.media(mid, t));
            }
        }
        if (wantData && !hasData(out)) {
            out.add(MSection.data(mids.allocate()));
        }
        return List.copyOf(out);
    }

    private static boolean inPlan(List<MSection> plan, JsepTransceiver t) {
        for (MSection s : plan) {
            if (s.transceiver() == t) {
                return true;
            }
        }
        return false;
    }

    /** True if the plan has a data section. */
    static boolean hasData(List<MSection> plan) {
        for (MSection s : plan) {
            if (s.data()) {
                return true;
            }
        }
        return false;
    }

    /** A section rejected in the last negotiation and not used by anything (RFC 9429 section 5.2.2). */
    private static int firstRecyclable(List<MSection> plan) {
        for (int i = 0; i < plan.size(); i++) {
            MSection s = plan.get(i);
            if (!s.data() && s.transceiver() == null) {
                return i;
            }
        }
        return -1;
    }
}
