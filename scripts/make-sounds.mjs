// Synthesises the game's short interface sounds and writes each as mono Opus in WebM with an MP3
// fallback into assets/audio, as scripts/make-ambience.mjs does for the longer sounds. Made for this
// game, no samples. Run once (node scripts/make-sounds.mjs, needs ffmpeg); the files are committed,
// so neither the game nor CI needs ffmpeg.
import { encodeForWeb } from './wav.mjs';

const RATE = 22050;

/** A sum of decaying sine tones: [frequency Hz, start s, length s, gain]. */
function tones(parts, seconds) {
  const out = new Float32Array(Math.round(RATE * seconds));
  for (const [freq, start, length, gain] of parts) {
    const from = Math.round(start * RATE);
    const n = Math.round(length * RATE);
    for (let i = 0; i < n && from + i < out.length; i++) {
      const t = i / RATE;
      const attack = Math.min(1, i / (0.005 * RATE));
      const envelope = attack * Math.exp((-5 * t) / length);
      out[from + i] += gain * envelope * Math.sin(2 * Math.PI * freq * t);
    }
  }
  return Array.from(out);
}

/** A soft filtered noise burst, like paper. */
function rustle(seconds) {
  let seed = 7;
  let last = 0;
  const out = [];
  for (let i = 0; i < RATE * seconds; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const noise = seed / 2147483648 - 1;
    last = last * 0.85 + noise * 0.15;
    out.push(last * 0.9 * Math.exp((-4 * i) / (RATE * seconds)));
  }
  return out;
}

const sounds = {
  page: rustle(0.18),
  select: tones([[880, 0, 0.08, 0.35]], 0.1),
  found: tones([[660, 0, 0.25, 0.3], [990, 0.09, 0.3, 0.3]], 0.42),
  miss: tones([[196, 0, 0.18, 0.4], [185, 0.02, 0.18, 0.2]], 0.22),
  warning: tones([[311, 0, 0.22, 0.35], [262, 0.16, 0.3, 0.35]], 0.5),
  done: tones([[523, 0, 0.3, 0.25], [659, 0.1, 0.3, 0.25], [784, 0.2, 0.4, 0.25]], 0.65),
};
const total = encodeForWeb(sounds, RATE);
console.log(`wrote ${Object.keys(sounds).length} sounds, ${(total / 1024).toFixed(1)} KB in WebM/Opus and MP3`);
