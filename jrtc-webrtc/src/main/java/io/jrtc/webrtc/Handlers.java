package io.jrtc.webrtc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handlers of one event type: the single {@code on...} handler (like JavaScript's
 * {@code onopen =}) and any number of added listeners. Called on the owner's serial context; a
 * handler that throws is logged and does not stop the others.
 */
final class Handlers<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Handlers.class);

    private final String type;
    private volatile Consumer<? super T> single;
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    Handlers(String type) {
        this.type = type;
    }

    void set(Consumer<? super T> handler) {
        single = handler;
    }

    void add(Consumer<? super T> listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    void remove(Consumer<? super T> listener) {
        listeners.remove(listener);
    }

    void fire(T value) {
        Consumer<? super T> s = single;
        if (s != null) {
            call(s, value);
        }
        for (Consumer<? super T> l : listeners) {
            call(l, value);
        }
    }

    private void call(Consumer<? super T> handler, T value) {
        try {
            handler.accept(value);
        } catch (RuntimeException e) {
            LOG.warn("a {} handler failed", type, e);
        }
    }
}
