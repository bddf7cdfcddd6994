// One small interface over werift and node-datachannel, so the peer and bench scripts are the
// same for both. Signaling messages are the browsers' JSON: {description:{type,sdp}} and
// {candidate:{candidate,sdpMid,sdpMLineIndex}}. Everything stays on 127.0.0.1 (INTEROP.md).

const LOOPBACK = "127.0.0.1";

// Keeps only loopback candidates: the tests must never send to another address of this machine.
function loopbackCandidate(line) {
  const parts = line.replace(/^a=/, "").split(" ");
  return parts.length > 5 && parts[4] === LOOPBACK;
}

function loopbackSdp(sdp) {
  return sdp
    .split("\r\n")
    .filter((l) => !l.startsWith("a=candidate:") || loopbackCandidate(l))
    .join("\r\n");
}

/** A data channel of either stack, with the few operations the scripts use. */
class Channel {
  constructor(impl) {
    this.impl = impl;
  }
}

class WeriftChannel extends Channel {
  onOpen(cb) {
    if (this.impl.readyState === "open") cb();
    else this.impl.stateChanged.subscribe((s) => s === "open" && cb());
  }
  onMessage(cb) {
    this.impl.onMessage.subscribe((m) => cb(m));
  }
  send(data) {
    this.impl.send(data);
  }
  bufferedAmount() {
    return this.impl.bufferedAmount;
  }
  onBufferedAmountLow(threshold, cb) {
    this.impl.bufferedAmountLowThreshold = threshold;
    this.impl.bufferedAmountLow.subscribe(() => cb());
  }
  close() {
    this.impl.close();
  }
}

class NdcChannel extends Channel {
  constructor(impl) {
    super(impl);
    this.opened = false;
    this.openCbs = [];
    impl.onOpen(() => {
      this.opened = true;
      for (const cb of this.openCbs) cb();
    });
  }
  onOpen(cb) {
    if (this.opened || this.impl.isOpen()) cb();
    else this.openCbs.push(cb);
  }
  onMessage(cb) {
    this.impl.onMessage((m) => cb(m));
  }
  send(data) {
    if (typeof data === "string") this.impl.sendMessage(data);
    else this.impl.sendMessageBinary(data);
  }
  bufferedAmount() {
    return this.impl.bufferedAmount();
  }
  onBufferedAmountLow(threshold, cb) {
    this.impl.setBufferedAmountLowThreshold(threshold);
    this.impl.onBufferedAmountLow(() => cb());
  }
  close() {
    this.impl.close();
  }
}

/** werift 0.24.4: coturn on stunPort is its only ICE server, so it never asks Google's. */
async function weriftPeer(stunPort, send) {
  const { RTCPeerConnection } = await import("werift");
  if (!stunPort) throw new Error("werift needs a local STUN server port (it falls back to Google's otherwise)");
  const pc = new RTCPeerConnection({
    iceServers: [{ urls: `stun:${LOOPBACK}:${stunPort}` }],
    iceAdditionalHostAddresses: [LOOPBACK],
    iceUseIpv6: false,
    // Pairs only between loopback addresses: nothing leaves 127.0.0.1.
    iceFilterCandidatePair: (pair) =>
      pair.localCandidate.host === LOOPBACK && pair.remoteCandidate.host === LOOPBACK,
  });
  // Candidates go out after the description they belong to, as the peer needs it first.
  let described = false;
  const pending = [];
  const describe = (description) => {
    send({ description });
    described = true;
    for (const m of pending.splice(0)) send(m);
  };
  pc.onIceCandidate.subscribe((c) => {
    if (!c || !loopbackCandidate(c.candidate)) return;
    const m = { candidate: c.toJSON() };
    if (described) send(m);
    else pending.push(m);
  });
  const peer = {
    pc,
    createChannel: (label) => new WeriftChannel(pc.createDataChannel(label)),
    onChannel: (cb) => pc.onDataChannel.subscribe((dc) => cb(new WeriftChannel(dc))),
    async offer() {
      await pc.setLocalDescription(await pc.createOffer());
      describe({ type: "offer", sdp: loopbackSdp(pc.localDescription.sdp) });
    },
    async receive(msg) {
      if (msg.description) {
        await pc.setRemoteDescription(msg.description);
        if (msg.description.type === "offer") {
          await pc.setLocalDescription(await pc.createAnswer());
          describe({ type: "answer", sdp: loopbackSdp(pc.localDescription.sdp) });
        }
      } else if (msg.candidate && msg.candidate.candidate) {
        await pc.addIceCandidate(msg.candidate);
      }
    },
    close: () => pc.close(),
  };
  return peer;
}

/** node-datachannel 0.33.4 (libdatachannel): bound to 127.0.0.1, no ICE servers. */
async function ndcPeer(_stunPort, send) {
  const ndc = (await import("node-datachannel")).default;
  const pc = new ndc.PeerConnection("jrtc-interop", { iceServers: [], bindAddress: LOOPBACK, enableIceTcp: false });
  let described = false;
  const pending = [];
  pc.onLocalDescription((sdp, type) => {
    described = true;
    send({ description: { type: type.toLowerCase(), sdp: loopbackSdp(sdp) } });
    for (const m of pending.splice(0)) send(m);
  });
  pc.onLocalCandidate((candidate, mid) => {
    if (!loopbackCandidate(candidate)) return;
    const m = { candidate: { candidate: candidate.replace(/^a=/, ""), sdpMid: mid, sdpMLineIndex: 0 } };
    if (described) send(m);
    else pending.push(m);
  });
  return {
    pc,
    createChannel: (label) => new NdcChannel(pc.createDataChannel(label)),
    onChannel: (cb) => pc.onDataChannel((dc) => cb(new NdcChannel(dc))),
    async offer() {
      // createDataChannel already started the offer; onLocalDescription sends it.
    },
    async receive(msg) {
      if (msg.description) {
        pc.setRemoteDescription(msg.description.sdp, msg.description.type);
      } else if (msg.candidate && msg.candidate.candidate) {
        pc.addRemoteCandidate(msg.candidate.candidate, msg.candidate.sdpMid ?? "0");
      }
    },
    close: () => pc.close(),
  };
}

export async function createPeer(stack, stunPort, send) {
  switch (stack) {
    case "werift":
      return weriftPeer(stunPort, send);
    case "node-datachannel":
      return ndcPeer(stunPort, send);
    default:
      throw new Error(`unknown stack ${stack}: werift or node-datachannel`);
  }
}

export async function cleanup(stack) {
  if (stack === "node-datachannel") (await import("node-datachannel")).default.cleanup();
}
