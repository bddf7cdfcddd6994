package io.jrtc.webrtc;

/** Looks up enum constants by their W3C string, for every enum of this package. */
final class W3cNames {
    private W3cNames() {}

    static <E extends Enum<E>> E parse(String enumName, E[] values, String value) {
        if (value != null) {
            for (E e : values) {
                if (e.toString().equals(value)) {
                    return e;
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : values) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append('"').append(e).append('"');
        }
        throw new RTCException(RTCErrorName.TYPE_ERROR,
                "'" + value + "' is not a valid " + enumName + "; use one of " + allowed);
    }
}
