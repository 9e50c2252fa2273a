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
        detectors = schools.map((s) => lazy.createDetector(s.config, { schools: s.picked, implicit: sources.implicit?.() ?? true }));
        state = 'ready';
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
