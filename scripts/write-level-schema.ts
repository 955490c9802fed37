// Writes levels/level.schema.json from the zod schema (npm run schema). A test fails when the
// committed file is stale, so run this after changing src/content/level-schema.ts.
import { writeFileSync } from 'node:fs';
import { levelJsonSchemaText } from '../src/content/level-json-schema';

const target = new URL('../levels/level.schema.json', import.meta.url);
writeFileSync(target, levelJsonSchemaText());
console.log(`wrote ${target.pathname}`);
