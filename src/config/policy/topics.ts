// Proposes the topics of a clause (config-format.md, "Clause topics") from its words, the lead-in
// it completes and the heading it sits under. A school reviews them in the builder; the detector
// uses them to pick which clause to quote, so a clause that only mentions defamation as an example
// of misconduct ("… such as posting defamatory statuses, occurs online") is about the
// consequence, not about defamation.
import { TOPICS, type Topic } from '../limits.ts';

export interface TopicInput {
  /** The clause's own words (a bullet without its lead-in). */
  text: string;
  /** The sentence a bullet completes ("… will not tolerate any of the following behaviour online:"). */
  lead?: string;
  /** The heading above it ("Online messaging", "Legal framework"). */
  section?: string;
}

/** Headings whose clauses are about the policy itself: its purpose, law and review. */
const GENERAL_SECTION = /\b(?:intent|introduction|purpose|aims?|scope|rationale|background|legal|legislation|framework|monitoring|review|definitions?|related\s+polic(?:y|ies)|overview|context)\b/i;
const MESSAGING_SECTION = /\b(?:messag\w*|whatsapp|group\s+chats?|chat\s+groups?)\b/i;

const ACTS = /\bAct\s+\d{4}\b|\b(?:statutory\s+)?legislation\b|\bregulations\s+\d{4}\b/i;

/** Words that make a mention of misconduct an example rather than the subject. */
const EXAMPLES = [
  /\bsuch\s+as\b[^.;:]*?(?=,\s*(?:occurs?|is|are|happens?|takes?\s+place|arises?)\b|[.;:]|$)/gi,
  /\bin\s+the\s+event\s+of\b[^.;]*?\bcontent\b/gi,
  /\b(?:e\.g\.|for\s+example|for\s+instance)[^.;:]*/gi,
  // "… where comments are defamatory", "Where comments are threatening, racist or harassing, …"
  /\b(?:where|if|when)\s+(?:any\s+)?(?:comments?|posts?|content|material|messages?)\s+(?:are|is)\b[^.;]*?(?=,\s+(?:we|the|it|this|they|a|an|parents?|staff|he|she)\b|[.;]|$)/gi,
  // a condition before the main clause: "Where a parent's conduct is abusive, the Academy may …"
  /(?:\b(?:where|if|when)|(?:^|[.;]\s*)should)\b[^.;]*?(?=,\s+(?:we|the|it|this|they|a|an|parents?|staff|he|she|you|please)\b)/gi,
];

const RULES: { topic: Exclude<Topic, 'general'>; patterns: RegExp[] }[] = [
  {
    topic: 'defamation',
    patterns: [
      /\bdefam\w*/i,
      /\blibel\w*/i,
      /\bslander\w*/i,
      /\b(?:false|untrue|unfounded|malicious|misleading)\s+(?:allegations?|accusations?|claims?|statements?|information|rumours?|comments?)\b/i,
      /\b(?:spread(?:ing)?|post(?:ing)?|shar(?:e|ing))\s+(?:of\s+)?(?:rumours?|gossip)\b/i,
      /\b(?:damag\w*|harm\w*)\s+(?:to\s+)?(?:the\s+|their\s+|its\s+|our\s+|his\s+|her\s+)?(?:reputations?|good\s+name)\b/i,
      /\buntrue\b/i,
      /\ballegations?\b/i,
    ],
  },
  {
    topic: 'complaint',
    patterns: [
      /\bcomplain(?:s|ed|ing)?\b(?!\s+(?:procedure|policy|process))/i,
      /\bcriticis\w*|\bcriticiz\w*|\bcriticism\b/i,
      /\b(?:negative|derogatory|disparaging|critical|unfavourable)\s+(?:comments?|remarks?|posts?|reviews?|statements?)\b/i,
      /\b(?:air|voic|vent)(?:e|es|ed|ing|s)?\s+(?:any\s+|their\s+|your\s+)?(?:grievances?|complaints?|frustrations?)\b/i,
      /\b(?:air|voic|vent)(?:e|es|ed|ing|s)?\s+(?:any\s+|their\s+|your\s+)?concerns?\s+(?:online|on\s+social\s+media|publicly)\b/i,
      /\b(?:grievances?|complaints?|concerns?)\s+(?:online|on\s+social\s+media|publicly)\b/i,
      /\b(?:grievances?|complaints?|concerns?)\b[^.]*\b(?:aired|voiced|posted|broadcast)\s+(?:on|online)\b/i,
      /\bbroadcast\w*\s+(?:any\s+)?grievances?\b/i,
    ],
  },
  {
    topic: 'abuse',
    patterns: [
      /\babus\w*/i,
      /\boffensive\b/i,
      /\bthreat\w*/i,
      /\bintimidat\w*/i,
      /\bharass\w*/i,
      /\bbull(?:y|ying|ied)\b/i,
      /\binsult\w*/i,
      /\b(?:racist|sexist|homophobic|transphobic)\b/i,
      /\b(?:obscene|foul|profane|inappropriate)\s+language\b/i,
      /\bswear\w*/i,
      /\bpersonal\s+attacks?\b/i,
      /\b(?:rude|aggressive|hostile|disrespectful|hurtful|upsetting)\s+(?:messages?|comments?|posts?|language|behaviour)\b/i,
      /\btroll\w*/i,
    ],
  },
  {
    topic: 'procedure',
    patterns: [
      /\bcomplaints?\s+(?:procedures?|policy|policies|process)\b/i,
      /\bappropriate\s+(?:forum|channel|route|way)\b/i,
      /\braise\s+(?:any\s+|their\s+|your\s+)?(?:concerns?|issues?|complaints?)\s+(?:directly|with|through|in\s+person)\b/i,
      /\b(?:speak|talk)\s+(?:to|with)\s+(?:the|a|their|your)\s+(?:class\s+)?(?:teacher|headteacher|school|office)\b/i,
      /\b(?:contact|approach|see|meet|speak\s+(?:to|with)|talk\s+(?:to|with)|email)\s+(?:the\s+|their\s+|your\s+)?(?:child['’]s\s+)?(?:school(?:\s+office)?|office|head\s?teacher|class\s+teacher|teacher)\b/i,
      /\b(?:reported|raised|referred|taken|brought)\s+(?:directly\s+)?to\s+the\s+(?:head\s?teacher|school|office|class\s+teacher|governors?|principal)\b/i,
      /\bmake\s+an\s+appointment\b/i,
      // "Come and talk to us instead": in a school's code, "us" is the school
      /\b(?:talk|speak)\s+(?:to|with)\s+us\b|\bcontact\s+us\b|\bcome\s+(?:in\s+)?and\s+see\s+us\b/i,
      /\bconcerns?\s+should\s+be\s+raised\b|\braised?\s+(?:directly\s+)?with\s+the\s+(?:school|teacher|class\s+teacher|headteacher|office)\b/i,
    ],
  },
  {
    topic: 'sanctions',
    patterns: [
      /\bsanctions?\b/i,
      /\bprosecut\w*/i,
      /\bban(?:ned|ning|s)?\b/i,
      /\bbarred\b|\bexclu\w+\s+from\s+(?:the\s+)?(?:school\s+)?(?:premises|site|grounds)\b/i,
      /\blegal\s+(?:action|options|proceedings|advice|steps)\b/i,
      /\bbreach(?:es)?\b[^.]*\b(?:lead\s+to|result\s+in|taken\s+seriously|dealt\s+with)\b/i,
      /\b(?:report(?:ed)?\s+to|involve)\s+the\s+police\b/i,
      /\bpolice\b/i,
      /\brequest\s+a\s+meeting\b[^.]*\b(?:misconduct|breach|concerns?)\b/i,
      /\bwithdraw\w*\s+(?:permission|access)\b/i,
      /\brestrict\w*\s+(?:their\s+|his\s+|her\s+|a\s+parent['’]s\s+)?access\b/i,
      /\b(?:repeated(?:ly)?|serious)\s+breach\w*|\brepeatedly\s+breach\w*/i,
      /\bconsequences?\b/i,
      /\bdisciplinary\b/i,
    ],
  },
  {
    topic: 'staff-contact',
    patterns: [
      // 'friend' or 'follow' in quotes, or as the verb of befriending staff (not "followed accordingly")
      /['‘"“](?:friend|follow|like)['’"”]/i,
      /\b(?:friend(?:ing)?|follow(?:ing)?|befriend(?:ing)?)\s+(?:or\s+\w+\s+)?(?:any\s+|a\s+)?(?:members?\s+of\s+(?:the\s+)?(?:school(?:\/college)?\s+)?staff|staff(?:\s+members?)?|teachers?|employees?)\b/i,
      /\bfriend\s+requests?\b/i,
      /\btag(?:s|ging|ged)?\s+(?:members?\s+of\s+staff|staff(?:\s+members?)?|teachers?)\b/i,
      /\b(?:contact|message)\w*\s+(?:members?\s+of\s+)?(?:staff|teachers?)\s+(?:on|via|through)\s+(?:their\s+)?(?:personal\s+)?(?:social\s+media|facebook|instagram|accounts?)\b/i,
      /\b(?:add|accept)\w*\s+(?:members?\s+of\s+staff|staff(?:\s+members?)?|teachers?)\s+as\s+(?:a\s+)?(?:friends?|followers?|contacts?)\b/i,
      /\b(?:connect|contact)\w*\s+(?:with\s+)?(?:members\s+of\s+)?(?:staff|teachers?)\s+(?:on|via|through)\s+(?:their\s+)?(?:personal\s+)?(?:social\s+media|accounts?)\b/i,
    ],
  },
  {
    topic: 'anonymity',
    patterns: [
      /\banonym\w*/i,
      /\balias(?:es)?\b/i,
      /\b(?:fake|false|pseudonymous)\s+(?:accounts?|profiles?|names?|identit\w*)\b/i,
      /\bpseudonym\w*/i,
      /\b(?:in|under|using)\s+(?:another|a\s+different|a\s+false|someone\s+else['’]s)\s+name\b/i,
      /\bimpersonat\w*/i,
    ],
  },
  {
    topic: 'removal',
    patterns: [
      /\bremov(?:e|ed|al|ing)\b/i,
      /\btak(?:e|en|ing)\s+down\b/i,
      /\bdelet(?:e|ed|ion|ing)\b[^.]*\b(?:posts?|material|content|comments?)\b/i,
      /\b(?:material|posts?|content|comments?)\b[^.]*\b(?:deleted|removed|taken\s+down)\b/i,
    ],
  },
  {
    topic: 'messaging',
    patterns: [
      /\bmessaging\b/i,
      /\bmessenger\b/i,
      /\bwhatsapp\b/i,
      /\bgroup\s+chats?\b|\bchat\s+groups?\b/i,
      /\bclass\s+(?:whatsapp\s+)?groups?\b/i,
      /\bmessages?\s+(?:sent\s+)?between\b/i,
      /\btext\s+messages?\b/i,
    ],
  },
];

function without(text: string, patterns: RegExp[]): string {
  return patterns.reduce((t, re) => t.replace(re, ' '), text);
}

export function proposeTopics(input: TopicInput): Topic[] {
  // a clause is a sentence or two; the cap keeps a pasted book from slowing the page
  const text = String(input.text ?? '').slice(0, 4000);
  const lead = String(input.lead ?? '').slice(0, 2000);
  const section = String(input.section ?? '').slice(0, 200);
  const found = new Set<Topic>();

  if (ACTS.test(`${lead} ${text}`) || (section && GENERAL_SECTION.test(section))) return ['general'];

  // Misconduct given as an example or a condition is not what the clause is about.
  const own = without(text, EXAMPLES);
  for (const rule of RULES) {
    if (rule.topic === 'messaging') continue;
    if (rule.patterns.some((re) => re.test(own))) found.add(rule.topic);
  }

  // "… to avoid parents broadcasting grievances online": a procedure clause mentions complaining
  // only as what the procedure replaces; unless the clause forbids it ("should never be aired").
  const strongComplaint = /\bcomplain(?:s|ed|ing)?\b(?!\s+(?:procedure|policy|process))|\bcritici[sz]|\b(?:air|voic|vent)(?:e|es|ed|ing|s)?\s+(?:any\s+|their\s+|your\s+)?(?:grievances?|complaints?|frustrations?)\b/i.test(own);
  const forbids = /\b(?:not|never|no|refrain)\b/i.test(`${section} ${lead} ${own}`);
  if (found.has('procedure') && found.has('complaint') && !strongComplaint && !forbids) found.delete('complaint');
  // "retains the right to request any damaging material to be removed": removal, not defamation
  if (found.has('removal') && found.has('defamation') && !/\bdefam|\blibel|\bslander/i.test(own)) found.delete('defamation');

  const messagingRule = RULES.find((r) => r.topic === 'messaging')!;
  if (messagingRule.patterns.some((re) => re.test(`${lead} ${text}`)) || MESSAGING_SECTION.test(section)) found.add('messaging');

  if (found.size === 0) return ['general'];
  return TOPICS.filter((t) => found.has(t));
}
