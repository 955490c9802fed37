import { z } from 'zod';
import { LANGUAGES } from '../core/level';
import { LevelSchema } from './level-schema';

/** The level schema as JSON Schema text, exactly as written to levels/level.schema.json. */
export function levelJsonSchemaText(): string {
  const schema = z.toJSONSchema(LevelSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' }) as Record<string, unknown> & {
    $defs?: Record<string, Record<string, unknown>>;
  };
  // The same rule as the zod schema (exactly en, ja and zh, each non-blank), written without a
  // "properties" object keyed en/ja/zh, which the project's text checks would read as level text.
  const localText = schema.$defs?.['LocalText'];
  if (schema.$defs && localText) {
    schema.$defs['LocalText'] = {
      description: localText['description'],
      type: 'object',
      required: [...LANGUAGES],
      propertyNames: { enum: [...LANGUAGES] },
      additionalProperties: { type: 'string', pattern: '\\S' },
    };
  }
  return `${JSON.stringify({ ...schema, title: 'The Mining Dream level file' }, null, 2)}\n`;
}
