// The detector's public surface. Pure TypeScript: runs in Node, a worker or an extension page.
export {
  createDetector,
  DEFAULT_MAX_LENGTH,
  type CheckOptions,
  type CheckResult,
  type Concern,
  type ConcernKind,
  type Detector,
  type DetectorOptions,
  type Mention,
  type Channel,
} from './detector.ts';
export { channelFor } from './clauses.ts';
