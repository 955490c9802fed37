// The sound scripts' encoders: samples in -1..1 to a 16-bit mono PCM WAV, and each sound to the
// WebM/Opus + MP3 pair the game loads (ffmpeg, only when the sounds are made; outputs are committed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Samples in -1..1 to a 16-bit mono PCM WAV file at `rate` Hz.
*/
export function wav(samples, rate) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/**
 * Writes every sound as assets/audio/<name>.webm (Opus) and .mp3, mono, at the low bitrates both
 * scripts use (texture, not hi-fi); returns the bytes written.
 */
export function encodeForWeb(sounds, rate) {
  const dir = mkdtempSync(join(tmpdir(), 'mining-dream-sound-'));
  let total = 0;
  try {
    for (const [name, samples] of Object.entries(sounds)) {
      const source = join(dir, `${name}.wav`);
      writeFileSync(source, wav(Array.from(samples), rate));
      const outputs = [
        [`${name}.webm`, ['-c:a', 'libopus', '-b:a', '24k', '-application', 'audio']],
        [`${name}.mp3`, ['-c:a', 'libmp3lame', '-b:a', '32k']],
      ];
      for (const [file, codec] of outputs) {
        const target = new URL(`../assets/audio/${file}`, import.meta.url).pathname;
        const run = spawnSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', source, '-ac', '1', ...codec, '-map_metadata', '-1', target], { stdio: 'inherit' });
        if (run.status !== 0) throw new Error(`ffmpeg failed on ${file}: install it (apt-get install ffmpeg) to make the sounds`);
        total += statSync(target).size;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return total;
}
