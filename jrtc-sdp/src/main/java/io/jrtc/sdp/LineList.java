package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The editable lines of one level, for the builders. New lines go where RFC 8866 section 5 orders
 * their type. New attributes go at the end, in the order they are added, when building from
 * scratch; when editing a parsed description they go after the last one of the same name, so that
 * every other line stays where it was.
 */
final class LineList {
    /** RFC 8866 section 5: the order of line types at session level. */
    static final String SESSION_ORDER = "vosiuepcbtrzka";
    /** RFC 8866 section 5: the order of line types in a media section. */
    static final String MEDIA_ORDER = "micbka";

    /**
     * One line, its attribute name (null unless an {@code a=} line) and, when already known, what
     * the parser makes of it; lines of a parsed description and checked attributes are not parsed
     * again when the builder builds.
     */
    private record Entry(SdpLine line, String name, ParsedLine parsed) {
        static Entry of(SdpLine line) {
            return new Entry(line, line.type() == 'a' ? attributeName(line.value()) : null, null);
        }

        static Entry of(Attribute attribute) {
            return new Entry(attribute.toLine(), attribute.name(), null);
        }

        static Entry of(ParsedLine parsed) {
            return new Entry(parsed.line(), parsed.attribute() == null ? null : parsed.attribute().name(), parsed);
        }
    }

    private final List<Entry> lines;
    private final String order;
    private final boolean editing;

    /**
     * Starts from {@code initial} lines.
     *
     * @param order the line type order, {@link #SESSION_ORDER} or {@link #MEDIA_ORDER}
     * @param editing true when editing a parsed description: attributes then join their namesakes
     */
    LineList(List<SdpLine> initial, String order, boolean editing) {
        this.lines = new ArrayList<>(initial.size() + 16);
        for (SdpLine l : initial) {
            lines.add(Entry.of(l));
        }
        this.order = order;
        this.editing = editing;
    }

    /** Starts from the lines of a parsed level, which stay parsed. */
    LineList(ParsedLines initial, String order, boolean editing) {
        List<ParsedLine> parsed = initial.parsed();
        this.lines = new ArrayList<>(parsed.size() + 4);
        for (ParsedLine p : parsed) {
            lines.add(Entry.of(p));
        }
        this.order = order;
        this.editing = editing;
    }

    List<SdpLine> lines() {
        List<SdpLine> out = new ArrayList<>(lines.size());
        for (Entry e : lines) {
            out.add(e.line());
        }
        return List.copyOf(out);
    }

    /** What the parser made of each line of {@link #lines()}, or null where that is not known yet. */
    List<ParsedLine> known() {
        List<ParsedLine> out = new ArrayList<>(lines.size());
        for (Entry e : lines) {
            out.add(e.parsed());
        }
        return out;
    }

    /** The first line of this type, or null. */
    SdpLine first(char type) {
        int at = indexOf(l -> l.line().type() == type);
        return at < 0 ? null : lines.get(at).line();
    }

    /** The typed value of the first line of this type if it is parsed already, else null. */
    Object firstTyped(char type) {
        int at = indexOf(l -> l.line().type() == type);
        ParsedLine p = at < 0 ? null : lines.get(at).parsed();
        return p == null ? null : p.typed();
    }

    /** Replaces the first line of this type and drops the others; adds one if there is none. */
    void setLine(char type, String value) {
        SdpLine line = new SdpLine(type, value);
        int at = indexOf(l -> l.line().type() == type);
        if (at < 0) {
            addLine(type, value);
            return;
        }
        lines.set(at, Entry.of(line));
        removeAfter(at, l -> l.line().type() == type);
    }

    /** Adds a line after the last line whose type may come before it. */
    void addLine(char type, String value) {
        int rank = order.indexOf(type);
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (order.indexOf(lines.get(i).line().type()) <= rank) {
                at = i + 1;
            }
        }
        lines.add(at, Entry.of(new SdpLine(type, value)));
    }

    /** Replaces the first attribute {@code matches} selects and drops the others; appends if none. */
    void setAttribute(Predicate<String> matches, Attribute attribute) {
        set(matches, Entry.of(attribute));
    }

    /** Replaces the attribute of the same name (see {@link #setAttribute(Predicate, Attribute)}). */
    void setAttribute(Attribute attribute) {
        set(attribute.name()::equals, Entry.of(attribute));
    }

    /** As {@link #setAttribute(Attribute)} with an attribute {@link #checked} already. */
    void setAttribute(ParsedLine attribute) {
        set(attribute.attribute().name()::equals, Entry.of(attribute));
    }

    private void set(Predicate<String> matches, Entry entry) {
        int at = indexOf(l -> isAttribute(l, matches));
        if (at < 0) {
            add(entry);
            return;
        }
        lines.set(at, entry);
        removeAfter(at, l -> isAttribute(l, matches));
    }

    /**
     * Adds an attribute: at the end, or when editing after the last one of the same name. A
     * candidate goes before {@code a=end-of-candidates}, which must stay last (RFC 8840 section 8.2).
     */
    void addAttribute(Attribute attribute) {
        add(Entry.of(attribute));
    }

    /** As {@link #addAttribute(Attribute)} with an attribute {@link #checked} already. */
    void addAttribute(ParsedLine attribute) {
        add(Entry.of(attribute));
    }

    private void add(Entry entry) {
        String name = entry.name();
        int at = editing ? lastIndexOf(l -> name.equals(l.name())) : -1;
        if (at >= 0) {
            lines.add(at + 1, entry);
            return;
        }
        int end = name.equals("candidate") ? indexOf(l -> "end-of-candidates".equals(l.name())) : -1;
        if (end >= 0) {
            lines.add(end, entry);
        } else {
            lines.add(entry);
        }
    }

    /** Appends an attribute after every other line, keeping the order of calls. */
    void attributeAtEnd(Attribute attribute) {
        lines.add(Entry.of(attribute));
    }

    /** Removes every attribute whose name {@code matches} selects. */
    void removeAttributes(Predicate<String> matches) {
        lines.removeIf(l -> isAttribute(l, matches));
    }

    /** Removes every attribute {@code matches} selects. */
    void removeAttributesIf(Predicate<Attribute> matches) {
        lines.removeIf(l -> l.name() != null && matches.test(
                l.parsed() != null ? l.parsed().attribute() : Attribute.parse(l.line().value())));
    }

    private static boolean isAttribute(Entry line, Predicate<String> name) {
        return line.name() != null && name.test(line.name());
    }

    /** The name of an attribute line's value: the text up to the first colon (RFC 8866 section 5.13). */
    private static String attributeName(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    private int indexOf(Predicate<Entry> p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int lastIndexOf(Predicate<Entry> p) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void removeAfter(int index, Predicate<Entry> p) {
        for (int i = lines.size() - 1; i > index; i--) {
            if (p.test(lines.get(i))) {
                lines.remove(i);
            }
        }
    }

    /**
     * Validates a raw attribute a builder is given: a known attribute must parse as it would in a
     * description. The result is the line as the parser would make it, so it is not parsed again.
     *
     * @throws IllegalArgumentException naming the expected syntax
     */
    static ParsedLine checked(Attribute attribute) {
        try {
            return new ParsedLine(attribute.toLine(), attribute, KnownAttributes.parse(attribute));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected '" + KnownAttributes.syntax(attribute.name()) + "' but got '" + attribute + "'", e);
        }
    }
}
