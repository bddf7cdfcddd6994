// A werift or node-datachannel peer that a jrtc test drives over stdin/stdout, one JSON object a
// line. In: signaling messages from jrtc. Out: signaling messages for jrtc, and {event:...} lines
// (ready, open, error). Every data-channel message is echoed back on its channel, text as text
// and binary as binary. Usage: node peer.mjs <werift|node-datachannel> <offer|answer> [stunPort]
import { createInterface } from "node:readline";
import { createPeer, cleanup } from "./stacks.mjs";

const [stack, role, stunPort] = process.argv.slice(2);
const out = (m) => process.stdout.write(JSON.stringify(m) + "\n");
const fail = (e) => {
  out({ event: "error", message: String(e && e.stack ? e.stack : e) });
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const echo = (ch) => {
  ch.onOpen(() => out({ event: "open" }));
  let echoed = 0;
  ch.onMessage((m) => {
    ch.send(m);
    echoed++;
  });
  return () => echoed;
};

const peer = await createPeer(stack, stunPort ? Number(stunPort) : 0, out);
let echoed = () => 0;
if (role === "offer") {
  echoed = echo(peer.createChannel("echo"));
  await peer.offer();
} else if (role === "answer") {
  peer.onChannel((ch) => (echoed = echo(ch)));
} else {
  throw new Error(`role must be offer or answer, not ${role}`);
}
out({ event: "ready", stack, role });

// Signaling from jrtc, handled one at a time in arrival order.
let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (!line.trim()) return;
  queue = queue.then(() => peer.receive(JSON.parse(line))).catch(fail);
});
// jrtc closing stdin (or the test ending) stops the peer.
lines.on("close", async () => {
  await queue;
  out({ event: "closed", echoed: echoed() });
  try {
    await peer.close();
  } finally {
    await cleanup(stack);
    process.exit(0);
  }
});
