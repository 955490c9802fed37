// Synthesises the game's sounds that carry meaning: an ambience loop per setting group, the grid's
// hour tick and dark-district alarm, the desk phone, the scene sting and a short theme. Made for
// this game from oscillators and seeded noise, no samples. Each is written as mono Opus in WebM
// with an MP3 fallback into assets/audio (about 200 KB together); the files are committed, so
// neither the game nor CI needs ffmpeg. Run once: node scripts/make-ambience.mjs (needs ffmpeg).
import { encodeForWeb } from './wav.mjs';

const RATE = 24000;

/** Seeded white noise in -1..1: the same file on every run. */
function noiseSource(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2147483648 - 1;
  };
}

/** A one-pole low-pass: `a` near 1 keeps only the low rumble. */
function lowPass(a) {
  let y = 0;
  return (x) => (y = a * y + (1 - a) * x);
}

/**
 * A loop that joins without a click: `make(n)` renders n + fade samples, and the tail past the
 * loop's end is faded into its start (equal power), so sample n-1 runs on into sample 0.
 */
function loop(seconds, make) {
  const n = Math.round(seconds * RATE);
  const fade = Math.round(0.5 * RATE);
  const x = make(n + fade);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i];
  for (let i = 0; i < fade; i++) {
    const k = i / fade;
    out[i] = x[i] * Math.sin((k * Math.PI) / 2) + x[n + i] * Math.cos((k * Math.PI) / 2);
  }
  return out;
}

function normalise(samples, peak) {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  return samples.map((s) => (s * peak) / (max || 1));
}

/** A phone's ring burst: two tones beating at 20 Hz (a bell striker), on for `length` s. */
function ring(out, start, length, gain) {
  const from = Math.round(start * RATE);
  for (let i = 0; i < length * RATE && from + i < out.length; i++) {
    const t = i / RATE;
    const edge = Math.min(1, i / (0.01 * RATE), (length * RATE - i) / (0.02 * RATE));
    const striker = 0.6 + 0.4 * Math.sin(2 * Math.PI * 20 * t);
    out[from + i] += gain * edge * striker * (Math.sin(2 * Math.PI * 1046 * t) + 0.7 * Math.sin(2 * Math.PI * 1318 * t) + 0.2 * Math.sin(2 * Math.PI * 2093 * t));
  }
}

/** The bureau: room tone, a ventilation hum, and a phone ringing in another office now and then. */
function bureau() {
  return loop(6, (n) => {
    const noise = noiseSource(11);
    const room = lowPass(0.985);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const t = i / RATE;
      out[i] = room(noise()) * 2.2 + 0.012 * Math.sin(2 * Math.PI * 100 * t) + 0.006 * Math.sin(2 * Math.PI * 200 * t);
    }
    // Far off: quiet, and muffled by the low-pass of distance.
    const phone = new Float32Array(n);
    ring(phone, 1.6, 0.7, 0.05);
    ring(phone, 2.6, 0.7, 0.05);
    const distance = lowPass(0.8);
    for (let i = 0; i < n; i++) out[i] += distance(phone[i]);
    return normalise(out, 0.35);
  });
}

/** The city at night: wind over the roofs, the substation's 50 Hz hum and its harmonics, a far road. */
function cityNight() {
  return loop(8, (n) => {
    const noise = noiseSource(23);
    const wind = lowPass(0.995);
    const road = lowPass(0.97);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const t = i / RATE;
      const gust = 0.6 + 0.4 * Math.sin(2 * Math.PI * 0.19 * t) * Math.sin(2 * Math.PI * 0.07 * t + 1);
      out[i] = wind(noise()) * 6 * gust + road(noise()) * 0.8 + 0.05 * Math.sin(2 * Math.PI * 100 * t) + 0.02 * Math.sin(2 * Math.PI * 150 * t) + 0.012 * Math.sin(2 * Math.PI * 300 * t);
    }
    return normalise(out, 0.35);
  });
}

/**
 * A machine room: fan noise shaped by `load(t)` (0..1) and a coil whine whose pitch follows it.
 * The lab's load rises and falls as jobs start and end; the mining hall's never moves.
 */
function machines(seconds, seed, load, { whine, roar, peak }) {
  return loop(seconds, (n) => {
    const noise = noiseSource(seed);
    const low = lowPass(0.93);
    const mid = lowPass(0.6);
    const out = new Float32Array(n);
    let phase = 0;
    let bladePhase = 0;
    for (let i = 0; i < n; i++) {
      const t = i / RATE;
      const l = load(t);
      const w = noise();
      const fan = low(w) * 3 * roar + (mid(w) - low(w)) * 0.5 * roar;
      phase += (2 * Math.PI * (whine.base + whine.span * l)) / RATE;
      bladePhase += (2 * Math.PI * (90 + 90 * l)) / RATE;
      out[i] = (0.25 + 0.75 * l) * fan + whine.gain * l * Math.sin(phase) + 0.08 * roar * l * Math.sin(bladePhase) + 0.04 * roar * l * Math.sin(2 * bladePhase);
    }
    return normalise(out, peak);
  });
}

/** GPU jobs: a run at 0.8-3.1 s, a short one at 4.2-5.0 s, a long one from 5.8 s, idle between. */
function labLoad(t) {
  const job = (start, end, level) => level * Math.min(1, Math.max(0, (t - start) / 0.4)) * Math.min(1, Math.max(0, (end - t) / 0.6));
  return Math.min(1, 0.15 + job(0.8, 3.1, 0.75) + job(4.2, 5.0, 0.45) + job(5.8, 8.6, 0.85));
}

/** The grid's hour: a clock's short tick. */
function tick() {
  const n = Math.round(0.09 * RATE);
  const noise = noiseSource(5);
  return Array.from({ length: n }, (_, i) => {
    const t = i / RATE;
    return Math.exp(-t * 90) * (0.5 * noise() + 0.5 * Math.sin(2 * Math.PI * 2400 * t)) * 0.6;
  });
}

/** Districts go dark: a two-tone alarm, three times. */
function alarm() {
  const n = Math.round(1.8 * RATE);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const f = Math.floor(t / 0.3) % 2 === 0 ? 880 : 660;
    const square = Math.sign(Math.sin(2 * Math.PI * f * t)) * 0.25 + Math.sin(2 * Math.PI * f * t) * 0.5;
    const env = Math.min(1, t / 0.01, (1.8 - t) / 0.1);
    out[i] = square * env;
  }
  return normalise(out, 0.6);
}

/** The desk phone: two rings, close and clear. */
function phone() {
  const out = new Float32Array(Math.round(2.2 * RATE));
  ring(out, 0.02, 0.8, 0.3);
  ring(out, 1.2, 0.8, 0.3);
  return normalise(out, 0.6);
}

/** A note with a soft attack and a slow decay, added into `out`. */
function note(out, freq, start, length, gain, bright = 0.3) {
  const from = Math.round(start * RATE);
  for (let i = 0; i < length * RATE && from + i < out.length; i++) {
    const t = i / RATE;
    const env = Math.min(1, t / 0.04) * Math.exp((-2.5 * t) / length) * Math.min(1, (length - t) / 0.15);
    out[from + i] += gain * env * (Math.sin(2 * Math.PI * freq * t) + bright * Math.sin(4 * Math.PI * freq * t) + 0.1 * Math.sin(6 * Math.PI * freq * t));
  }
}

/** A new scene: a low chord that swells and fades (D minor, open). */
function sting() {
  const out = new Float32Array(Math.round(1.8 * RATE));
  note(out, 73.4, 0, 1.8, 0.4, 0.5);
  note(out, 146.8, 0.05, 1.7, 0.25);
  note(out, 220, 0.1, 1.6, 0.2);
  note(out, 349.2, 0.15, 1.5, 0.12);
  return normalise(out, 0.5);
}

/** The theme: a falling minor phrase over a drone, then an unresolved rise (about 5 s). */
function theme() {
  const out = new Float32Array(Math.round(5.2 * RATE));
  note(out, 73.4, 0, 5.2, 0.35, 0.4);
  note(out, 110, 0, 5.2, 0.2);
  const melody = [
    [587.3, 0.0, 0.9],
    [523.3, 0.6, 0.9],
    [440.0, 1.2, 1.0],
    [349.2, 1.9, 1.2],
    [392.0, 2.8, 0.8],
    [440.0, 3.4, 0.8],
    [466.2, 4.0, 1.2],
  ];
  for (const [f, at, len] of melody) note(out, f, at, len, 0.22, 0.2);
  return normalise(out, 0.55);
}

const sounds = {
  'ambience-bureau': bureau(),
  'ambience-city-night': cityNight(),
  // Both halls are machine rooms; only what the machines do tells them apart.
  'ambience-lab': machines(8, 31, labLoad, { whine: { base: 1800, span: 900, gain: 0.025 }, roar: 0.5, peak: 0.3 }),
  'ambience-mining': machines(6, 37, () => 1, { whine: { base: 3000, span: 400, gain: 0.05 }, roar: 1.6, peak: 0.6 }),
  'cue-hour': tick(),
  'cue-alarm': alarm(),
  'cue-phone': phone(),
  'sting-scene': sting(),
  theme: theme(),
};

const total = encodeForWeb(sounds, RATE);
console.log(`wrote ${Object.keys(sounds).length} sounds, ${(total / 1024).toFixed(0)} KB in WebM/Opus and MP3`);
