package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into validated lines and checks the structure of a session description (RFC 8866
 * section 5): {@code v=0} first, then session-level lines with one {@code o=}, one {@code s=} and at
 * least one {@code t=}, then media sections each opened by {@code m=}.
 *
 * <p>Lenient where real stacks are: LF alone ends a line as well as CRLF, blank lines at the end are
 * dropped, and the order of session-level lines is not checked.
 */
final class SdpParser {
    /** RFC 8866 section 5: the types allowed before the first m= line. */
    private static final String SESSION_TYPES = "vosiuepcbtrzka";
    /** RFC 8866 section 5: the types allowed inside a media section, after its m= line. */
    private static final String MEDIA_TYPES = "icbka";

    private static final String LINE_SYNTAX = "<type>=<value>";

    private SdpParser() {}

    static SessionDescription parse(String text) {
        if (text == null) {
            throw new SdpParseException(1, null, "v=0");
        }
        return assemble(readLines(text));
    }

    /** Splits text into lines; the last line may lack its line ending. */
    static List<SdpLine> readLines(String text) {
        int end = contentEnd(text);
        if (end == 0) {
            return List.of();
        }
        List<SdpLine> lines = new ArrayList<>(end / 24 + 4);
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start, end);
            int stop = nl < 0 ? end : nl;
            lines.add(toLine(lines.size() + 1, text, start, stop));
            if (nl < 0) {
                return lines;
            }
            start = nl + 1;
        }
    }

    /**
     * Where the text ends without its blank lines at the end (a piece between line feeds that is
     * empty or a lone CR), including the empty piece after the final line ending; 0 if all blank.
     */
    private static int contentEnd(String text) {
        int end = text.length();
        while (true) {
            int start = end == 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (stop > start) {
                return end;
            }
            if (start == 0) {
                return 0;
            }
            end = start - 1;
        }
    }

    /** The line in {@code text} from {@code start} to {@code stop} (a LF or the end), without one CR before the LF. */
    private static SdpLine toLine(int number, String text, int start, int stop) {
        if (stop > start && text.charAt(stop - 1) == '\r') {
            stop--;
        }
        // RFC 8866 section 5: <type>=<value>, type one letter, no whitespace around '='.
        char type = stop - start >= 2 ? text.charAt(start) : 0;
        if (stop - start < 2 || text.charAt(start + 1) != '=' || type < 'a' || type > 'z') {
            throw new SdpParseException(number, text.substring(start, stop), LINE_SYNTAX);
        }
        if (text.indexOf(0, start, stop) >= 0 || text.indexOf('\r', start, stop) >= 0) {
            throw new SdpParseException(number, text.substring(start, stop),
                    LINE_SYNTAX + " without NUL or CR inside the line");
        }
        return new SdpLine(type, text.substring(start + 2, stop));
    }

    /** Checks the structure and parses every line; line numbers count from 1. */
    static SessionDescription assemble(List<SdpLine> lines) {
        if (lines.isEmpty()) {
            throw new SdpParseException(1, null, "v=0");
        }
        SdpLine first = lines.get(0);
        if (first.type() != 'v' || !first.value().equals("0")) {
            throw new SdpParseException(1, first.toString(), "v=0");
        }
        int firstMedia = 0;
        while (firstMedia < lines.size() && lines.get(firstMedia).type() != 'm') {
            firstMedia++;
        }
        ParsedLines session = parseSession(lines, null, firstMedia);
        List<ParsedLines> media = new ArrayList<>();
        int start = firstMedia;
        while (start < lines.size()) {
            int end = start + 1;
            while (end < lines.size() && lines.get(end).type() != 'm') {
                end++;
            }
            media.add(parseMedia(lines, null, start, end));
            start = end;
        }
        return new SessionDescription(session, media);
    }

    /**
     * As {@link #assemble(List)} for a builder's session lines and media sections, which are valid
     * already and are not parsed again; {@code known} holds the session lines already parsed (or
     * null where not).
     */
    static SessionDescription assemble(List<SdpLine> sessionLines, List<ParsedLine> known,
            List<MediaDescription> media) {
        for (SdpLine l : sessionLines) {
            if (l.type() == 'm') {
                // Not made by the builders' methods; check it all the general way.
                List<SdpLine> all = new ArrayList<>(sessionLines);
                media.forEach(m -> all.addAll(m.lines()));
                return assemble(all);
            }
        }
        if (sessionLines.isEmpty()) {
            throw new SdpParseException(1, media.isEmpty() ? null : media.get(0).lines().get(0).toString(), "v=0");
        }
        SdpLine first = sessionLines.get(0);
        if (first.type() != 'v' || !first.value().equals("0")) {
            throw new SdpParseException(1, first.toString(), "v=0");
        }
        String next = media.isEmpty() ? null : media.get(0).parsedLines().parsed().get(0).line().toString();
        ParsedLines session = parseSession(sessionLines, known, sessionLines.size(), next);
        List<ParsedLines> sections = new ArrayList<>(media.size());
        for (MediaDescription m : media) {
            sections.add(m.parsedLines());
        }
        return new SessionDescription(session, sections);
    }

    private static ParsedLines parseSession(List<SdpLine> lines, List<ParsedLine> known, int end) {
        return parseSession(lines, known, end, end < lines.size() ? lines.get(end).toString() : null);
    }

    private static ParsedLines parseSession(List<SdpLine> lines, List<ParsedLine> known, int end, String next) {
        List<ParsedLine> out = new ArrayList<>();
        int origins = 0;
        int names = 0;
        int timings = 0;
        for (int i = 0; i < end; i++) {
            SdpLine line = lines.get(i);
            if (i > 0 && (line.type() == 'v' || SESSION_TYPES.indexOf(line.type()) < 0)) {
                throw new SdpParseException(i + 1, line.toString(),
                        "a session-level line (o= s= i= u= e= p= c= b= t= r= z= k= a=) or m=");
            }
            origins += once(line, 'o', origins, i);
            names += once(line, 's', names, i);
            timings += line.type() == 't' ? 1 : 0;
            out.add(parse(i + 1, line, known == null ? null : known.get(i)));
        }
        requirePresent(origins, end + 1, next, Origin.SYNTAX);
        requirePresent(names, end + 1, next, "s=<session name>");
        requirePresent(timings, end + 1, next, Timing.SYNTAX);
        return new ParsedLines(out);
    }

    /** Counts a line of a type that may appear only once per session (RFC 8866 section 5). */
    private static int once(SdpLine line, char type, int seen, int index) {
        if (line.type() != type) {
            return 0;
        }
        if (seen > 0) {
            throw new SdpParseException(index + 1, line.toString(), "a single " + type + "= line per session");
        }
        return 1;
    }

    private static void requirePresent(int count, int number, String line, String syntax) {
        if (count == 0) {
            throw new SdpParseException(number, line, syntax + " before the first m= line");
        }
    }

    private static ParsedLines parseMedia(List<SdpLine> lines, List<ParsedLine> known, int start, int end) {
        List<ParsedLine> out = new ArrayList<>(end - start);
        out.add(parse(start + 1, lines.get(start), known == null ? null : known.get(start)));
        for (int i = start + 1; i < end; i++) {
            SdpLine line = lines.get(i);
            if (MEDIA_TYPES.indexOf(line.type()) < 0) {
                throw new SdpParseException(i + 1, line.toString(), "a media-level line (i= c= b= k= a=) or m=");
            }
            out.add(parse(i + 1, line, known == null ? null : known.get(i)));
        }
        return new ParsedLines(out);
    }

    /**
     * Validates a media section on its own, as builders make them; line 1 is its m= line.
     * {@code known} holds the lines already parsed (or null where not), which are not parsed again.
     */
    static ParsedLines media(List<SdpLine> lines, List<ParsedLine> known) {
        if (lines.isEmpty() || lines.get(0).type() != 'm') {
            throw new SdpParseException(1, lines.isEmpty() ? null : lines.get(0).toString(), MediaLine.SYNTAX);
        }
        return parseMedia(lines, known, 0, lines.size());
    }

    /** The parsed line: {@code known} if the line was parsed already, else parsed now. */
    private static ParsedLine parse(int number, SdpLine line, ParsedLine known) {
        return known != null ? known : parse(number, line);
    }

    private static ParsedLine parse(int number, SdpLine line) {
        try {
            return LineParser.parse(line);
        } catch (IllegalArgumentException e) {
            // Includes NumberFormatException; every malformed value ends up here.
            throw new SdpParseException(number, line.toString(), LineParser.syntax(line));
        }
    }
}
