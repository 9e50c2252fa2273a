export { FORMAT, LIMITS, TOPICS, DEFAULT_COMPLAINTS_LABEL, type Topic } from './limits.ts';
export {
  SchoolConfigSchema,
  isIsoDate,
  type SchoolConfig,
  type SchoolConfigInput,
  type School,
  type StaffMember,
  type Clause,
  type Complaints,
} from './schema.ts';
export { formatProblem, formatPath, type Problem } from './problems.ts';
export {
  parseSchoolConfig,
  parseSchoolConfigBytes,
  parseSchoolConfigValue,
  slugify,
  utf8Length,
  formatBytes,
  type ParseResult,
} from './parse.ts';
export { schoolConfigJsonSchema, SCHEMA_ID } from './json-schema.ts';
export { LINK_ORIGIN, LINK_PATH, LINK_MATCH, makeSchoolLink, readSchoolLink, readLinkFragment, linkFragment, checkConfigUrl, type LinkProblem } from './link.ts';
