// ./jrtc bench interop's workload for a pair of one Node stack, in this one process: setup time
// (both connections created until the data channel is open at both ends, `runs` times) and then
// goodput (one reliable ordered channel, `size`-byte binary messages for `seconds` s, bytes the
// receiver got divided by the time). Prints one JSON line. Loopback only.
// `warmup` uncounted setups go first (as for jrtc, whose JIT needs them).
// Usage: node bench-pair.mjs <werift|node-datachannel> <stunPort> <runs> <seconds> <size> [warmup]
import { performance } from "node:perf_hooks";
import { createPeer, cleanup } from "./stacks.mjs";

const [stack, stunPortArg, runsArg, secondsArg, sizeArg, warmupArg] = process.argv.slice(2);
const warmup = Number(warmupArg ?? 0);
const stunPort = Number(stunPortArg);
const runs = Number(runsArg ?? 20);
const seconds = Number(secondsArg ?? 10);
const size = Number(sizeArg ?? 65536);
const HIGH = 1 << 20; // keep at most 1 MiB queued in the sender
const LOW = 256 * 1024;

async function connect() {
  const start = performance.now();
  let a, b;
  // Signaling crosses on the next turn of the event loop, as a real channel would.
  let qa = Promise.resolve(), qb = Promise.resolve();
  a = await createPeer(stack, stunPort, (m) => setImmediate(() => (qb = qb.then(() => b.receive(m)))));
  b = await createPeer(stack, stunPort, (m) => setImmediate(() => (qa = qa.then(() => a.receive(m)))));
  const remote = new Promise((resolve) => b.onChannel((ch) => ch.onOpen(() => resolve(ch))));
  const local = a.createChannel("bench");
  const localOpen = new Promise((resolve) => local.onOpen(resolve));
  await a.offer();
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${stack}: no open channel within 30 s`)), 30000).unref());
  const [, remoteCh] = await Promise.race([Promise.all([localOpen, remote]), timeout]);
  return { a, b, local, remote: remoteCh, ms: performance.now() - start };
}

async function closePair(p) {
  await p.a.close();
  await p.b.close();
}

for (let i = 0; i < warmup; i++) await closePair(await connect());
const setup = [];
for (let i = 0; i < runs; i++) {
  const p = await connect();
  setup.push(p.ms);
  await closePair(p);
}
setup.sort((x, y) => x - y);
const median = setup.length % 2 ? setup[(setup.length - 1) / 2] : (setup[setup.length / 2 - 1] + setup[setup.length / 2]) / 2;

const p = await connect();
const payload = Buffer.alloc(size, 0x5a);
let received = 0;
let messages = 0;
let sending = true;
p.remote.onMessage((m) => {
  received += m.length ?? m.byteLength;
  messages++;
});
const pump = () => {
  while (sending && p.local.bufferedAmount() < HIGH) p.local.send(payload);
};
p.local.onBufferedAmountLow(LOW, pump);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
pump();
// Some stacks do not fire bufferedamountlow reliably: poll too, so the sender never stalls.
const poll = setInterval(pump, 5);
await new Promise((r) => setTimeout(r, seconds * 1000));
const got = received;
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuMsPerMiB = (cpu.user + cpu.system) / 1000 / (got / 1048576);
sending = false;
clearInterval(poll);
await closePair(p);
process.stdout.write(
  JSON.stringify({ stack, setupMs: setup, setupMedianMs: median, goodputBytesPerSec: got / elapsed, cpuMsPerMiB, messages, seconds: elapsed }) + "\n",
);
await cleanup(stack);
process.exit(0);
