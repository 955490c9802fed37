// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTeacherLevel, withTeacherLevels } from '../../src/content/custom-level';
import { encodeLevelText, isTeacherLevel, saveRecordKey } from '../../src/content/level-link';
import { describeProblem } from '../../src/content/level-problem';
import { parseLevel } from '../../src/content/load-level';
import { verifyResultText, writeResultFile } from '../../src/content/results';
import { encodeLog, startLog, type Language } from '../../src/core';
import { diligentInspector, playThrough } from '../../src/playtest/players';
import { teacherTranslate } from '../../src/text/teacher';
import { withTeacherLevel, type TeacherLevelState } from '../../src/ui/teacher-custom';
import { levelListScreen } from '../../src/ui/menus';
import { translate } from '../../src/text/i18n';
import { allLevels, readLevelText } from '../support/levels';
import { drawTeacherPage } from '../support/teacher-page';

// The teacher page's "Your own level": the game's loader and messages, the shipped ids refused,
// the level in the link, and a class's results on it verified like any level's.
const shipped = allLevels();
const TINY_FILE = 'teacher-story.json';
const TINY = readFileSync(join(process.cwd(), 'tests/fixtures/levels', TINY_FILE), 'utf8');
const GAME = 'https://school.example/mining/index.html';

function page(language: Language, teacherLevel: TeacherLevelState | null, levelIds: string[] = []): HTMLElement {
  const none = () => {};
  return drawTeacherPage(language, { gameUrl: GAME, link: { levelIds, classLabel: '', language, seed: null, difficulty: null, names: 'names', mode: 'practice' }, teacherLevel, onTeacherLevelFile: none, onDownload: none });
}

const stateOf = async (file: string, text: string): Promise<TeacherLevelState> => {
  const read = readTeacherLevel(file, text, shipped);
  return read.ok ? { file, problems: [], level: read.level, code: await encodeLevelText(text) } : { file, problems: read.problems.map(describeProblem), level: null, code: null };
};

describe("the teacher's own level", () => {
  it("refuses a copy of a shipped level until its id changes, naming the file, the field and the fix", () => {
    const read = readTeacherLevel('my-copy.json', readLevelText('prologue.json'), shipped);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const line = describeProblem(read.problems[0]!);
    expect(line).toContain('my-copy.json: at id:');
    expect(line).toContain('"prologue"');
    expect(line).toContain('Fix: give your level an id of its own');
    const renamed = readTeacherLevel('my-copy.json', readLevelText('prologue.json').replace('"id": "prologue"', '"id": "my-prologue"'), shipped);
    expect(renamed.ok && renamed.level.id).toBe('my-prologue');
  });

  it("shows a broken file's problems exactly as the game's loader says them, field and fix included", async () => {
    const broken = TINY.replace(/"minutes": \[1, 2\],/, '"minutes": [1, "two"],');
    const game = parseLevel('broken.json', broken);
    expect(game.ok).toBe(false);
    if (game.ok) return;
    const section = page('ja', await stateOf('broken.json', broken)).querySelector('[data-testid="teacher-level-problems"]');
    expect(section?.textContent).toContain(describeProblem(game.problems[0]!));
    expect(section?.textContent).toContain('broken.json: at minutes[1]');
    expect(section?.textContent).toContain('Fix:');
  });

  it('puts a small level inside the assignment link, and a large one beside it as a file the link asks for', async () => {
    const tiny = await stateOf(TINY_FILE, TINY);
    const withTiny = page('en', tiny, ['prologue', 'class-warm-up']);
    const address = (withTiny.querySelector('[data-testid="assignment-link"]') as HTMLInputElement).value;
    expect(address).toMatch(/\?lang=en&levels=prologue%2Cclass-warm-up#level-file=L1\./);
    expect(withTiny.querySelector('[data-testid="link-level-class-warm-up"]')).not.toBeNull();
    expect(withTiny.querySelector('[data-testid="handout"]')?.textContent).toContain('Before we start: a class warm-up');
    expect(withTiny.querySelector('[data-testid="try-teacher-level"]')?.getAttribute('href')).toMatch(/\?lang=en&level=class-warm-up#level-file=L1\./);
    // Not ticked: the link carries nothing of it.
    expect((page('en', tiny, ['prologue']).querySelector('[data-testid="assignment-link"]') as HTMLInputElement).value).not.toContain('#');

    const big = await stateOf('big.json', readLevelText('the-lawsuit.json').replace('"id": "the-lawsuit"', '"id": "my-lawsuit"'));
    const withBig = page('zh', big, ['my-lawsuit']);
    expect((withBig.querySelector('[data-testid="assignment-link"]') as HTMLInputElement).value).toBe(`${GAME}?lang=zh&level=my-lawsuit#level-file=expected`);
    expect(withBig.querySelector('[data-testid="teacher-level-loaded"]')?.textContent).toContain(teacherTranslate('zh')('teacher.custom.sendFile', { max: 8000 }));
    expect(withTeacherLevel(`${GAME}?level=x`, ['x'], tiny)).toBe(`${GAME}?level=x`);
  });

  it("a result file of the teacher's level is verified against the game's levels plus that level, and not without it", () => {
    const text = readLevelText('the-lawsuit.json').replace('"id": "the-lawsuit"', '"id": "my-lawsuit"');
    const read = readTeacherLevel('my-lawsuit.json', text, shipped);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const level = read.level;
    const { actions } = playThrough(level, 7, diligentInspector);
    const file = JSON.stringify(writeResultFile([level], [encodeLog(level, { ...startLog(level, 7), actions })], { language: 'en', writtenAt: 'x' }));
    expect(verifyResultText([...shipped, level], file)).toMatchObject({ readable: true, verified: true });
    expect(verifyResultText(shipped, file)).toMatchObject({ readable: true, verified: false, why: 'no-level' });
    const edited = file.replace(/"overall":(\d+)/, (_, n: string) => `"overall":${Number(n) === 100 ? 99 : Number(n) + 1}`);
    expect(verifyResultText([...shipped, level], edited)).toMatchObject({ verified: false, why: 'scores' });
  });

  it("keeps the teacher's levels apart: after the game's own, marked, saved under a key of their own", () => {
    const catalogue = withTeacherLevels({ levels: shipped, problems: [], reference: null, campaign: null }, [
      { file: 'the level in the link', text: TINY },
      { file: 'copy.json', text: readLevelText('prologue.json') },
    ]);
    const added = catalogue.levels.at(-1)!;
    expect(added.id).toBe('class-warm-up');
    expect(catalogue.levels).toHaveLength(shipped.length + 1);
    expect(isTeacherLevel(added) && !shipped.some(isTeacherLevel)).toBe(true);
    expect(saveRecordKey(added)).toBe('teacher:class-warm-up');
    expect(saveRecordKey(shipped[0]!)).toBe(shipped[0]!.id);
    expect(catalogue.problems.map(describeProblem)).toEqual([expect.stringContaining('copy.json: at id:')]);
  });

  it("the level list marks the teacher's level, says a damaged link in the student's language, and opens a level file", () => {
    const catalogue = withTeacherLevels({ levels: shipped, problems: [], reference: null, campaign: null }, [{ file: 'f.json', text: TINY }]);
    const opened: string[] = [];
    const list = (teacherLink: { problem: 'truncated' | null; expected: boolean }, levels = catalogue.levels) => {
      const root = document.createElement('div');
      root.append(
        ...levelListScreen({
          t: (k, v) => translate('zh', k, v),
          language: 'zh',
          levels,
          problems: [],
          records: { 'teacher:class-warm-up': { best: 0, plays: 1 } },
          inProgressLevelId: null,
          onPlay: () => {},
          onResume: () => {},
          onBack: () => {},
          teacherLink,
          onOpenFile: (file) => opened.push(file.name),
        }),
      );
      return root;
    };
    const marked = list({ problem: null, expected: false });
    expect(marked.querySelector('[data-testid="teacher-level-class-warm-up"]')?.textContent).toBe(translate('zh', 'levels.teacherLevel'));
    expect(marked.querySelectorAll('.teacher-level')).toHaveLength(1);
    expect(marked.querySelector('[data-focus-id="play-class-warm-up"]')?.textContent).toBe(translate('zh', 'levels.playAgain'));
    expect(marked.querySelector('[data-testid="link-damaged"]')).toBeNull();
    expect(list({ problem: 'truncated', expected: false }).querySelector('[data-testid="link-damaged"]')?.textContent).toBe(translate('zh', 'levels.linkDamaged'));
    const waiting = list({ problem: null, expected: true }, shipped);
    expect(waiting.querySelector('[data-testid="level-file-expected"]')?.textContent).toBe(translate('zh', 'levels.fileExpected'));
    const input = waiting.querySelector<HTMLInputElement>('[data-testid="open-level-file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([TINY], 'warm-up.json')] });
    input.dispatchEvent(new Event('change'));
    expect(opened).toEqual(['warm-up.json']);
  });
});
