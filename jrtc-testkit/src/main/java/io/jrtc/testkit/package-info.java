/** See module-info. */
package io.jrtc.testkit;
