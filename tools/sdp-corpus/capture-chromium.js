'use strict';
// Serves page.html from 127.0.0.1, starts headless Chromium on it, and writes every SDP the
// page reports. The page also asks this server for werift / node-datachannel peers
// (cross-stack offers and answers).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { spawn, execFileSync } = require('node:child_process');
const { stopProcess, withTimeout } = require('./common');
const werift = require('./werift-peers');
const ndc = require('./ndc-peers');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function chromiumArgs(userDataDir, url) {
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${userDataDir}`,
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
    '--allow-loopback-in-peer-connection',
    '--disable-features=WebRtcHideLocalIpsWithMdns',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
    ...(process.env.CHROMIUM_DEBUG ? ['--enable-logging=stderr', '--v=0'] : []),
    url,
  ];
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')); } catch (e) { reject(e); }
    });
    req.on('error', reject);
  });
}

/** Node-side peers the page can ask for. */
function makePeerBroker(stunUrl) {
  const peers = new Map();
  let next = 1;
  const store = (stack, pc) => { const id = next++; peers.set(id, { stack, pc }); return id; };
  return {
    async offer(stack) {
      if (stack === 'werift') {
        const pc = werift.newPeer(stunUrl);
        pc.addTransceiver('audio', { direction: 'sendrecv' });
        pc.addTransceiver('video', { direction: 'sendrecv' });
        pc.createDataChannel('corpus');
        return { id: store(stack, pc), sdp: await werift.offer(pc) };
      }
      if (stack === 'node-datachannel') {
        const pc = ndc.newPeer('offer-to-chromium');
        const { Audio, Video } = require('node-datachannel');
        const audio = new Audio('audio', 'SendRecv');
        audio.addOpusCodec(111);
        audio.addSSRC(1111, 'ndc-audio', 'ndc-stream', 'ndc-audio-track');
        const video = new Video('video', 'SendRecv');
        video.addVP8Codec(96);
        video.addSSRC(2222, 'ndc-video', 'ndc-stream', 'ndc-video-track');
        pc.addTrack(audio);
        pc.addTrack(video);
        pc.createDataChannel('corpus');
        return { id: store(stack, pc), sdp: await ndc.offer(pc) };
      }
      throw new Error(`unknown stack ${stack}`);
    },
    async answer(stack, sdp) {
      if (stack === 'werift') {
        const pc = werift.newPeer(stunUrl);
        return { id: store(stack, pc), sdp: await werift.answer(pc, sdp) };
      }
      if (stack === 'node-datachannel') {
        const pc = ndc.newPeer('answer-to-chromium');
        pc.onTrack(() => {});
        return { id: store(stack, pc), sdp: await ndc.answer(pc, sdp) };
      }
      throw new Error(`unknown stack ${stack}`);
    },
    async complete(id, sdp) {
      const { stack, pc } = peers.get(id);
      if (stack === 'werift') await pc.setRemoteDescription({ type: 'answer', sdp });
      else pc.setRemoteDescription(sdp, 'answer');
    },
    async close(id) {
      const p = peers.get(id);
      if (!p) return;
      peers.delete(id);
      if (p.stack === 'werift') await werift.closeAll(p.pc); else p.pc.close();
    },
    async closeAll() { for (const id of [...peers.keys()]) await this.close(id); },
  };
}

async function capture({ stunUrl, write, timeoutMs = 120000 }) {
  const html = fs.readFileSync(path.join(__dirname, 'page.html'));
  const broker = makePeerBroker(stunUrl);
  let finish;
  const finished = new Promise((resolve, reject) => { finish = { resolve, reject }; });
  const captured = [];

  const server = http.createServer(async (req, res) => {
    const reply = (code, obj) => {
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(obj));
    };
    try {
      if (req.method === 'GET' && (req.url === '/' || req.url === '/page.html')) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(html);
      }
      if (req.method !== 'POST') return reply(404, { error: 'not found' });
      const body = await readJson(req);
      switch (req.url) {
        case '/log': console.log(`page: ${body.msg}`); return reply(200, {});
        case '/info': console.log(`page user agent: ${body.userAgent}`); return reply(200, {});
        case '/result': write(body.name, body.sdp); captured.push(body.name); return reply(200, {});
        case '/peer/offer': return reply(200, await broker.offer(body.stack));
        case '/peer/answer': return reply(200, await broker.answer(body.stack, body.sdp));
        case '/peer/complete': await broker.complete(body.id, body.sdp); return reply(200, {});
        case '/peer/close': await broker.close(body.id); return reply(200, {});
        case '/done':
          reply(200, {});
          return body.ok ? finish.resolve() : finish.reject(new Error(`page failed: ${body.error}`));
        default: return reply(404, { error: 'not found' });
      }
    } catch (e) {
      console.error(`server error on ${req.url}: ${e.stack || e}`);
      reply(500, { error: String(e) });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost", not 127.0.0.1: the --host-resolver-rules flag maps every other host (IP literals too) to NOTFOUND.
  const url = `http://localhost:${server.address().port}/page.html`;

  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`using ${version}`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdp-corpus-chromium-'));
  const logFile = path.join(userDataDir, '..', `${path.basename(userDataDir)}.log`);
  const logFd = fs.openSync(logFile, 'w');
  const chromium = spawn(CHROMIUM, chromiumArgs(userDataDir, url), {
    stdio: ['ignore', logFd, logFd],
    detached: true, // own process group, so its helper processes can be checked and ended with it
  });
  console.log(`started chromium pid ${chromium.pid} on ${url} (log ${logFile})`);
  const exited = new Promise((resolve) => chromium.once('exit', (code, sig) => resolve(`chromium exited early (${code ?? sig})`)));

  try {
    await withTimeout(Promise.race([finished, exited.then((m) => { throw new Error(m); })]), timeoutMs, 'Chromium page');
  } finally {
    await stopProcess(chromium, 'chromium');
    try { process.kill(-chromium.pid, 0); process.kill(-chromium.pid, 'SIGKILL'); } catch (e) { /* group gone */ }
    fs.closeSync(logFd);
    await broker.closeAll();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  return { version, captured };
}

module.exports = { capture, chromiumArgs };
