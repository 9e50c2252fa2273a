import { formatProblem, parseSchoolConfigBytes, type SchoolConfig } from '../config/index.ts';
import type { Io } from './io.ts';
import { UsageError } from './io.ts';

/** Reads and validates a config file, or throws a UsageError listing its problems. */
export async function loadConfig(path: string, io: Io): Promise<SchoolConfig> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    throw new UsageError(`cannot read the config ${path}`);
  }
  const result = parseSchoolConfigBytes(bytes);
  if (!result.ok) throw new UsageError(`${path} is not a valid config:\n  ${result.problems.map(formatProblem).join('\n  ')}`);
  return result.config;
}
