'use strict';
// werift (pure TypeScript WebRTC) peers for the SDP corpus.
const { RTCPeerConnection } = require('werift');
const { withTimeout } = require('./common');

/** werift falls back to stun.l.google.com when no STUN server is configured: always pass the local one. */
function newPeer(stunUrl, extra = {}) {
  if (!stunUrl) throw new Error('werift needs a local STUN url');
  return new RTCPeerConnection({
    iceServers: [{ urls: stunUrl }],
    iceAdditionalHostAddresses: ['127.0.0.1'],
    ...extra,
  });
}

function gatheringComplete(pc) {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return withTimeout(new Promise((resolve) => {
    const sub = pc.iceGatheringStateChange.subscribe((state) => {
      if (state === 'complete') { sub.unSubscribe?.(); resolve(); }
    });
  }), 15000, 'werift ICE gathering');
}

async function localSdp(pc) {
  await gatheringComplete(pc);
  return pc.localDescription.sdp;
}

/** Creates an offer on pc, sets it, and returns the SDP after gathering completed. */
async function offer(pc) {
  await pc.setLocalDescription(await pc.createOffer());
  return localSdp(pc);
}

/** Applies a remote offer and returns this peer's answer after gathering completed. */
async function answer(pc, offerSdp) {
  await pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
  await pc.setLocalDescription(await pc.createAnswer());
  return localSdp(pc);
}

function waitConnected(pc, ms = 10000) {
  if (pc.connectionState === 'connected') return Promise.resolve();
  return withTimeout(new Promise((resolve, reject) => {
    pc.connectionStateChange.subscribe((s) => {
      if (s === 'connected') resolve();
      if (s === 'failed') reject(new Error('werift connection failed'));
    });
  }), ms, 'werift connected');
}

async function closeAll(...pcs) {
  for (const pc of pcs) {
    try { await pc.close(); } catch (e) { /* ignore */ }
  }
}

/** werift offerer + werift answerer, data channel only; then audio+video transceivers. */
async function capture(stunUrl, write) {
  {
    const a = newPeer(stunUrl);
    const b = newPeer(stunUrl);
    a.createDataChannel('corpus');
    const o = await offer(a);
    write('werift-offer-data.sdp', o);
    const ans = await answer(b, o);
    write('werift-answer-data.sdp', ans);
    await a.setRemoteDescription({ type: 'answer', sdp: ans });
    await waitConnected(a).catch((e) => console.warn(`werift data: ${e.message}`));
    await closeAll(a, b);
  }
  {
    // werift's own default bundlePolicy is max-compat; keep it so the capture is what an
    // unconfigured werift peer sends.
    const a = newPeer(stunUrl);
    a.addTransceiver('audio', { direction: 'sendrecv' });
    a.addTransceiver('video', { direction: 'sendrecv' });
    a.createDataChannel('corpus');
    const o = await offer(a);
    write('werift-offer-audio-video.sdp', o);
    const b = newPeer(stunUrl);
    const ans = await answer(b, o);
    write('werift-answer-audio-video.sdp', ans);
    await closeAll(a, b);
  }
}

module.exports = { newPeer, offer, answer, localSdp, waitConnected, closeAll, capture };
