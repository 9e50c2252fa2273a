import { parseSchoolConfig, type SchoolConfig } from '../../../src/config/index.ts';
import { createDetector, type CheckResult, type DetectorOptions } from '../../../src/engine/index.ts';
import { fixture } from '../config/helpers.ts';

export function loadConfig(name = 'configs/detector.json'): SchoolConfig {
  const result = parseSchoolConfig(fixture(name));
  if (!result.ok) throw new Error(`fixture ${name} is invalid`);
  return result.config;
}

const detectors = new Map<string, ReturnType<typeof createDetector>>();

/** A strict detector (internal errors are thrown, not swallowed) for the test config. */
export function detector(options: DetectorOptions = {}) {
  const key = JSON.stringify(options);
  let d = detectors.get(key);
  if (!d) {
    d = createDetector(loadConfig(), { strict: true, ...options });
    detectors.set(key, d);
  }
  return d;
}

/** Mentions as short keys: "staff:j-harper", "school", "implicit". */
export function mentionKeys(result: CheckResult): string[] {
  return [...new Set(result.mentions.map((m) => (m.kind === 'staff' ? `staff:${m.id}` : m.kind)))].sort();
}

export function concernKinds(result: CheckResult): string[] {
  return [...new Set(result.concerns.map((c) => c.kind))].sort();
}
