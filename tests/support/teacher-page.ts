// The teacher page as the unit tests draw it: every handler a no-op and the link's defaults, with
// what a test needs changed.
import type { Language } from '../../src/core';
import { teacherTranslate } from '../../src/text/teacher';
import { teacherPage, type TeacherProps } from '../../src/ui/teacher-view';
import { allLevels } from './levels';

export const TEST_GAME_URL = 'https://school.example/mining/index.html';

export function drawTeacherPage(language: Language, change: Partial<TeacherProps> = {}): HTMLElement {
  const none = () => {};
  return teacherPage({
    t: teacherTranslate(language),
    language,
    levels: allLevels(),
    problems: [],
    gameUrl: TEST_GAME_URL,
    link: { levelIds: [], classLabel: '', language, seed: null, difficulty: null, names: 'names', mode: 'practice' },
    copied: false,
    results: [],
    onLanguage: none,
    onLink: none,
    onCopy: none,
    onFiles: none,
    onCsv: none,
    onClear: none,
    onHandout: none,
    guideLanguage: language,
    guideLevelId: null,
    onGuideLanguage: none,
    onGuide: none,
    onGuidePrint: none,
    onGuideClose: none,
    ...change,
  });
}
