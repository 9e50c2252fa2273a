// The school's side: from the text of a code of conduct and a staff list to a config.
export { extractPolicy, findApproved, findSchools, findTitle, type ExtractedClause, type PolicyExtraction, type PolicyNote } from './extract.ts';
export { proposeTopics, type TopicInput } from './topics.ts';
export { parseStaff, formatStaff, splitFields, type StaffEntry, type StaffParse, type SkippedLine } from './staff.ts';
export { suggestAliases, shortName, initials, hashtag } from './aliases.ts';
export { buildConfig, configJson, isoDay, type ConfigDraft, type DraftClause, type DraftSchool, type DraftStaff } from './build.ts';
export { decodeText, type DecodedText } from './decode.ts';
