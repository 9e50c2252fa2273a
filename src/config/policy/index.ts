// The school's side: from the text of a code of conduct and a staff list to a config.
export { extractPolicy, findApproved, findSchools, findTitle, type ExtractedClause, type PolicyExtraction, type PolicyNote } from './extract.ts';
export { proposeTopics, type TopicInput } from './topics.ts';
