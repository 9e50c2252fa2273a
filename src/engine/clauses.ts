// Which clauses of the school's code to quote: by what the draft does (its concerns) and by where
// it is going (a message in a chat gets the messaging clauses, a public post the posting ones).
// A complaint always brings the clause about the complaints procedure, the route the code offers.
import type { Clause, SchoolConfig, Topic } from '../config/index.ts';
import type { ConcernKind } from './analyse.ts';

export type Channel = 'post' | 'comment' | 'message';

/** Sites whose drafts are private or group messages rather than public posts. */
const MESSAGING_SITES = new Set(['whatsapp', 'messenger', 'telegram', 'discord', 'signal', 'sms']);

export function channelFor(site: string | undefined): Channel {
  return site && MESSAGING_SITES.has(site.toLowerCase()) ? 'message' : 'post';
}

/** Topics that answer each concern, strongest first. */
const TOPICS_FOR: Record<ConcernKind, Topic[]> = {
  complaint: ['complaint', 'defamation'],
  defamation: ['defamation', 'removal', 'sanctions'],
  abuse: ['abuse', 'defamation'],
  threat: ['abuse', 'sanctions'],
};

export function chooseClauses(config: SchoolConfig, concerns: ConcernKind[], channel: Channel, limit = 3): Clause[] {
  const clauses = config.code.clauses;
  if (!concerns.length) return [];
  const scored = clauses.map((clause, order) => {
    let score = 0;
    for (const concern of concerns) {
      TOPICS_FOR[concern].forEach((topic, rank) => {
        if (clause.topics.includes(topic)) score += rank === 0 ? 3 : 1;
      });
    }
    const messaging = clause.topics.includes('messaging');
    if (score > 0) {
      if (channel === 'message' && messaging) score += 2;
      if (channel !== 'message' && messaging && !clause.topics.some((t) => t === 'complaint' || t === 'defamation')) score -= 2;
    }
    return { clause, score, order };
  });
  const main = scored
    .filter((s) => s.score > 0 && !s.clause.topics.every((t) => t === 'procedure'))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, Math.max(1, limit - 1))
    .map((s) => s.clause);
  const out = [...main];
  // The complaints procedure: always for a complaint, otherwise when there is room.
  const procedure = clauses
    .filter((c) => c.topics.includes('procedure'))
    .sort((a, b) => Number(b.topics.includes('messaging') === (channel === 'message')) - Number(a.topics.includes('messaging') === (channel === 'message')))[0];
  if (procedure && !out.includes(procedure) && (concerns.includes('complaint') || out.length < limit)) out.push(procedure);
  return out.slice(0, limit);
}
