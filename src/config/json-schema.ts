// The config schema as JSON Schema, for schools' editors (VS Code and others validate and
// complete a file that names it in "$schema"). Generated from the zod schema, never by hand.
import { z } from 'zod';
import { FORMAT } from './limits.ts';
import { SchoolConfigSchema } from './schema.ts';

export const SCHEMA_ID = 'https://schoolgate.example/schema/schoolgate-1.json';

export function schoolConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SchoolConfigSchema, { io: 'input', target: 'draft-2020-12' });
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return {
    ...schema,
    $id: SCHEMA_ID,
    // A school's file may name this schema; allow the key without complaint.
    properties: { $schema: { type: 'string', description: 'The JSON Schema this file follows.' }, ...properties },
    examples: [{ format: FORMAT }],
  };
}
