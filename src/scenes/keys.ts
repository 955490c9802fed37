// Scene and texture keys in one place, so no string is typed twice.
import titleCity from '../../assets/art/title-city.svg?url';
import bureauOffice from '../../assets/art/bureau-office.svg?url';
import reviewDesk from '../../assets/art/review-desk.svg?url';
import serverRoom from '../../assets/art/server-room.svg?url';
import cityMap from '../../assets/art/city-map.svg?url';
import cityGrid from '../../assets/art/city-grid.svg?url';
import computingHall from '../../assets/art/computing-hall.svg?url';
import researchLab from '../../assets/art/research-lab.svg?url';
import miningHall from '../../assets/art/mining-hall.svg?url';
import highTechZone from '../../assets/art/high-tech-zone.svg?url';
import personSecretary from '../../assets/art/person-secretary.svg?url';
import personChief from '../../assets/art/person-chief.svg?url';
import personInspector from '../../assets/art/person-inspector.svg?url';
import personStaff from '../../assets/art/person-staff.svg?url';
import personBusinessman from '../../assets/art/person-businessman.svg?url';
import personResident from '../../assets/art/person-resident.svg?url';
import personShopkeeper from '../../assets/art/person-shopkeeper.svg?url';
import personInvestigator from '../../assets/art/person-investigator.svg?url';
import faceNeutral from '../../assets/art/face-neutral.svg?url';
import faceWorried from '../../assets/art/face-worried.svg?url';
import faceStern from '../../assets/art/face-stern.svg?url';
import facePleased from '../../assets/art/face-pleased.svg?url';
import type { Figure, Mood, Setting } from '../core/level';

export const SCENES = {
  title: 'title',
  levels: 'levels',
  level: 'level',
  debrief: 'debrief',
  campaign: 'campaign',
} as const;

/** Textures the game draws for itself at start-up rather than loads. */
export const DRAWN_TEXTURES = {
  /** One dot of the grid's flows: one texture for every dot, so they draw as one batch. */
  flowDot: 'flow-dot',
} as const;

/** Where the city-grid art draws its substation: every feeder starts here (1600 x 1000 units). */
export const GRID_SUBSTATION = { x: 820, y: 450 } as const;
/** Where the import line from the provincial grid enters the map. */
export const GRID_IMPORT_POINT = { x: 1600, y: 40 } as const;

export interface ArtAsset {
  key: string;
  url: string;
  width: number;
  height: number;
}

const art = (key: string, url: string, width: number, height: number): ArtAsset => ({ key, url, width, height });

export const TITLE_ART = art('title-city', titleCity, 1600, 1000);

export const SETTING_ART: Record<Setting, ArtAsset> = {
  bureau: art('bureau-office', bureauOffice, 1600, 1000),
  'review-desk': art('review-desk', reviewDesk, 1600, 1000),
  'server-room': art('server-room', serverRoom, 1600, 1000),
  'city-map': art('city-map', cityMap, 1600, 1000),
  'city-grid': art('city-grid', cityGrid, 1600, 1000),
  'computing-hall': art('computing-hall', computingHall, 1600, 1000),
  // Two halls that must not look alike (issue 13): a university lab, and a mining shed.
  'research-lab': art('research-lab', researchLab, 1600, 1000),
  'mining-hall': art('mining-hall', miningHall, 1600, 1000),
  // The board is pinned over the office's own wall: the office art, with the board drawn in the inset.
  'evidence-board': art('bureau-office', bureauOffice, 1600, 1000),
  'high-tech-zone': art('high-tech-zone', highTechZone, 1600, 1000),
};

export const FIGURE_ART: Record<Exclude<Figure, 'none'>, ArtAsset> = {
  secretary: art('person-secretary', personSecretary, 400, 800),
  chief: art('person-chief', personChief, 400, 800),
  inspector: art('person-inspector', personInspector, 400, 800),
  staff: art('person-staff', personStaff, 400, 800),
  businessman: art('person-businessman', personBusinessman, 400, 800),
  resident: art('person-resident', personResident, 400, 800),
  shopkeeper: art('person-shopkeeper', personShopkeeper, 400, 800),
  investigator: art('person-investigator', personInvestigator, 400, 800),
};

/**
 * Where each body's face is, in its art's units (400 x 800): the centre of the head, and its tilt
 * in degrees. The bodies are drawn faceless; a mood's face (100 x 100, its centre on this point)
 * is laid over, so a mood costs a few hundred bytes once, not a body per mood.
 */
export const FACE_ANCHOR: Record<Exclude<Figure, 'none'>, { x: number; y: number; angle: number }> = {
  secretary: { x: 214, y: 124, angle: 0 },
  chief: { x: 216, y: 132, angle: 0 },
  inspector: { x: 214, y: 124, angle: 0 },
  // The staff member's head is tilted 10 degrees about the neck (212, 182).
  staff: { x: 218.9, y: 142.6, angle: 10 },
  businessman: { x: 214, y: 124, angle: 0 },
  resident: { x: 214, y: 124, angle: 0 },
  shopkeeper: { x: 214, y: 124, angle: 0 },
  investigator: { x: 214, y: 124, angle: 0 },
};

export const MOOD_ART: Record<Mood, ArtAsset> = {
  neutral: art('face-neutral', faceNeutral, 100, 100),
  worried: art('face-worried', faceWorried, 100, 100),
  stern: art('face-stern', faceStern, 100, 100),
  pleased: art('face-pleased', facePleased, 100, 100),
};

/** The palette as numbers for Phaser; the same colours as the CSS variables in ui/styles.css. */
export const COLOURS = {
  ink: 0x1d2433,
  night: 0x141a2a,
  deep: 0x0d111b,
  paper: 0xf4efe4,
  red: 0xb8372d,
  amber: 0xf2b441,
  teal: 0x2f7f86,
  slate: 0x8a8f98,
  green: 0x4f8a4b,
  // Drawn on the canvas only (no CSS twin): a miner's terminal, green text on black.
  terminal: 0x050805,
  terminalText: 0x4fd16a,
} as const;
