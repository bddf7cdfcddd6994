package io.jrtc.signaling.internal;

/** The rule for room names: 1 to 64 characters of {@code [A-Za-z0-9._~-]} (URL-safe as they are). */
public final class RoomNames {
    public static final int MAX_LENGTH = 64;

    private RoomNames() {
    }

    public static boolean isValid(String room) {
        if (room == null || room.isEmpty() || room.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < room.length(); i++) {
            char c = room.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
