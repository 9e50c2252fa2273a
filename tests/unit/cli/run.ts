import { readFile } from 'node:fs/promises';
import { main } from '../../../src/cli/main.ts';

/** Runs the CLI in-process with captured output; `files` are virtual, others come from disk. */
export async function runCli(
  argv: string[],
  options: { stdin?: string; files?: Record<string, string | Uint8Array> } = {},
): Promise<{ code: number; out: string; err: string; written: Record<string, string> }> {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const code = await main(argv, {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
    readFile: async (path) => {
      const virtual = options.files?.[path];
      if (virtual !== undefined) return typeof virtual === 'string' ? new TextEncoder().encode(virtual) : virtual;
      return new Uint8Array(await readFile(path));
    },
    writeFile: async (path, text) => void (written[path] = text),
    async *readStdin() {
      for (const line of (options.stdin ?? '').split('\n')) yield line;
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n'), written };
}
