import { formatProblem, parseSchoolConfigBytes, type SchoolConfig } from '../../config/index.ts';
import type { Io } from '../io.ts';
import { UsageError } from '../io.ts';

export const VALIDATE_HELP = `schoolgate validate FILE...

Checks school config files against the schoolgate/1 format. Prints OK and a summary for each
good file, or every problem with its JSON path and how to fix it. Exits 0 when every file is
valid, 1 otherwise.`;

function summary(config: SchoolConfig): string {
  const route = config.complaints.url ? new URL(config.complaints.url).host : config.complaints.email;
  const schools = config.schools?.length ? ` (+${config.schools.length} more schools)` : '';
  const staff = `${config.staff.length} staff`;
  const clauses = `${config.code.clauses.length} clause${config.code.clauses.length === 1 ? '' : 's'}`;
  return `${config.school.name}${schools}: ${staff}, ${clauses}, complaints via ${route}`;
}

export async function validate(files: string[], io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError('validate needs at least one FILE');
  let failed = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      failed++;
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
      io.out(`FAIL ${file}\n  (file): cannot be read — ${why}`);
      continue;
    }
    const result = parseSchoolConfigBytes(bytes);
    if (result.ok) {
      io.out(`OK   ${file} — ${summary(result.config)}`);
    } else {
      failed++;
      io.out(`FAIL ${file}`);
      for (const problem of result.problems) io.out(`  ${formatProblem(problem)}`);
    }
  }
  if (files.length > 1) io.out(`${files.length - failed} of ${files.length} valid`);
  return failed ? 1 : 0;
}
