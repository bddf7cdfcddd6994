package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The validated lines of one level (the session part, or one media section) and lookups on them. */
final class ParsedLines {
    static final ParsedLines EMPTY = new ParsedLines(List.of());

    private final List<ParsedLine> lines;

    ParsedLines(List<ParsedLine> lines) {
        this.lines = List.copyOf(lines);
    }

    List<SdpLine> lines() {
        List<SdpLine> out = new ArrayList<>(lines.size());
        for (ParsedLine p : lines) {
            out.add(p.line());
        }
        return List.copyOf(out);
    }

    /** The parsed lines themselves, in order. */
    List<ParsedLine> parsed() {
        return lines;
    }

    /** The typed values of one class, in line order. */
    <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (ParsedLine p : lines) {
            if (type.isInstance(p.typed())) {
                out.add(type.cast(p.typed()));
            }
        }
        return List.copyOf(out);
    }

    /** The first typed value of one class. */
    <T> Optional<T> first(Class<T> type) {
        for (ParsedLine p : lines) {
            if (type.isInstance(p.typed())) {
                return Optional.of(type.cast(p.typed()));
            }
        }
        return Optional.empty();
    }

    /** The first raw value of a line type, e.g. {@code s}. */
    Optional<String> value(char type) {
        for (ParsedLine p : lines) {
            if (p.line().type() == type) {
                return Optional.of(p.line().value());
            }
        }
        return Optional.empty();
    }

    /** All attributes in order. */
    List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        for (ParsedLine p : lines) {
            if (p.attribute() != null) {
                out.add(p.attribute());
            }
        }
        return List.copyOf(out);
    }

    /** The attributes called {@code name}, in order. */
    List<Attribute> attributes(String name) {
        List<Attribute> out = new ArrayList<>();
        for (ParsedLine p : lines) {
            if (p.attribute() != null && p.attribute().name().equals(name)) {
                out.add(p.attribute());
            }
        }
        return List.copyOf(out);
    }

    /** The value of the first attribute called {@code name}; empty also for a property attribute. */
    Optional<String> attributeValue(String name) {
        for (ParsedLine p : lines) {
            if (p.attribute() != null && p.attribute().name().equals(name)) {
                return p.attribute().value();
            }
        }
        return Optional.empty();
    }

    /** The value of the first known attribute called {@code name}, as its parser read it. */
    Optional<String> knownValue(String name) {
        return attributeValue(name).map(KnownAttributes::withoutTrailingSpaces);
    }

    /** True if an attribute called {@code name} is present. */
    boolean has(String name) {
        for (ParsedLine p : lines) {
            if (p.attribute() != null && p.attribute().name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The length of {@link #appendTo}'s text. */
    int textLength() {
        int length = 0;
        for (ParsedLine p : lines) {
            length += p.line().value().length() + 4;
        }
        return length;
    }

    /** The text of these lines, each ended by CRLF (RFC 8866 section 5). */
    void appendTo(StringBuilder out) {
        for (ParsedLine p : lines) {
            out.append(p.line().type()).append('=').append(p.line().value()).append("\r\n");
        }
    }
}
