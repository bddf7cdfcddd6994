'use strict';
// Re-captures the whole SDP corpus: werift, node-datachannel and headless Chromium.
// Usage: node capture-all.js [werift|node-datachannel|chromium ...]   (default: all)
// Output: ../../jrtc-sdp/src/test/resources/io/jrtc/sdp/corpus (or $SDP_CORPUS_OUT).
const { startStun, writeSdp, outDir } = require('./common');

async function main() {
  const wanted = new Set(process.argv.slice(2));
  const want = (name) => wanted.size === 0 || wanted.has(name);
  console.log(`writing to ${outDir()}`);
  const stun = await startStun(); // local STUN only: werift would otherwise use Google's
  try {
    if (want('werift')) await require('./werift-peers').capture(stun.url, writeSdp);
    if (want('node-datachannel')) await require('./ndc-peers').capture(writeSdp);
    if (want('chromium')) await require('./capture-chromium').capture({ stunUrl: stun.url, write: writeSdp });
  } finally {
    await stun.stop();
  }
}

main().then(
  // No node-datachannel cleanup() here: in 0.33.4 it aborts the process once peers were
  // closed (napi_release_threadsafe_function assertion); exiting is enough.
  () => process.exit(0),
  (e) => { console.error(e.stack || e); process.exit(1); });
