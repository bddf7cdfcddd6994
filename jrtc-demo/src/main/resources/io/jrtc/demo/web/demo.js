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

// Browser series in blues, jrtc's in reds; jrtc's come from the samples it sends on the "stats" channel.
const BROWSER = '#457b9d', BROWSER2 = '#8ecae6', JRTC = '#e63946', JRTC2 = '#f4a261';
const charts = {
  rtt: new LineChart($('chart-rtt'), [['browser', BROWSER], ['jrtc', JRTC]]),
  bitrate: new LineChart($('chart-bitrate'), [['browser sends', BROWSER], ['browser receives', BROWSER2], ['jrtc sends', JRTC], ['jrtc receives', JRTC2]]),
  loss: new LineChart($('chart-loss'), [['browser', BROWSER], ['jrtc', JRTC]]),
};
const demo = { pc: null, chat: null, file: null, stats: null, timer: null, last: null, jrtcSamples: [], fileWaiter: null, chatWaiter: null };

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
  demo.stats.onmessage = e => onJrtcSample(JSON.parse(e.data));
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

// The browser's side: one sample a second from its getStats (RTT of the selected candidate pair,
// the transport's bytes, inbound-rtp packetsLost).
function browserSample(report) {
  const list = [...report.values()];
  const transport = list.find(s => s.type === 'transport');
  const pair = transport && report.get(transport.selectedCandidatePairId);
  let lost;
  list.forEach(s => { if (s.type === 'inbound-rtp' && s.packetsLost !== undefined) lost = (lost || 0) + s.packetsLost; });
  return {
    sent: transport && transport.bytesSent, received: transport && transport.bytesReceived,
    rtt: pair && pair.currentRoundTripTime !== undefined ? pair.currentRoundTripTime * 1000 : undefined,
    lost,
  };
}
function rate(now, prev, seconds) {
  return now !== undefined && prev !== undefined && seconds > 0 ? (now - prev) * 8 / 1000 / seconds : undefined;
}

async function sampleStats() {
  if (!demo.pc || demo.pc.connectionState === 'closed') return;
  const t = performance.now() / 1000;
  const b = browserSample(await demo.pc.getStats());
  if (demo.last) {
    charts.bitrate.push(0, rate(b.sent, demo.last.b.sent, t - demo.last.t));
    charts.bitrate.push(1, rate(b.received, demo.last.b.received, t - demo.last.t));
  }
  charts.rtt.push(0, b.rtt);
  charts.loss.push(0, b.lost);
  demo.last = {t, b};
  Object.values(charts).forEach(c => c.draw());
}

// jrtc's side: the sample jrtc sends once a second (io.jrtc.demo.StatsSample), timed by jrtc's clock.
function onJrtcSample(j) {
  const prev = demo.jrtcSamples[demo.jrtcSamples.length - 1];
  demo.jrtcSamples.push(j);
  if (demo.jrtcSamples.length > 600) demo.jrtcSamples.shift();
  if (prev) {
    const seconds = (j.timestamp - prev.timestamp) / 1000;
    charts.bitrate.push(2, rate(j.bytesSent, prev.bytesSent, seconds));
    charts.bitrate.push(3, rate(j.bytesReceived, prev.bytesReceived, seconds));
  }
  if (j.roundTripTime !== undefined) charts.rtt.push(1, j.roundTripTime * 1000);
  if (j.packetsLost !== undefined) charts.loss.push(1, j.packetsLost);
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
    // Every series has a few points, and jrtc's RTCP round trip has measured something.
    const lengths = () => Object.entries(charts).map(([name, c]) => c.labels.map((l, k) => name + ' ' + l + ': ' + c.series[k].length).join(', ')).join('; ');
    const filled = () => Object.values(charts).every(c => c.series.every(s => s.length >= 5)) && charts.rtt.series[1].some(v => v > 0);
    for (let i = 0; i < 60 && !filled(); i++) await new Promise(r => setTimeout(r, 500));
    check('charts', filled(), lengths());
    results.push({name: 'jrtc series', ok: true, detail: lengths(), samples: demo.jrtcSamples.slice(-30),
      series: {rtt: charts.rtt.series[1], sends: charts.bitrate.series[2], receives: charts.bitrate.series[3], lost: charts.loss.series[1]}});
    check('states', $('st-connection').textContent === 'connected' && $('st-signaling').textContent === 'stable',
      $('st-connection').textContent + ' / ' + $('st-ice').textContent + ' / ' + $('st-signaling').textContent);
  } catch (e) {
    check('autotest', false, e.message);
  }
  document.title = 'autotest done';
  await fetch(reportUrl, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(results)});
}
if (params.get('autotest')) autotest(params.get('autotest'));
