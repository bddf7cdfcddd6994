package io.jrtc.interop;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every Chromium cell class shares: one browser for the class (started once, stopped by PID
 * even when a cell fails) and the current call, hung up after each cell.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumCells {
    Chromium chromium;
    ChromiumCall call;

    @BeforeAll
    void startBrowser() throws Exception {
        chromium = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void hangUp() {
        if (call != null) {
            call.close();
            call = null;
        }
    }
}
