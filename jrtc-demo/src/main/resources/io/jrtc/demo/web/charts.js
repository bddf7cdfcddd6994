'use strict';
// A tiny line chart on a canvas: a fixed window of the last N points per series, autoscaled.
class LineChart {
  constructor(canvas, seriesCount, windowSize = 60) {
    this.canvas = canvas;
    this.series = Array.from({length: seriesCount}, () => []);
    this.windowSize = windowSize;
    this.colors = ['#e63946', '#457b9d', '#2a9d8f', '#e9c46a'];
  }
  push(index, value) {
    if (value === null || value === undefined || Number.isNaN(value)) return;
    const s = this.series[index];
    s.push(value);
    if (s.length > this.windowSize) s.shift();
  }
  points() { return this.series.reduce((n, s) => n + s.length, 0); }
  draw() {
    const c = this.canvas, g = c.getContext('2d');
    g.clearRect(0, 0, c.width, c.height);
    const max = Math.max(1, ...this.series.flat()) * 1.1;
    g.strokeStyle = '#e5e5e5'; g.fillStyle = '#777'; g.font = '10px sans-serif';
    for (let i = 0; i <= 4; i++) {
      const y = c.height - 12 - (c.height - 24) * i / 4;
      g.beginPath(); g.moveTo(30, y); g.lineTo(c.width, y); g.stroke();
      g.fillText((max * i / 4).toFixed(max < 10 ? 1 : 0), 2, y + 3);
    }
    this.series.forEach((s, k) => {
      if (!s.length) return;
      g.strokeStyle = this.colors[k % this.colors.length]; g.lineWidth = 2; g.beginPath();
      s.forEach((v, i) => {
        const x = 30 + (c.width - 34) * i / (this.windowSize - 1);
        const y = c.height - 12 - (c.height - 24) * v / max;
        if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
      });
      g.stroke();
    });
  }
}
