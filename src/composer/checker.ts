// The checker a page's guard asks: the detector for each school the parent loaded, loaded lazily
// (the first time a composer is used) so that pages that never get a draft pay almost nothing.
import type { SchoolConfig } from '../config/index.ts';
import type { CheckResult, Detector, DetectorOptions } from '../engine/index.ts';
import type { ComposerSpec } from '../sites/types.ts';
import type { Checker, Verdict } from './guard.ts';

/** What the lazily loaded bundle provides. */
export interface Lazy {
  createDetector(config: SchoolConfig, options?: DetectorOptions): Detector;
}

export interface SchoolEntry {
  config: SchoolConfig;
  /** For a trust or association config: the schools the parent picked. */
  picked?: string[];
}

export interface NudgeDetail {
  result: CheckResult;
  config: SchoolConfig;
}

export interface CheckerSources {
  /** The schools to watch for, or an empty list when none is loaded or Schoolgate is paused here. */
  schools(): Promise<SchoolEntry[]>;
  lazy(): Promise<Lazy>;
  /** The site id the detector is told (picks messaging or posting clauses with the channel). */
  site: string;
  implicit?: () => boolean;
}

const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

export function createChecker(sources: CheckerSources): Checker<NudgeDetail> & { reset(): void } {
  let state: 'off' | 'cold' | 'loading' | 'ready' = 'cold';
  let detectors: Detector[] = [];
  let loading: Promise<void> | null = null;

  const load = (): Promise<void> => {
    loading ??= (async () => {
      state = 'loading';
      try {
        const schools = await sources.schools();
        if (!schools.length) {
          state = 'off';
          return;
        }
        const lazy = await sources.lazy();
        // One school per task, so a parent typing is not kept waiting behind all of them.
        const made: Detector[] = [];
        for (const s of schools) {
          made.push(lazy.createDetector(s.config, { schools: s.picked, implicit: sources.implicit?.() ?? true }));
          await nextTask();
        }
        detectors = made;
        state = 'ready';
        // The first check compiles the phrase patterns and unpacks the word lists: do it now, on a
        // made-up draft, rather than when the parent presses send.
        await nextTask();
        for (const d of made) d.check(`${d.config.school.name} is a disgrace, share this with everyone`, { site: sources.site });
      } catch {
        // fail open: a page where the detector cannot load behaves as if Schoolgate were not there
        detectors = [];
        state = 'off';
      }
    })();
    return loading;
  };

  return {
    state: () => state,
    warm: () => void load(),
    ready: () => load(),
    check(draft: string, composer: ComposerSpec): Verdict<NudgeDetail> {
      for (const detector of detectors) {
        const result = detector.check(draft, { site: sources.site, channel: composer.channel });
        if (result.nudge) return { nudge: true, detail: { result, config: detector.config } };
      }
      return { nudge: false, detail: undefined as unknown as NudgeDetail };
    },
    /** The schools or settings changed: load again on next use. */
    reset() {
      state = 'cold';
      loading = null;
      detectors = [];
    },
  };
}
