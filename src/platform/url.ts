// Launch options from the page address: ?lang=ja, ?level=tutorial-first-day, ?seed=42,
// ?difficulty=hard, ?names=roles, ?levels=a,b (an assigned set), ?assign=campaign (the whole campaign assigned),
// ?class=7B, ?mode=assessment; and ?renderer=canvas,
// for the browser tests only.
import { NAMES_MODES, PLAY_MODES, type NamesMode, type PlayMode } from '../core/level';
import { SITE_DIFFICULTIES, type SiteDifficulty } from '../core/site/model';

export interface LaunchOptions {
  /** A fixed seed from the URL (?seed=), for teachers and tests; otherwise each play draws one. */
  seed: number | null;
  /** A level to open straight away (?level=), as an assignment link does. */
  levelId: string | null;
  /** The inspection difficulty a teacher sets (?difficulty=easy|standard|hard); the player may still change it. */
  difficulty: SiteDifficulty | null;
  /** Real people by name or by role (?names=roles), as a teacher's link may set; the player may still change it. */
  names: NamesMode | null;
  /** What a teacher's link assigned: the levels to play (?levels=a,b, or the one ?level=) and the class label (?class=). */
  assignment: Assignment | null;
  /** How the play is run (?mode=practice|assessment|facilitated); practice when the link says nothing. */
  mode: PlayMode;
}

export interface Assignment {
  /** The assigned levels in order; none when the campaign is assigned (its chapters are the set). */
  levelIds: string[];
  classLabel: string | null;
  /** ?assign=campaign: the whole campaign, chapters in order, each with the case file the ones before left. */
  campaign?: true;
}

const LEVEL_ID = /^[a-z0-9-]{1,60}$/;
const MAX_ASSIGNED = 20;

/**
 * The save's key for an assignment: the same link, played again, continues the same set. An
 * assessment keeps its plays apart from a practice link's for the same levels and class.
 */
export function assignmentKey(assignment: Assignment, mode: PlayMode = 'practice'): string {
  const set = assignment.campaign ? 'campaign' : assignment.levelIds.join(',');
  return `${set}|${assignment.classLabel ?? ''}${mode === 'assessment' ? '|assessment' : ''}`;
}

export function readLaunchOptions(params: URLSearchParams): LaunchOptions {
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) >>> 0 : null;
  const level = params.get('level');
  const difficulty = params.get('difficulty');
  const names = params.get('names');
  const mode = params.get('mode');
  const levelId = level && LEVEL_ID.test(level) ? level : null;
  const listed = (params.get('levels') ?? '').split(',').filter((id) => LEVEL_ID.test(id));
  const levelIds = [...new Set(listed)].slice(0, MAX_ASSIGNED);
  const classLabel = (params.get('class') ?? '').trim().slice(0, 80) || null;
  const campaign = params.get('assign') === 'campaign';
  const assigned = campaign ? [] : levelIds.length > 0 ? levelIds : levelId ? [levelId] : [];
  return {
    seed,
    levelId: campaign ? null : (levelId ?? levelIds[0] ?? null),
    difficulty: (SITE_DIFFICULTIES as readonly string[]).includes(difficulty ?? '') ? (difficulty as SiteDifficulty) : null,
    names: (NAMES_MODES as readonly string[]).includes(names ?? '') ? (names as NamesMode) : null,
    assignment: campaign ? { levelIds: [], classLabel, campaign: true } : assigned.length > 0 ? { levelIds: assigned, classLabel } : null,
    mode: (PLAY_MODES as readonly string[]).includes(mode ?? '') ? (mode as PlayMode) : 'practice',
  };
}

/** ?renderer=canvas: the browser tests' switch to Phaser's Canvas renderer, because software WebGL makes them several times slower. */
export function wantsCanvasRenderer(params: URLSearchParams): boolean {
  return params.get('renderer') === 'canvas';
}
