// Ready-made configs from the codes in ../shared/seeds: clause text verbatim, topics proposed,
// no staff (schools add their own). `demo` is a fictional school for `npm start`.
import demo from './demo.json' with { type: 'json' };
import haltonPrimary from './halton-primary.json' with { type: 'json' };
import haltonSecondary from './halton-secondary.json' with { type: 'json' };
import learnAt from './learn-at.json' with { type: 'json' };
import lowAsh from './low-ash.json' with { type: 'json' };

export const PRESET_IDS = ['halton-primary', 'halton-secondary', 'low-ash', 'learn-at'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Raw JSON: callers pass a preset through parseSchoolConfigValue like any other file. */
export const PRESETS: Record<PresetId, unknown> = {
  'halton-primary': haltonPrimary,
  'halton-secondary': haltonSecondary,
  'low-ash': lowAsh,
  'learn-at': learnAt,
};

export const DEMO_CONFIG: unknown = demo;
