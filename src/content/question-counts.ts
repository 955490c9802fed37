// The answers before and after, summed over a result file's plays: kept apart from results.ts
// so the teacher page's table can show them without loading zod before a file is dropped.

/** How many of a level's questions were answered as the article supports, before and after (null: skipped or not asked). */
export interface QuestionCounts {
  before: number | null;
  after: number | null;
  of: number;
}

/** Answers the article supports out of those asked, over a file's verified plays ("5/6"); null when none were given. */
export function questionsSummary(plays: readonly ({ verified: true; questions: QuestionCounts | null } | { verified: false })[], when: 'before' | 'after'): string | null {
  const counts = plays.flatMap((p) => (p.verified && p.questions && p.questions[when] !== null ? [{ right: p.questions[when], of: p.questions.of }] : []));
  return counts.length === 0 ? null : `${counts.reduce((a, c) => a + c.right, 0)}/${counts.reduce((a, c) => a + c.of, 0)}`;
}
