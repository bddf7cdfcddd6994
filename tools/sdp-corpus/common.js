'use strict';
// Shared helpers for the SDP corpus capture scripts.
// Everything here stays on 127.0.0.1: the only ICE server any peer gets is the local
// coturn STUN server started by startStun().

const fs = require('node:fs');
const path = require('node:path');
const dgram = require('node:dgram');
const net = require('node:net');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');

const DEFAULT_OUT_DIR = path.resolve(__dirname, '../../jrtc-sdp/src/test/resources/io/jrtc/sdp/corpus');

function outDir() {
  const dir = process.env.SDP_CORPUS_OUT || DEFAULT_OUT_DIR;
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes an SDP exactly as the stack produced it (no line-ending conversion). */
function writeSdp(name, sdp) {
  if (typeof sdp !== 'string' || !sdp.startsWith('v=0')) {
    throw new Error(`${name}: not an SDP: ${JSON.stringify(sdp).slice(0, 80)}`);
  }
  const file = path.join(outDir(), name);
  fs.writeFileSync(file, sdp, { encoding: 'utf8' });
  const crlf = (sdp.match(/\r\n/g) || []).length;
  const lf = (sdp.match(/\n/g) || []).length;
  const ending = crlf === lf ? 'CRLF' : crlf === 0 ? 'LF' : 'mixed';
  console.log(`wrote ${name} (${Buffer.byteLength(sdp)} bytes, ${ending})`);
  return file;
}

function freePort(type) {
  return new Promise((resolve, reject) => {
    if (type === 'udp') {
      const s = dgram.createSocket('udp4');
      s.once('error', reject);
      s.bind(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => resolve(port));
      });
    } else {
      const s = net.createServer();
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => resolve(port));
      });
    }
  });
}

/** Sends one STUN Binding request to 127.0.0.1:port; resolves true on any response. */
function stunPing(port, timeoutMs = 300) {
  return new Promise((resolve) => {
    const s = dgram.createSocket('udp4');
    const req = Buffer.alloc(20);
    req.writeUInt16BE(0x0001, 0); // Binding request
    req.writeUInt16BE(0, 2);
    req.writeUInt32BE(0x2112a442, 4);
    crypto.randomBytes(12).copy(req, 8);
    const timer = setTimeout(() => { s.close(); resolve(false); }, timeoutMs);
    s.on('message', () => { clearTimeout(timer); s.close(); resolve(true); });
    s.on('error', () => { clearTimeout(timer); s.close(); resolve(false); });
    s.send(req, port, '127.0.0.1');
  });
}

/**
 * Starts coturn (Debian package "coturn") on 127.0.0.1 as a STUN server, so that werift,
 * which otherwise falls back to stun.l.google.com, queries only this machine.
 */
async function startStun() {
  const port = await freePort('udp');
  const relayMin = 40000 + Math.floor(Math.random() * 20000);
  const args = [
    '-n', '--listening-ip=127.0.0.1', '--relay-ip=127.0.0.1', `--listening-port=${port}`,
    `--min-port=${relayMin}`, `--max-port=${relayMin + 20}`,
    '--lt-cred-mech', '--user=test:secret', '--realm=jrtc.test',
    '--no-tls', '--no-dtls', '--no-cli', '--allow-loopback-peers',
    '--log-file=stdout', '--simple-log',
  ];
  const proc = spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  console.log(`started turnserver pid ${proc.pid} on 127.0.0.1:${port}`);
  for (let i = 0; i < 50; i++) {
    if (proc.exitCode !== null) break;
    if (await stunPing(port)) {
      return { port, url: `stun:127.0.0.1:${port}`, proc, stop: () => stopProcess(proc, 'turnserver') };
    }
    await sleep(100);
  }
  stopProcess(proc, 'turnserver');
  throw new Error(`turnserver did not answer STUN on 127.0.0.1:${port}\n${log}`);
}

function stopProcess(proc, name) {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => { console.log(`stopped ${name} pid ${proc.pid}`); resolve(); });
    proc.kill('SIGTERM');
    setTimeout(() => { if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL'); }, 3000).unref();
  });
}

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timeout: ${what}`)), ms); }),
  ]);
}

module.exports = { outDir, writeSdp, freePort, startStun, stopProcess, sleep, withTimeout };
