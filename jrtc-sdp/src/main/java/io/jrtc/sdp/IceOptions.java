package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code a=ice-options} (RFC 8839 section 5.6). */
final class IceOptions {
    private IceOptions() {}

    /**
     * The option tags: separated by spaces per RFC 8839, and also by commas because libdatachannel
     * writes {@code a=ice-options:ice2,trickle}.
     */
    static List<String> parse(String value) {
        List<String> tags = new ArrayList<>();
        for (String word : Syntax.words(value)) {
            for (String tag : Syntax.split(word, ',')) {
                Syntax.require(Syntax.isIceChars(tag) || Syntax.isToken(tag));
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }
}
