// The `schoolgate` command: `npm run -s schoolgate -- <command> ...`.
import { parseArgs } from 'node:util';
import { schema, SCHEMA_HELP } from './commands/schema.ts';
import { validate, VALIDATE_HELP } from './commands/validate.ts';
import { type Io, UsageError } from './io.ts';

export const HELP = `schoolgate — tools for Schoolgate school configs

Usage: npm run -s schoolgate -- <command> [options]

Commands:
  validate FILE...     check config files; prints OK or every problem (exit 0 / 1)
  schema [--out FILE]  write the JSON Schema of the config format

Run "schoolgate <command> --help" for a command's options.`;

const COMMAND_HELP: Record<string, string> = { validate: VALIDATE_HELP, schema: SCHEMA_HELP };

/** Runs one command line; returns the exit code. Never calls process.exit (tests call this). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string', short: 'o' } },
    });
    if (values.help) {
      io.out(COMMAND_HELP[command] ?? HELP);
      return 0;
    }
    switch (command) {
      case 'validate':
        return await validate(positionals, io);
      case 'schema':
        return await schema(values.out, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`schoolgate: ${(error as Error).message}\n\n${COMMAND_HELP[command] ?? HELP}`);
      return 2;
    }
    throw error;
  }
}
