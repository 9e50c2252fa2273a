// `npm run bench`: how fast the detector is, measured, not asserted. Drafts of 50, 280, 2,000 and
// 10,000 characters against configs with 10, 300 and 2,000 staff, with and without a mention;
// createDetector's cost per config; and the same drafts through two naive baselines (a substring
// search for every name, and a full compromise parse of every draft). Prints a table, then one
// JSON line with every figure.
import nlp from 'compromise/two';
import { parseSchoolConfigValue, type SchoolConfig } from '../config/index.ts';
import { createDetector } from '../engine/index.ts';

const TARGETS = { noMention280: 1, mention280: 5, long10k: 30, create2000: 50 };

/** A small deterministic random generator, so every run measures the same drafts. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['James', 'Olivia', 'Amelia', 'Noah', 'Priya', 'Mohammed', 'Grace', 'Oliver', 'Isla', 'Jack', 'Freya', 'Harry', 'Aisha', 'Leo', 'Zofia', 'Kwame', 'Siobhán', 'Ewan', 'Chloe', 'Rhys'];
const SYLLABLES = ['har', 'per', 'ok', 'af', 'or', 'wel', 'lan', 'dro', 'kin', 'son', 'bry', 'mer', 'tal', 'ford', 'ley', 'ash', 'worth', 'ing', 'ham', 'by', 'ton', 'shaw', 'croft', 'dale', 'mont', 'row', 'vic', 'nel', 'zak', 'ri'];
const ORDINARY = ['Wood', 'Hall', 'Young', 'Page', 'Little', 'Frost', 'Bell', 'Cook', 'Baker', 'Green'];
const TITLES = ['Mr', 'Mrs', 'Miss', 'Ms', 'Dr'];

function surname(r: () => number, i: number): string {
  if (i % 12 === 0) return ORDINARY[i % ORDINARY.length]!;
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let k = 0; k < n; k++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1) + (i > 0 ? '' : '');
}

function makeConfig(staffCount: number): SchoolConfig {
  const r = rng(staffCount);
  const seen = new Set<string>();
  const staff = [];
  for (let i = 0; staff.length < staffCount; i++) {
    const name = `${FIRST[Math.floor(r() * FIRST.length)]} ${surname(r, i)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    staff.push({ name, title: TITLES[i % TITLES.length], role: i === 0 ? 'Headteacher' : 'Class teacher', ...(i % 20 === 1 ? { aliases: [`${TITLES[i % TITLES.length]} ${name.split(' ')[1]![0]}`] } : {}) });
  }
  const parsed = parseSchoolConfigValue({
    format: 'schoolgate/1',
    school: { name: 'Brook Lane Primary School', aliases: ['Brook Lane', 'BLPS'] },
    staff,
    code: { title: 'Code', clauses: [{ id: '1', text: 'Be kind online.', topics: ['complaint'] }, { id: '2', text: 'Use the complaints procedure.', topics: ['procedure'] }] },
    complaints: { url: 'https://brooklane.example.sch.uk/complaints' },
  });
  if (!parsed.ok) throw new Error(`bench config invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return parsed.config;
}

// Sentences a parents' group is full of: logistics, weather, praise, grumbles about other things.
const FILLER = [
  'Does anyone know if the bus is running tomorrow morning?',
  'Lovely sunny day for the park, the kids had a brilliant time.',
  'Roadworks on the high street again, took forty minutes to get through town.',
  'Can someone lend me a costume for world book day, we are desperate!',
  'The new cafe by the station does amazing scones, highly recommend.',
  'Lost a blue water bottle with a dinosaur on it, please message me.',
  'Anyone fancy a coffee after drop off on Friday?',
  'The council still have not fixed the streetlight on our road.',
  'My eldest has finally learned to ride a bike without stabilisers.',
  'Is the swimming pool open over half term or is it closed for repairs?',
];

function draftOf(length: number, r: () => number, mention: string | null): string {
  let text = '';
  while (text.length < length) text += `${FILLER[Math.floor(r() * FILLER.length)]} `;
  text = text.slice(0, length);
  if (!mention) return text;
  // Put a complaint about the person in the middle of the draft.
  const sentence = `${mention} ignored every email I sent and the way she spoke to us was a disgrace. `;
  const at = Math.max(0, Math.floor(text.length / 2) - sentence.length / 2);
  return (text.slice(0, at) + sentence + text.slice(at)).slice(0, Math.max(length, sentence.length));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(fn: () => void, iterations: number): { p50: number; p95: number; mean: number } {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

interface Row {
  staff: number;
  length: number;
  mention: boolean;
  p50: number;
  p95: number;
  naiveP95: number;
  compromiseP95: number;
}

function main(): void {
  const lengths = [50, 280, 2000, 10000];
  const staffCounts = [10, 300, 2000];
  const rows: Row[] = [];
  const create: Record<number, { p50: number; p95: number }> = {};
  // Load everything once (module and lexicon loading is a one-off, reported separately).
  const warmStart = performance.now();
  createDetector(makeConfig(10)).check('Mrs Harper is a disgrace at Brook Lane.');
  nlp('warm up').json();
  const warmUp = performance.now() - warmStart;

  for (const staffCount of staffCounts) {
    const config = makeConfig(staffCount);
    const c = time(() => createDetector(config), staffCount >= 2000 ? 15 : 30);
    create[staffCount] = { p50: c.p50, p95: c.p95 };
    const detector = createDetector(config);
    const names = [config.school.name, ...(config.school.aliases ?? []), ...config.staff.flatMap((s) => [s.name, ...(s.aliases ?? []), `${s.title ?? ''} ${s.name.split(' ').pop()}`])].map((n) => n.toLowerCase());
    const target = config.staff[Math.floor(config.staff.length / 2)]!;
    const mentionText = `${target.title} ${target.name.split(' ').pop()}`;
    for (const length of lengths) {
      for (const mention of [false, true]) {
        const r = rng(length * 7 + staffCount + (mention ? 1 : 0));
        const drafts = Array.from({ length: 60 }, () => draftOf(length, r, mention ? mentionText : null));
        let k = 0;
        const iterations = length >= 10000 ? 120 : 400;
        // warm this shape
        for (const d of drafts.slice(0, 5)) detector.check(d);
        const ours = time(() => detector.check(drafts[k++ % drafts.length]!), iterations);
        k = 0;
        const naive = time(() => {
          const lower = drafts[k++ % drafts.length]!.toLowerCase();
          let hits = 0;
          for (const n of names) if (lower.includes(n)) hits++;
          return hits;
        }, Math.min(iterations, 150));
        k = 0;
        const full = time(() => nlp(drafts[k++ % drafts.length]!).json(), length >= 10000 ? 20 : 60);
        rows.push({ staff: staffCount, length, mention, p50: ours.p50, p95: ours.p95, naiveP95: naive.p95, compromiseP95: full.p95 });
      }
    }
  }

  const f = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(8);
  console.log('Schoolgate detector benchmark (ms per draft; this machine, one thread)\n');
  console.log(`one-off load of the detector and compromise: ${warmUp.toFixed(0)} ms\n`);
  console.log(' staff  chars  mention   p50 ours  p95 ours   p95 naive-substring  p95 full-compromise  compromise/ours');
  for (const row of rows) {
    console.log(
      `${String(row.staff).padStart(6)} ${String(row.length).padStart(6)}  ${(row.mention ? 'yes' : 'no').padEnd(7)} ${f(row.p50)}  ${f(row.p95)}   ${f(row.naiveP95)}            ${f(row.compromiseP95)}           ${(row.compromiseP95 / Math.max(row.p95, 1e-6)).toFixed(1).padStart(6)}×`,
    );
  }
  console.log('\ncreateDetector');
  for (const staffCount of staffCounts) console.log(`${String(staffCount).padStart(6)} staff  p50 ${f(create[staffCount]!.p50)}  p95 ${f(create[staffCount]!.p95)}`);

  const pick = (staff: number, length: number, mention: boolean) => rows.find((r) => r.staff === staff && r.length === length && r.mention === mention)!;
  const checks = {
    noMention280: Math.max(...staffCounts.map((s) => pick(s, 280, false).p95)),
    mention280: Math.max(...staffCounts.map((s) => pick(s, 280, true).p95)),
    long10k: Math.max(...staffCounts.flatMap((s) => [pick(s, 10000, false).p95, pick(s, 10000, true).p95])),
    create2000: create[2000]!.p95,
  };
  console.log('\ntargets (worst case over configs)');
  for (const [k, v] of Object.entries(checks)) {
    const target = TARGETS[k as keyof typeof TARGETS];
    console.log(`  ${k.padEnd(14)} p95 ${f(v)} ms   target ≤ ${target} ms   ${v <= target ? 'met' : 'NOT MET'}`);
  }
  // Linearity: cost per 1,000 characters at 2,000 and 10,000 characters with a mention.
  const per1k = (l: number) => pick(300, l, true).p50 / (l / 1000);
  console.log(`  per 1,000 chars (300 staff, with mention): ${per1k(2000).toFixed(3)} ms at 2k, ${per1k(10000).toFixed(3)} ms at 10k`);
  console.log(`  staff-count effect (280 chars, mention, p50): ${staffCounts.map((s) => `${s}: ${pick(s, 280, true).p50.toFixed(3)}`).join(', ')}`);
  console.log(`\n${JSON.stringify({ bench: 'schoolgate-detector', node: process.version, warmUpMs: warmUp, targets: TARGETS, worst: checks, create, rows })}`);
}

main();
