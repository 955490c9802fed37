import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLevelCode, encodeLevelText, LevelLinkError, MAX_CODE_CHARS, MAX_LINK_CHARS, readLevelFragment, type LevelLinkProblem } from '../../src/content/level-link';
import { parseLevel } from '../../src/content/load-level';
import { readLevelText } from '../support/levels';

// A teacher's level travels in the link's fragment: compressed, and refused with the reason when
// the link arrives cut short, changed or too long.
const TINY = readFileSync(join(process.cwd(), 'tests/fixtures/levels/teacher-story.json'), 'utf8');

async function whyNot(code: string): Promise<LevelLinkProblem | 'decoded'> {
  try {
    await decodeLevelCode(code);
    return 'decoded';
  } catch (error) {
    expect(error).toBeInstanceOf(LevelLinkError);
    return (error as LevelLinkError).why;
  }
}

describe('the level link codec', () => {
  it('round-trips a level file: the decoded text loads as the same level, and the code is link-safe and shorter', async () => {
    for (const text of [TINY, readLevelText('the-lawsuit.json')]) {
      const code = await encodeLevelText(text);
      expect(code).toMatch(/^L1\.\d+\.\d+\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
      expect(code.length).toBeLessThan(text.length);
      const back = parseLevel('link', await decodeLevelCode(code));
      const original = parseLevel('file', text);
      expect(back.ok && original.ok).toBe(true);
      if (back.ok && original.ok) expect(back.level).toEqual(original.level);
    }
  });

  it('the tiny fixture fits in a link with room to spare', async () => {
    expect((await encodeLevelText(TINY)).length).toBeLessThan(MAX_LINK_CHARS / 2);
  });

  it('a link cut short is named as cut short, wherever it was cut', async () => {
    const code = await encodeLevelText(TINY);
    const payloadStart = code.lastIndexOf('.') + 1;
    for (const cut of [0, 2, 5, payloadStart - 1, payloadStart, payloadStart + 10, code.length - 1]) {
      expect(await whyNot(code.slice(0, cut)), `cut at ${cut} of ${code.length}: ${code.slice(0, 40)}`).toBe('truncated');
    }
  });

  it('a changed link is named as damaged: a changed character, extra characters, another text altogether', async () => {
    const code = await encodeLevelText(TINY);
    const middle = Math.floor((code.lastIndexOf('.') + code.length) / 2);
    const changed = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
    expect(await whyNot(changed)).toBe('corrupt');
    expect(await whyNot(`${code}AAAA`)).toBe('corrupt');
    expect(await whyNot('hello world')).toBe('corrupt');
    expect(await whyNot(code.replace(/^L1\.(\d+)\.(\d+)\./, (_, n: string, size: string) => `L1.${n}.${Number(size) + 1}.`))).toBe('corrupt');
  });

  it('a code longer than any link, or announcing a huge level, is refused as too long before it is unpacked', async () => {
    expect(await whyNot(`L1.${MAX_CODE_CHARS + 1}.10.abc.${'A'.repeat(MAX_CODE_CHARS + 1)}`)).toBe('too-long');
    expect(await whyNot('L1.4.99999999.abc.AAAA')).toBe('too-long');
  });

  it('reads the fragment: a code, word that a file is expected, or nothing', () => {
    expect(readLevelFragment('#level-file=L1.4.3.x.AAAA')).toEqual({ kind: 'code', code: 'L1.4.3.x.AAAA' });
    expect(readLevelFragment('#level-file=expected')).toEqual({ kind: 'expected' });
    expect(readLevelFragment('')).toBeNull();
    expect(readLevelFragment('#other=1')).toBeNull();
  });
});
