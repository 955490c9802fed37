import { z } from 'zod';
import { LevelSchema } from './level-schema';

/** The level schema as JSON Schema text, exactly as written to levels/level.schema.json. */
export function levelJsonSchemaText(): string {
  const schema = z.toJSONSchema(LevelSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' });
  return `${JSON.stringify({ ...schema, title: 'The Mining Dream level file' }, null, 2)}\n`;
}
