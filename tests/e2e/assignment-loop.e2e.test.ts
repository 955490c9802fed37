import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playTheLawsuit } from './lawsuit-keys';
import { shoot, waitForScreen, watchErrors, useServedGame } from './harness';

// The whole classroom loop with no server: the teacher builds a link on the teacher page (a level,
// a class label, a seed), the student opens it and plays the level with the keyboard to its
// debrief, types a name and saves the result file; the teacher drops that file on the page and
// sees the student's row, verified by replaying the decisions.
const game = useServedGame();

describe('an assignment, from the teacher\'s link to the teacher\'s table', () => {
  it('builds the link, plays it, saves the result and shows the verified row', { timeout: 300_000 }, async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const teacher = await context.newPage();
    const errors = watchErrors(teacher);
    await teacher.goto(`${game.url}teacher.html?lang=en`);
    await waitForScreen(teacher, 'teacher');
    await teacher.focus('[data-testid="link-level-the-lawsuit"]');
    await teacher.keyboard.press('Space');
    // The box just ticked keeps the focus through the page's re-render, as a keyboard user needs.
    expect(await teacher.evaluate(() => document.activeElement?.id)).toBe('link-level-the-lawsuit');
    await teacher.fill('#link-class', '7B');
    await teacher.keyboard.press('Tab');
    await teacher.fill('#link-seed', '3');
    await teacher.keyboard.press('Tab');
    const link = await teacher.inputValue('[data-testid="assignment-link"]');
    expect(link).toMatch(/\?lang=en&level=the-lawsuit&class=7B&seed=3$/);

    const student = await context.newPage();
    const studentErrors = watchErrors(student);
    await playTheLawsuit(student, 'en', `${link}&names=roles&renderer=canvas`);
    // The debrief of an assigned set that is done offers the result file.
    await student.waitForSelector('[data-testid="assignment"]');
    expect(await student.locator('[data-testid="assigned-the-lawsuit"]').textContent()).toContain('done');
    await student.fill('#assignment-student', 'Mei Tanaka');
    await shoot(student, 'assignment-debrief-en');
    const [download] = await Promise.all([student.waitForEvent('download'), student.focus('[data-focus-id="assignment-download"]').then(() => student.keyboard.press('Enter'))]);
    const file = join(tmpdir(), `assignment-${Date.now()}.json`);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('mining-dream-result-Mei-Tanaka.json');

    await teacher.setInputFiles('#result-files', [file]);
    const row = teacher.locator('[data-testid="class-table"] tbody tr').first();
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Mei Tanaka');
    expect(await teacher.locator('[data-testid="class-table"] tbody tr.unverified').count()).toBe(0);
    await shoot(teacher, 'assignment-teacher-row-en');
    expect([...errors, ...studentErrors]).toEqual([]);
    await context.close();
  });
});
