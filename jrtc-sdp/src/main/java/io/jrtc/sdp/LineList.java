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

    private final List<SdpLine> lines;
    private final String order;
    private final boolean editing;

    /**
     * Starts from {@code initial} lines.
     *
     * @param order the line type order, {@link #SESSION_ORDER} or {@link #MEDIA_ORDER}
     * @param editing true when editing a parsed description: attributes then join their namesakes
     */
    LineList(List<SdpLine> initial, String order, boolean editing) {
        this.lines = new ArrayList<>(initial);
        this.order = order;
        this.editing = editing;
    }

    List<SdpLine> lines() {
        return List.copyOf(lines);
    }

    /** Replaces the first line of this type and drops the others; adds one if there is none. */
    void setLine(char type, String value) {
        SdpLine line = new SdpLine(type, value);
        int at = indexOf(l -> l.type() == type);
        if (at < 0) {
            addLine(type, value);
            return;
        }
        lines.set(at, line);
        removeAfter(at, l -> l.type() == type);
    }

    /** Adds a line after the last line whose type may come before it. */
    void addLine(char type, String value) {
        int rank = order.indexOf(type);
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (order.indexOf(lines.get(i).type()) <= rank) {
                at = i + 1;
            }
        }
        lines.add(at, new SdpLine(type, value));
    }

    /** Replaces the first attribute {@code matches} selects and drops the others; appends if none. */
    void setAttribute(Predicate<String> matches, Attribute attribute) {
        int at = indexOf(l -> isAttribute(l, matches));
        if (at < 0) {
            addAttribute(attribute);
            return;
        }
        lines.set(at, attribute.toLine());
        removeAfter(at, l -> isAttribute(l, matches));
    }

    /** Replaces the attribute of the same name (see {@link #setAttribute(Predicate, Attribute)}). */
    void setAttribute(Attribute attribute) {
        setAttribute(attribute.name()::equals, attribute);
    }

    /**
     * Adds an attribute: at the end, or when editing after the last one of the same name. A
     * candidate goes before {@code a=end-of-candidates}, which must stay last (RFC 8840 section 8.2).
     */
    void addAttribute(Attribute attribute) {
        int at = editing ? lastIndexOf(l -> isAttribute(l, attribute.name()::equals)) : -1;
        if (at >= 0) {
            lines.add(at + 1, attribute.toLine());
            return;
        }
        int end = indexOf(l -> isAttribute(l, "end-of-candidates"::equals));
        if (attribute.name().equals("candidate") && end >= 0) {
            lines.add(end, attribute.toLine());
        } else {
            lines.add(attribute.toLine());
        }
    }

    /** Appends an attribute after every other line, keeping the order of calls. */
    void attributeAtEnd(Attribute attribute) {
        lines.add(attribute.toLine());
    }

    /** Removes every attribute whose name {@code matches} selects. */
    void removeAttributes(Predicate<String> matches) {
        lines.removeIf(l -> isAttribute(l, matches));
    }

    /** Removes every attribute {@code matches} selects. */
    void removeAttributesIf(Predicate<Attribute> matches) {
        lines.removeIf(l -> l.type() == 'a' && matches.test(Attribute.parse(l.value())));
    }

    private static boolean isAttribute(SdpLine line, Predicate<String> name) {
        return line.type() == 'a' && name.test(Attribute.parse(line.value()).name());
    }

    private int indexOf(Predicate<SdpLine> p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int lastIndexOf(Predicate<SdpLine> p) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void removeAfter(int index, Predicate<SdpLine> p) {
        for (int i = lines.size() - 1; i > index; i--) {
            if (p.test(lines.get(i))) {
                lines.remove(i);
            }
        }
    }

    /**
     * Validates a raw attribute a builder is given: a known attribute must parse as it would in a
     * description.
     *
     * @throws IllegalArgumentException naming the expected syntax
     */
    static Attribute checked(Attribute attribute) {
        try {
            KnownAttributes.parse(attribute);
            return attribute;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected '" + KnownAttributes.syntax(attribute.name()) + "' but got '" + attribute + "'", e);
        }
    }
}
