// Small helpers shared by the CLI commands: output streams that tests can capture.
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  readStdin(): AsyncIterable<string>;
}

export class UsageError extends Error {}
