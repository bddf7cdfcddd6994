package io.jrtc.webrtc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The streams of the pre-1.0 API (addStream, getRemoteStreams, onaddstream, ...), kept as a view
 * over tracks: local streams are what addStream added; remote streams are grouped from the track
 * events' stream ids, added when their first track arrives and removed when their last one ends.
 */
final class LegacyStreams {
    private final List<MediaStream> local = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, MediaStream> remote = new LinkedHashMap<>();
    final Handlers<MediaStream> addStream = new Handlers<>("addstream");
    final Handlers<MediaStream> removeStream = new Handlers<>("removestream");

    void addLocal(MediaStream s) {
        if (!local.contains(s)) {
            local.add(s);
        }
    }

    void removeLocal(MediaStream s) {
        local.remove(s);
    }

    List<MediaStream> local() {
        return List.copyOf(local);
    }

    synchronized List<MediaStream> remote() {
        return new ArrayList<>(remote.values());
    }

    /** A track event (serial context). */
    void onTrack(RTCTrackEvent e) {
        for (String id : e.streamIds()) {
            MediaStream s;
            boolean added = false;
            synchronized (this) {
                s = remote.get(id);
                if (s == null) {
                    s = new MediaStream(id);
                    remote.put(id, s);
                    added = true;
                }
                s.addTrack(e.track());
            }
            MediaStream stream = s;
            e.track().addEndedListener(() -> ended(stream, e.track()));
            if (added) {
                addStream.fire(s);
            }
        }
    }

    private void ended(MediaStream s, MediaStreamTrack t) {
        s.removeTrack(t);
        boolean gone;
        synchronized (this) {
            gone = s.getTracks().isEmpty() && remote.remove(s.id()) != null;
        }
        if (gone) {
            removeStream.fire(s);
        }
    }
}
