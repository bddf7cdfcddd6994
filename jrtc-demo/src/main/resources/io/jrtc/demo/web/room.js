'use strict';
// "Room call": two browsers call each other; jrtc only relays signaling over /ws/ROOM.
const room = { ws: null, pc: null, peer: null, chat: null, stream: null };

function roomLog(text, cls) { addLine($('room-log'), stamp() + ' ' + text, cls); }

function newPeerConnection(peerId) {
  const pc = new RTCPeerConnection({iceServers: []});
  room.pc = pc; room.peer = peerId;
  ['connectionstatechange', 'iceconnectionstatechange', 'signalingstatechange'].forEach(e =>
    pc.addEventListener(e, () => roomLog('connection ' + pc.connectionState + ', ICE ' + pc.iceConnectionState + ', signaling ' + pc.signalingState)));
  pc.onicecandidate = e => signal(e.candidate ? e.candidate.toJSON() : {candidate: ''});
  pc.ontrack = e => { $('room-remote').srcObject = e.streams[0] || new MediaStream([e.track]); };
  pc.ondatachannel = e => useChat(e.channel);
  if (room.stream) room.stream.getTracks().forEach(t => pc.addTrack(t, room.stream));
  return pc;
}

function useChat(channel) {
  room.chat = channel;
  channel.onopen = () => { $('room-chat-input').disabled = false; $('room-chat-send').disabled = false; roomLog('chat open'); };
  channel.onmessage = e => { addLine($('room-chat-log'), 'them: ' + e.data); if (room.chatWaiter) room.chatWaiter(e.data); };
  if (channel.readyState === 'open') channel.onopen();
}

function signal(data) { room.ws.send(JSON.stringify({type: 'signal', to: room.peer, data})); }

async function onSignal(from, data) {
  if (!room.pc) newPeerConnection(from);
  if (from !== room.peer) return;
  if (data.type === 'offer') {
    await room.pc.setRemoteDescription(data);
    await room.pc.setLocalDescription();
    signal(room.pc.localDescription.toJSON());
  } else if (data.type === 'answer') {
    await room.pc.setRemoteDescription(data);
  } else if (data.candidate !== undefined) {
    if (data.candidate === '') return;
    await room.pc.addIceCandidate(data);
  }
}

async function joinRoom() {
  const name = $('room-name').value.trim();
  $('room-join').disabled = true;
  try {
    room.stream = await navigator.mediaDevices.getUserMedia({audio: true, video: true});
    $('room-local').srcObject = room.stream;
  } catch (e) { roomLog('no camera/microphone: ' + e.message, 'fail'); }
  const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/' + encodeURIComponent(name));
  room.ws = ws;
  ws.onmessage = async e => {
    const m = JSON.parse(e.data);
    if (m.type === 'joined') {
      $('room-status').textContent = 'in room ' + m.room + ' as ' + m.id + (m.peers.length ? '' : ', waiting for someone');
      $('room-leave').disabled = false;
      if (m.peers.length) {
        // The newcomer calls the one already there.
        const pc = newPeerConnection(m.peers[0]);
        useChat(pc.createDataChannel('chat'));
        await pc.setLocalDescription();
        signal(pc.localDescription.toJSON());
      }
    } else if (m.type === 'peer-joined') {
      roomLog('peer ' + m.id + ' joined');
    } else if (m.type === 'peer-left') {
      roomLog('peer ' + m.id + ' left');
      if (room.peer === m.id && room.pc) { room.pc.close(); room.pc = null; room.peer = null; }
    } else if (m.type === 'signal') {
      onSignal(m.from, m.data).catch(err => roomLog('signaling error: ' + err.message, 'fail'));
    } else if (m.type === 'error') {
      roomLog('server: ' + m.code + ': ' + m.message, 'fail');
    }
  };
  ws.onclose = () => { $('room-status').textContent = 'not in a room'; $('room-join').disabled = false; $('room-leave').disabled = true; };
}

function leaveRoom() {
  if (room.pc) room.pc.close();
  room.pc = null;
  if (room.ws) room.ws.close();
  if (room.stream) room.stream.getTracks().forEach(t => t.stop());
}

$('room-join').onclick = () => joinRoom().catch(e => roomLog('error: ' + e.message, 'fail'));
$('room-leave').onclick = leaveRoom;
$('room-chat-form').onsubmit = e => { e.preventDefault(); const v = $('room-chat-input').value.trim(); if (v && room.chat) { room.chat.send(v); addLine($('room-chat-log'), 'you: ' + v); $('room-chat-input').value = ''; } };

// ?room=NAME&roomtest=URL: join, wait for the other browser, exchange a chat line and video, report to URL.
async function roomtest(reportUrl) {
  const results = [];
  const check = (name, ok, detail) => results.push({name, ok: !!ok, detail: String(detail)});
  $('tab-room').onclick();
  $('room-name').value = params.get('room');
  try {
    const heard = new Promise(r => { room.chatWaiter = r; });
    await joinRoom();
    for (let i = 0; i < 120 && !(room.chat && room.chat.readyState === 'open'); i++) await new Promise(r => setTimeout(r, 250));
    room.chat.send('hi from ' + params.get('who'));
    const text = await Promise.race([heard, new Promise(r => setTimeout(() => r(null), 15000))]);
    check('room chat', text && text.startsWith('hi from '), text);
    let frames = 0;
    for (let i = 0; i < 40 && frames === 0; i++) {
      await new Promise(r => setTimeout(r, 250));
      (await room.pc.getStats()).forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'video') frames = s.framesDecoded || 0; });
    }
    check('room video', frames > 0, frames + ' frames decoded');
  } catch (e) { check('roomtest', false, e.message); }
  await fetch(reportUrl, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(results)});
}
if (params.get('roomtest')) roomtest(params.get('roomtest'));
