import { dirname, join } from 'node:path';
import type { SchoolConfig } from '../../config/index.ts';
import { type CheckResult, createDetector, type Detector } from '../../engine/index.ts';
import type { Io } from '../io.ts';
import { UsageError } from '../io.ts';
import { loadConfig } from '../load-config.ts';

export const EVAL_HELP = `schoolgate eval FILE.jsonl... [--misses] [--json] [--no-implicit]

Scores the detector on labelled drafts: one JSON object a line with "id", "config" (a file in
configs/ beside the .jsonl), "site", "text", "nudge", "mentions" (school, staff:<id>, implicit)
and "concerns". Prints precision, recall and F1 of nudge, recall of mentions and accuracy of
concerns, per site and overall.

  --misses       list every draft the detector got wrong (nudge, mentions or concerns)
  --explain      with --misses: the cues and scores behind each wrong verdict
  --json         print the figures as one JSON object instead of tables`;

interface Row {
  id: string;
  config: string;
  site?: string;
  text: string;
  nudge: boolean;
  mentions: string[];
  concerns: string[];
}

interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const counts = (): Counts => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });

function prf(c: Counts) {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const CONCERNS = ['complaint', 'defamation', 'abuse', 'threat'] as const;

export interface EvalSummary {
  files: string[];
  overall: Counts & ReturnType<typeof prf>;
  bySite: Record<string, Counts & ReturnType<typeof prf>>;
  mentions: { explicit: [number, number]; school: [number, number]; staff: [number, number]; implicit: [number, number] };
  concerns: { exact: [number, number]; perKind: Record<string, { tp: number; fp: number; fn: number }> };
}

function mentionKeys(result: CheckResult): Set<string> {
  return new Set(result.mentions.map((m) => (m.kind === 'staff' ? `staff:${m.id}` : m.kind)));
}

export async function evaluate(files: string[], options: { misses: boolean; json: boolean; implicit: boolean; explain?: boolean }, io: Io): Promise<number> {
  if (!files.length) throw new UsageError('eval needs at least one labelled .jsonl file');
  const detectors = new Map<string, Detector>();
  const detectorFor = async (file: string, name: string): Promise<Detector> => {
    const path = join(dirname(file), 'configs', name);
    let d = detectors.get(path);
    if (!d) {
      const config: SchoolConfig = await loadConfig(path, io);
      d = createDetector(config, { implicit: options.implicit });
      detectors.set(path, d);
    }
    return d;
  };
  const overall = counts();
  const bySite = new Map<string, Counts>();
  const mentionTally = { explicit: [0, 0], school: [0, 0], staff: [0, 0], implicit: [0, 0] } as EvalSummary['mentions'];
  const concernTally: EvalSummary['concerns'] = { exact: [0, 0], perKind: Object.fromEntries(CONCERNS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) };
  const misses: string[] = [];
  const perFile: { file: string; c: Counts }[] = [];

  for (const file of files) {
    const fileCounts = counts();
    let text: string;
    try {
      text = new TextDecoder().decode(await io.readFile(file));
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    const lines = text.split('\n').filter((l) => l.trim());
    for (const [lineNo, line] of lines.entries()) {
      let row: Row;
      try {
        row = JSON.parse(line) as Row;
      } catch {
        throw new UsageError(`${file}:${lineNo + 1}: not a JSON line`);
      }
      const detector = await detectorFor(file, row.config);
      const result = detector.check(row.text, { site: row.site, explain: options.explain });
      const site = row.site ?? 'unknown';
      const siteCounts = bySite.get(site) ?? counts();
      bySite.set(site, siteCounts);
      for (const c of [overall, siteCounts, fileCounts]) {
        c.n++;
        if (row.nudge && result.nudge) c.tp++;
        else if (!row.nudge && result.nudge) c.fp++;
        else if (row.nudge && !result.nudge) c.fn++;
        else c.tn++;
      }
      // mentions
      const found = mentionKeys(result);
      const missedMentions: string[] = [];
      for (const m of row.mentions) {
        const kind = m === 'school' ? 'school' : m === 'implicit' ? 'implicit' : 'staff';
        const tally = mentionTally[kind];
        tally[1]++;
        if (kind !== 'implicit') mentionTally.explicit[1]++;
        const hit = kind === 'implicit' ? found.has('implicit') || (found.size > 0 && !row.mentions.some((x) => x !== 'implicit')) : found.has(m);
        if (hit) {
          tally[0]++;
          if (kind !== 'implicit') mentionTally.explicit[0]++;
        } else missedMentions.push(m);
      }
      // concerns, on the drafts both say are nudges
      let concernsWrong = false;
      if (row.nudge && result.nudge) {
        const got = new Set(result.concerns.map((c) => c.kind));
        const want = new Set(row.concerns);
        concernTally.exact[1]++;
        const exact = got.size === want.size && [...want].every((k) => got.has(k as never));
        if (exact) concernTally.exact[0]++;
        else concernsWrong = true;
        for (const k of CONCERNS) {
          const t = concernTally.perKind[k]!;
          if (want.has(k) && got.has(k)) t.tp++;
          else if (!want.has(k) && got.has(k)) t.fp++;
          else if (want.has(k) && !got.has(k)) t.fn++;
        }
      }
      const nudgeWrong = row.nudge !== result.nudge;
      if (options.misses && (nudgeWrong || missedMentions.length || concernsWrong)) {
        const what = nudgeWrong ? (row.nudge ? 'MISSED NUDGE' : 'FALSE NUDGE') : missedMentions.length ? 'MISSED MENTION' : 'CONCERNS';
        const got = result.mentions.map((m) => (m.kind === 'staff' ? `staff:${m.id}` : m.kind)).join(',') || '-';
        misses.push(
          `${what} ${row.id} [${site}] want ${row.nudge ? 'nudge' : 'ok'} ${row.mentions.join(',') || '-'} ${row.concerns.join(',') || ''} | got ${got} ${[...new Set(result.concerns.map((c) => c.kind))].join(',')}\n    ${row.text.replace(/\n/g, ' ⏎ ')}` +
            (result.explain
              ? `\n    scores ${Object.entries(result.explain.scores).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' ')} | ${result.explain.cues.map((c) => `${c.kind}:${c.weight}:"${c.text}"`).join(' ')}`
              : ''),
        );
      }
    }
    perFile.push({ file, c: fileCounts });
  }

  const withPrf = (c: Counts) => ({ ...c, ...prf(c) });
  const summary: EvalSummary = {
    files,
    overall: withPrf(overall),
    bySite: Object.fromEntries([...bySite.entries()].sort((a, b) => b[1].n - a[1].n).map(([s, c]) => [s, withPrf(c)])),
    mentions: mentionTally,
    concerns: concernTally,
  };
  if (options.json) {
    io.out(JSON.stringify(summary));
    return 0;
  }
  const f = (x: number) => x.toFixed(3);
  const ratio = ([a, b]: [number, number]) => (b ? `${f(a / b)} (${a}/${b})` : 'n/a');
  const line = (label: string, c: Counts) => {
    const p = prf(c);
    return `  ${label.padEnd(22)} ${String(c.n).padStart(5)}  ${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
  };
  io.out(`nudge                       n      P      R      F1     TP   FP   FN`);
  if (perFile.length > 1) for (const { file, c } of perFile) io.out(line(file.split('/').slice(-2).join('/'), c));
  io.out(line('overall', overall));
  for (const [site, c] of Object.entries(summary.bySite)) io.out(line(`  ${site}`, c));
  io.out(`\nmentions recall: explicit ${ratio(mentionTally.explicit)}; school ${ratio(mentionTally.school)}; staff ${ratio(mentionTally.staff)}; implicit ${ratio(mentionTally.implicit)}`);
  io.out(`concerns (on drafts both call a nudge): exact set ${ratio(concernTally.exact)}`);
  for (const k of CONCERNS) {
    const t = concernTally.perKind[k]!;
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    io.out(`  ${k.padEnd(11)} precision ${f(p)}  recall ${f(r)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  }
  if (options.misses) {
    io.out(`\n${misses.length} draft(s) wrong:`);
    for (const m of misses) io.out(m);
  }
  return 0;
}
