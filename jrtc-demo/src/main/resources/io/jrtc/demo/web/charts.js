'use strict';
// A tiny line chart on a canvas: a fixed window of the last N points per labelled series,
// autoscaled, with the series' labels drawn as a legend in the top right corner.
class LineChart {
  // series: [[label, color], ...]
  constructor(canvas, series, windowSize = 60) {
    this.canvas = canvas;
    this.labels = series.map(s => s[0]);
    this.colors = series.map(s => s[1]);
    this.series = series.map(() => []);
    this.windowSize = windowSize;
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
    g.strokeStyle = '#e5e5e5'; g.fillStyle = '#777'; g.font = '10px sans-serif'; g.lineWidth = 1;
    for (let i = 0; i <= 4; i++) {
      const y = c.height - 12 - (c.height - 24) * i / 4;
      g.beginPath(); g.moveTo(30, y); g.lineTo(c.width, y); g.stroke();
      g.fillText((max * i / 4).toFixed(max < 10 ? 1 : 0), 2, y + 3);
    }
    // Few points spread over the width; from `windowSize` points on, the chart scrolls.
    const slots = Math.max(20, ...this.series.map(s => s.length)) - 1;
    this.series.forEach((s, k) => {
      if (!s.length) return;
      g.strokeStyle = this.colors[k]; g.lineWidth = 2; g.beginPath();
      s.forEach((v, i) => {
        const x = 30 + (c.width - 34) * i / slots;
        const y = c.height - 12 - (c.height - 24) * v / max;
        if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
      });
      g.stroke();
    });
    g.font = '11px sans-serif'; g.textAlign = 'right';
    this.labels.forEach((label, k) => {
      const y = 12 + 13 * k, last = this.series[k][this.series[k].length - 1];
      g.fillStyle = this.colors[k];
      g.fillRect(c.width - 12, y - 8, 9, 9);
      g.fillStyle = '#333';
      g.fillText(label + (last === undefined ? ' (no data)' : ' ' + last.toFixed(last < 10 ? 2 : 0)), c.width - 16, y);
    });
    g.textAlign = 'left';
  }
}
