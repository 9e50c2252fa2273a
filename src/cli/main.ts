// The `schoolgate` command: `npm run -s schoolgate -- <command> ...`.
import { parseArgs } from 'node:util';
import { check, CHECK_HELP } from './commands/check.ts';
import { EVAL_HELP, evaluate } from './commands/eval.ts';
import { IMPORT_POLICY_HELP, importPolicy } from './commands/import-policy.ts';
import { schema, SCHEMA_HELP } from './commands/schema.ts';
import { validate, VALIDATE_HELP } from './commands/validate.ts';
import { type Io, UsageError } from './io.ts';

export const HELP = `schoolgate — tools for Schoolgate school configs

Usage: npm run -s schoolgate -- <command> [options]

Commands:
  check --config FILE "draft"   what the detector finds in a draft (--jsonl: many, from stdin)
  eval FILE.jsonl...            score the detector on labelled drafts (--misses lists the wrong ones)
  import-policy FILE.txt --name NAME [--staff FILE] [--complaints URL]
                                turn the text of a code of conduct into a config (on standard output)
  validate FILE...              check config files; prints OK or every problem (exit 0 / 1)
  schema [--out FILE]           write the JSON Schema of the config format

Run "schoolgate <command> --help" for a command's options.`;

const COMMAND_HELP: Record<string, string> = {
  check: CHECK_HELP,
  eval: EVAL_HELP,
  'import-policy': IMPORT_POLICY_HELP,
  validate: VALIDATE_HELP,
  schema: SCHEMA_HELP,
};

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
      options: {
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        site: { type: 'string' },
        school: { type: 'string', multiple: true },
        'no-implicit': { type: 'boolean' },
        jsonl: { type: 'boolean' },
        misses: { type: 'boolean' },
        json: { type: 'boolean' },
        explain: { type: 'boolean' },
        // import-policy
        name: { type: 'string' },
        staff: { type: 'string' },
        complaints: { type: 'string', multiple: true },
        alias: { type: 'string', multiple: true },
        title: { type: 'string' },
        'code-url': { type: 'string' },
        approved: { type: 'string' },
        source: { type: 'string' },
        published: { type: 'string' },
      },
    });
    if (values.help) {
      io.out(COMMAND_HELP[command] ?? HELP);
      return 0;
    }
    switch (command) {
      case 'check':
        return await check(
          {
            config: values.config,
            site: values.site,
            schools: values.school,
            implicit: !values['no-implicit'],
            jsonl: Boolean(values.jsonl),
            explain: Boolean(values.explain),
            text: positionals,
          },
          io,
        );
      case 'eval':
        return await evaluate(
          positionals,
          { misses: Boolean(values.misses), json: Boolean(values.json), implicit: !values['no-implicit'], explain: Boolean(values.explain) },
          io,
        );
      case 'import-policy':
        return await importPolicy(
          {
            files: positionals,
            name: values.name,
            staff: values.staff,
            complaints: values.complaints,
            aliases: values.alias,
            title: values.title,
            codeUrl: values['code-url'],
            approved: values.approved,
            source: values.source,
            published: values.published,
            out: values.out,
          },
          io,
        );
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
