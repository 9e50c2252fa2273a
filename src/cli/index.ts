#!/usr/bin/env node
// Entry point: wires the command to the real file system and streams.
import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { main } from './main.ts';

const io = {
  out: (line: string) => void process.stdout.write(`${line}\n`),
  err: (line: string) => void process.stderr.write(`${line}\n`),
  readFile: async (path: string) => new Uint8Array(await readFile(path)),
  writeFile: (path: string, text: string) => writeFile(path, text, 'utf8'),
  readStdin: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`schoolgate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
