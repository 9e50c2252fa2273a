import { schoolConfigJsonSchema } from '../../config/index.ts';
import type { Io } from '../io.ts';

export const SCHEMA_HELP = `schoolgate schema [--out FILE]

Writes the JSON Schema of the schoolgate/1 config format (for editors that validate and
complete JSON) to standard output, or to FILE.`;

export async function schema(out: string | undefined, io: Io): Promise<number> {
  const text = `${JSON.stringify(schoolConfigJsonSchema(), null, 2)}\n`;
  if (out) {
    await io.writeFile(out, text);
    io.err(`wrote ${out}`);
  } else io.out(text.trimEnd());
  return 0;
}
