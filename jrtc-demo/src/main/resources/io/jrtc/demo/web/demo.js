'use strict';
// "Talk to jrtc": one RTCPeerConnection to a jrtc peer (POST /demo/offer, ICE gathered first).
const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

function addLine(list, text, cls) {
  const li = document.createElement('li');
  li.textContent = text;
  if (cls) li.className = cls;
  list.append(li);
  list.scrollTop = list.scrollHeight;
}
const stamp = () => new Date().toISOString().substring(11, 23);
function hex(buffer) { return [...new Uint8Array(buffer)].map(b => b.toString(16).padStart(2, '0')).join(''); }

const charts = {
  rtt: new LineChart($('chart-rtt'), 4),
  bitrate: new LineChart($('chart-bitrate'), 4),
  loss: new LineChart($('chart-loss'), 4),
};
const demo = { pc: null, chat: null, file: null, stats: null, timer: null, last: null, jrtcLast: null, fileWaiter: null, chatWaiter: null };

function showState(pc) {
  const set = (id, v, name) => { if ($(id).textContent !== v) { $(id).textContent = v; addLine($('state-log'), stamp() + ' ' + name + ' → ' + v); } };
  set('st-connection', pc.connectionState, 'connection');
  set('st-ice', pc.iceConnectionState, 'ICE connection');
  set('st-gathering', pc.iceGatheringState, 'ICE gathering');
  set('st-signaling', pc.signalingState, 'signaling');
}

async function connect() {
  $('connect').disabled = true;
  const pc = new RTCPeerConnection({iceServers: []});
  demo.pc = pc;
  ['connectionstatechange', 'iceconnectionstatechange', 'icegatheringstatechange', 'signalingstatechange']
    .forEach(e => pc.addEventListener(e, () => showState(pc)));
  showState(pc);
  demo.chat = pc.createDataChannel('chat');
  demo.file = pc.createDataChannel('file');
  demo.file.binaryType = 'arraybuffer';
  demo.stats = pc.createDataChannel('stats');
  demo.chat.onopen = () => { $('chat-input').disabled = false; $('chat-send').disabled = false; $('file-input').disabled = false; };
  demo.chat.onmessage = e => { addLine($('chat-log'), 'jrtc: ' + e.data); if (demo.chatWaiter) demo.chatWaiter(e.data); };
  demo.file.onmessage = e => onFileReply(JSON.parse(e.data));
  demo.stats.onmessage = e => { demo.jrtcReport = JSON.parse(e.data); };
  if ($('use-media').checked) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({audio: true, video: true});
      $('local-video').srcObject = stream;
      stream.getTracks().forEach(t => pc.addTrack(t, stream));
    } catch (e) {
      addLine($('state-log'), 'no camera/microphone: ' + e.message, 'fail');
    }
  }
  pc.ontrack = e => { $('echo-video').srcObject = e.streams[0] || new MediaStream([e.track]); };
  await pc.setLocalDescription();
  await new Promise(resolve => {
    if (pc.iceGatheringState === 'complete') return resolve();
    pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
  });
  const res = await fetch('/demo/offer', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({type: 'offer', sdp: pc.localDescription.sdp})});
  if (!res.ok) { addLine($('state-log'), 'jrtc refused the offer: ' + res.status + ' ' + await res.text(), 'fail'); return; }
  await pc.setRemoteDescription(await res.json());
  $('disconnect').disabled = false;
  demo.timer = setInterval(sampleStats, 1000);
}

function disconnect() {
  clearInterval(demo.timer);
  if (demo.pc) { demo.pc.close(); showState(demo.pc); }
  const local = $('local-video').srcObject;
  if (local) local.getTracks().forEach(t => t.stop());
  $('connect').disabled = false; $('disconnect').disabled = true;
  ['chat-input', 'chat-send', 'file-input'].forEach(id => $(id).disabled = true);
}

function sendChat(text) {
  addLine($('chat-log'), 'you: ' + text);
  demo.chat.send(text);
}

async function sendFile(name, bytes) {
  $('file-result').textContent = '';
  const local = hex(await crypto.subtle.digest('SHA-256', bytes));
  demo.expected = {name, local, size: bytes.byteLength};
  demo.file.send(JSON.stringify({name, size: bytes.byteLength}));
  const chunk = 16384;
  demo.file.bufferedAmountLowThreshold = 1 << 20;
  for (let off = 0; off < bytes.byteLength; off += chunk) {
    if (demo.file.bufferedAmount > 4 << 20) {
      await new Promise(r => { demo.file.onbufferedamountlow = () => { demo.file.onbufferedamountlow = null; r(); }; });
    }
    demo.file.send(bytes.slice(off, Math.min(off + chunk, bytes.byteLength)));
    $('file-progress').textContent = 'sent ' + Math.min(off + chunk, bytes.byteLength) + ' of ' + bytes.byteLength + ' bytes';
  }
}

function onFileReply(msg) {
  if (msg.type !== 'sha256') { $('file-result').textContent = 'jrtc: ' + msg.message; $('file-result').className = 'fail'; return; }
  const exp = demo.expected || {};
  const match = msg.sha256 === exp.local && msg.bytes === exp.size;
  $('file-result').className = match ? 'ok' : 'fail';
  $('file-result').textContent = 'jrtc received ' + msg.bytes + ' bytes of ' + msg.name + ', SHA-256 ' + msg.sha256 +
    (match ? ' — matches the file' : ' — DIFFERS from the file (' + exp.local + ')');
  if (demo.fileWaiter) demo.fileWaiter({match, msg});
}

// One sample a second: RTT, bitrate both ways and loss from the browser's getStats and jrtc's.
function values(report) { return report instanceof Map || (report && report.forEach && !Array.isArray(report)) ? [...report.values()] : (Array.isArray(report) ? report : Object.values(report || {})); }
function totals(list) {
  const byId = new Map(list.map(s => [s.id, s]));
  const transport = list.find(s => s.type === 'transport');
  let pair = transport && byId.get(transport.selectedCandidatePairId);
  if (!pair) pair = list.find(s => s.type === 'candidate-pair' && (s.nominated || s.state === 'succeeded'));
  let sent, received;
  const src = [transport, pair].find(s => s && s.bytesSent !== undefined);
  if (src) {
    sent = src.bytesSent; received = src.bytesReceived;
  } else {
    // jrtc reports bytes per RTP stream and per data channel, not per transport: add them up.
    const sum = (types, key) => list.filter(s => types.includes(s.type) && s[key] !== undefined).reduce((n, s) => n + s[key], 0);
    sent = sum(['outbound-rtp', 'data-channel'], 'bytesSent');
    received = sum(['inbound-rtp', 'data-channel'], 'bytesReceived');
  }
  let lost, haveLoss = false;
  list.forEach(s => { if (s.type === 'inbound-rtp' && s.packetsLost !== undefined) { lost = (lost || 0) + s.packetsLost; haveLoss = true; } });
  return {
    sent, received,
    rtt: pair && pair.currentRoundTripTime !== undefined ? pair.currentRoundTripTime * 1000 : undefined,
    lost: haveLoss ? lost : undefined,
  };
}
function rate(now, prev, key, dt) { return now[key] !== undefined && prev && prev[key] !== undefined ? (now[key] - prev[key]) * 8 / 1000 / dt : undefined; }

async function sampleStats() {
  if (!demo.pc || demo.pc.connectionState === 'closed') return;
  const t = performance.now() / 1000;
  const b = totals(values(await demo.pc.getStats()));
  const j = demo.jrtcReport ? totals(values(demo.jrtcReport)) : {};
  if (demo.last) {
    const dt = t - demo.last.t;
    charts.bitrate.push(0, rate(b, demo.last.b, 'sent', dt));
    charts.bitrate.push(1, rate(b, demo.last.b, 'received', dt));
    charts.bitrate.push(2, rate(j, demo.last.j, 'sent', dt));
    charts.bitrate.push(3, rate(j, demo.last.j, 'received', dt));
  }
  charts.rtt.push(0, b.rtt);
  charts.rtt.push(2, j.rtt);
  charts.loss.push(1, b.lost);
  charts.loss.push(3, j.lost);
  demo.last = {t, b, j};
  Object.values(charts).forEach(c => c.draw());
}

async function videoIn() {
  let v = {framesDecoded: 0, packetsReceived: 0, keyFramesDecoded: 0};
  (await demo.pc.getStats()).forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'video') v = s; });
  return v;
}

$('connect').onclick = () => connect().catch(e => addLine($('state-log'), 'error: ' + e.message, 'fail'));
$('disconnect').onclick = disconnect;
$('chat-form').onsubmit = e => { e.preventDefault(); const v = $('chat-input').value.trim(); if (v) { sendChat(v); $('chat-input').value = ''; } };
$('file-input').onchange = async () => { const f = $('file-input').files[0]; if (f) await sendFile(f.name, await f.arrayBuffer()); };
$('tab-jrtc').onclick = () => { $('mode-jrtc').hidden = false; $('mode-room').hidden = true; $('tab-jrtc').classList.add('active'); $('tab-room').classList.remove('active'); };
$('tab-room').onclick = () => { $('mode-jrtc').hidden = true; $('mode-room').hidden = false; $('tab-room').classList.add('active'); $('tab-jrtc').classList.remove('active'); };

// ?autotest=URL: drives the page by itself (used by the tests) and POSTs the results to URL.
async function autotest(reportUrl) {
  const results = [];
  const check = (name, ok, detail) => results.push({name, ok: !!ok, detail: String(detail)});
  const within = (ms, p, what) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(what + ' timed out')), ms))]);
  try {
    await within(20000, connect(), 'connect');
    await within(15000, new Promise(r => { if (demo.chat.readyState === 'open') r(); else demo.chat.addEventListener('open', r); }), 'chat open');
    const reply = within(10000, new Promise(r => { demo.chatWaiter = r; }), 'chat reply');
    $('chat-input').value = 'hello jrtc';
    $('chat-form').requestSubmit();
    const text = await reply;
    check('chat', text.includes('hello jrtc'), text);
    const bytes = new Uint8Array(300000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >> 8)) & 0xff;
    const done = within(20000, new Promise(r => { demo.fileWaiter = r; }), 'file hash');
    await sendFile('autotest.bin', bytes.buffer);
    const {match, msg} = await done;
    check('file sha-256', match, msg.bytes + ' bytes ' + msg.sha256);
    let v = await videoIn();
    for (let i = 1; i <= 60 && !v.framesDecoded; i++) {
      await new Promise(r => setTimeout(r, 250));
      v = await videoIn();
    }
    check('echoed video', v.framesDecoded > 0, v.framesDecoded + ' frames decoded (' + v.packetsReceived + ' packets received)');
    const jrtcPoints = () => Math.min(charts.bitrate.series[2].length, charts.bitrate.series[3].length);
    const filled = () => charts.rtt.points() >= 3 && charts.bitrate.points() >= 8 && jrtcPoints() >= 2 && charts.loss.points() >= 3;
    for (let i = 0; i < 30 && !filled(); i++) await new Promise(r => setTimeout(r, 500));
    check('charts', filled(),
      'points: rtt ' + charts.rtt.points() + ', bitrate ' + charts.bitrate.points() + ', loss ' + charts.loss.points() +
      ', jrtc bitrate ' + (charts.bitrate.series[2].length + charts.bitrate.series[3].length));
    check('states', $('st-connection').textContent === 'connected' && $('st-signaling').textContent === 'stable',
      $('st-connection').textContent + ' / ' + $('st-ice').textContent + ' / ' + $('st-signaling').textContent);
  } catch (e) {
    check('autotest', false, e.message);
  }
  document.title = 'autotest done';
  await fetch(reportUrl, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(results)});
}
if (params.get('autotest')) autotest(params.get('autotest'));
