package io.jrtc.webrtc;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * W3C {@code MediaStream}: a group of tracks under one id (what {@code a=msid} names). Used by
 * {@code addTrack}'s stream ids and by the legacy stream API. Thread-safe.
 */
public final class MediaStream {
    private final String id;
    private final List<MediaStreamTrack> tracks = new CopyOnWriteArrayList<>();

    /** A new stream with a random id and these tracks. */
    public MediaStream(MediaStreamTrack... tracks) {
        this(UUID.randomUUID().toString(), tracks);
    }

    /** A stream with this id (a remote stream takes its id from the peer's {@code a=msid}). */
    public MediaStream(String id, MediaStreamTrack... tracks) {
        this.id = Objects.requireNonNull(id, "id");
        for (MediaStreamTrack t : tracks) {
            addTrack(t);
        }
    }

    public String id() {
        return id;
    }

    public List<MediaStreamTrack> getTracks() {
        return List.copyOf(tracks);
    }

    public List<MediaStreamTrack> getAudioTracks() {
        return tracks.stream().filter(t -> t.kind().equals("audio")).toList();
    }

    public List<MediaStreamTrack> getVideoTracks() {
        return tracks.stream().filter(t -> t.kind().equals("video")).toList();
    }

    public void addTrack(MediaStreamTrack track) {
        Objects.requireNonNull(track, "track");
        if (!tracks.contains(track)) {
            tracks.add(track);
        }
    }

    public void removeTrack(MediaStreamTrack track) {
        tracks.remove(track);
    }

    @Override
    public String toString() {
        return "MediaStream[" + id + ", " + tracks.size() + " tracks]";
    }
}
