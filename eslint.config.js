// Lint holds the layers ARCHITECTURE.md draws: each folder may import only the layers below it.
// It also asks for exhaustive switches (a new step kind or action must be handled everywhere)
// and no forgotten promises.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make: folders of ours (as they appear in a relative path) and packages. */
function layer(files, forbidden, why) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidden.folders.map((folder) => ({ group: [`**/${folder}/**`, `**/${folder}`], message: `${why}` })),
            ...(forbidden.packages ?? []).map((name) => ({ group: [name, `${name}/**`], message: `${why}` })),
          ],
        },
      ],
    },
  };
}

const ALL = ['content', 'scenes', 'ui', 'platform', 'text', 'playtest', 'tests'];
const except = (...allowed) => ALL.filter((folder) => !allowed.includes(folder));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'bench/baseline/**', 'levels/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `let x; [x, random] = draw(random)` threads the seeded generator: that destructuring needs let.
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  layer(['src/core/**'], { folders: ALL, packages: ['phaser', 'howler', 'zod'] }, 'the core imports nothing of ours outside core/ (and no Phaser, Howler or zod)'),
  layer(['src/content/**'], { folders: except(), packages: ['phaser', 'howler'] }, 'content imports only the core'),
  layer(['src/text/**'], { folders: except(), packages: ['phaser', 'howler', 'zod'] }, 'the text tables import only the core'),
  layer(['src/playtest/**'], { folders: except(), packages: ['phaser', 'howler'] }, 'the scripted players use only the core'),
  layer(['src/platform/**'], { folders: except('content', 'text'), packages: ['phaser'] }, 'the platform uses neither ui nor scenes'),
  layer(['src/ui/**'], { folders: except('content', 'text', 'platform'), packages: ['phaser'] }, 'the readable layer uses no scenes (and no Phaser)'),
  layer(['src/scenes/**', 'src/main.ts', 'src/engine.ts'], { folders: ['playtest', 'tests'] }, 'the game never uses the scripted players or tests'),
  layer(['src/teacher/**'], { folders: ['scenes', 'playtest', 'tests'], packages: ['phaser', 'howler'] }, 'the teacher page needs no engine, scenes, scripted players or tests'),
  layer(['scripts/**', 'bench/**'], { folders: ['tests'] }, 'scripts and the bench take players from src/playtest, not from tests'),
);
