import { describe, expect, test } from 'vitest';
import { concernKinds, detector } from './helpers.ts';

// Drafts written for these tests, one behaviour each. Not taken from the evaluation sets.

describe('nudges what the code of conduct is about', () => {
  test.each<[string, string, string[]]>([
    // complaints about decisions, methods and conduct
    ['a decision called ridiculous', 'Hollins Green has banned scooters from the playground. Absolutely ridiculous decision.', ['complaint']],
    ['no reply, told nobody', 'Emailed Mrs Harper three times about the trip and never had a reply. Nobody tells parents anything.', ['complaint']],
    ['a demand for change', 'Mr Wood needs to sort his marking out, my son has had no feedback since September.', ['complaint']],
    ['a rhetorical question', 'How is it acceptable that Hollins Green keeps Year 2 in at break for forgetting a water bottle?', ['complaint']],
    ['sarcasm with a slow clap', 'Well done Hollins Green on cancelling sports day with a day’s notice 👏👏', ['complaint']],
    ['sarcasm as a closing word', 'Hollins Green moved parents evening to 2pm on a Tuesday. Because obviously none of us work. Lovely.', ['complaint']],
    ['quoting staff back', 'Mrs Harper told my son he was "just being dramatic" when he broke his wrist. He was six.', ['complaint']],
    ['a complaint phrased as a question', 'Genuine question, does anyone else think Mr Wood’s detentions for forgetting pencils are completely over the top?', ['complaint']],
    ['rallying others', 'Everyone please email Mrs Harper tonight about the uniform rule. The more of us the better!', ['complaint']],
    ['keep them off', 'Keep your kids off on Friday, if half the class is out Hollins Green will have to listen.', ['complaint']],
    // allegations stated as fact, gossip included
    ['theft', 'Mrs Kowalczyk has been helping herself to the raffle money for years.', ['complaint', 'defamation']],
    ['cover-up', 'Hollins Green covered up what happened on the residential to protect the head.', ['complaint', 'defamation']],
    ['gossip', "Don't say I heard it from me but Mr O'Neill has been suspended, my cousin's a governor 👀", ['complaint', 'defamation']],
    // insults, disguised or not, at staff, pupils or parents of the school
    ['an insult at staff', 'Mr Wood is a useless cow.', ['abuse']],
    ['disguised swearing', 'Dr Adebayo you absolute w*nker', ['abuse']],
    ['leetspeak swearing', 'mrs harper is a total b1tch', ['abuse']],
    ['an insult at a pupil', "That lad in Mr Wood's class is a feral little thug.", ['abuse']],
    ['an insult at parents', 'Anyone moaning about Mrs Harper in this group is a thick idiot.', ['abuse']],
    // threats without a rude word
    ['a veiled threat', 'Mrs Harper better watch her back. I know what car she drives.', ['threat']],
    ['a conditional threat', 'If Mr Wood shouts at my lad again I will be waiting for him at pick-up.', ['threat']],
  ])('%s', (_what, text, kinds) => {
    const result = detector().check(text, { site: 'facebook' });
    expect(result.nudge).toBe(true);
    for (const kind of kinds) expect(concernKinds(result)).toContain(kind);
  });

  test('an unnamed reference with a clear complaint is nudged', () => {
    expect(detector().check("My son's teacher is a disgrace, she hasn't read with him once since September.").nudge).toBe(true);
  });
});

describe('lets everything else through', () => {
  test.each<[string, string]>([
    ['praise', 'Huge thanks to Mrs Harper and the whole team at Hollins Green for the nativity, not a dry eye in the hall ❤️'],
    ['praise with negative-looking words', 'Mr Wood is strict but fair and my son has never been less bored in a lesson.'],
    ['negation', 'Hollins Green is not a bad school at all, we have been really happy there.'],
    ['logistics', 'What time does the Hollins Green Christmas fair start on Saturday?'],
    ['a request', 'Could I book a quick chat with Ms Ní Bhriain about reading books please?'],
    ['news', 'Hollins Green has been rated Good by Ofsted again!'],
    ['the council, not the school', 'Dog mess all over the pavement outside the Hollins Green gates again, can the council please put a bin there?'],
    ['the government, not the school', 'These attendance fines are a disgrace. Had the letter from Hollins Green, not their fault, every school has to send it.'],
    ['another school', 'Avoid Brackenmoor Academy if you can. We moved ours to Hollins Green and it is night and day.'],
    ['own child', 'My son has been a nightmare this week, poor Mr Wood must have the patience of a saint 😂'],
    ['oneself', 'I was the idiot who parked across the Hollins Green staff car park gate this morning, so sorry!'],
    ['asking how to complain properly', 'Where do I find the Hollins Green complaints procedure? Want to raise something properly rather than moaning on here.'],
    ['defending the school', 'Whoever keeps saying Hollins Green covered up the fire alarm thing, it was a drill. Please stop spreading rubbish.'],
    ['banter', 'Mr Wood told Year 4 he is 97 years old and my son genuinely believes him 😂'],
    ['reported speech that is praise', "Mrs Harper said she's 'a joy to teach' and I cried in the car 😭❤️"],
    ['a fond insult', 'Mrs Harper has created a monster, he sings the school song all day 😂❤️'],
  ])('%s', (_what, text) => {
    const result = detector().check(text, { site: 'facebook' });
    expect(result.nudge, JSON.stringify(result.concerns)).toBe(false);
    expect(result.concerns).toEqual([]);
    expect(result.clauses).toEqual([]);
  });

  test('a draft that names nobody is never nudged, however angry', () => {
    const result = detector().check('This is a disgrace, an absolute shambles, share this everywhere!');
    expect(result).toEqual({ nudge: false, mentions: [], concerns: [], clauses: [], truncated: false });
  });

  test('an unnamed reference needs a clear concern', () => {
    expect(detector().check("My son's teacher is off with the flu, hope she feels better soon").nudge).toBe(false);
  });
});

describe('evidence spans', () => {
  test('each concern points at the words behind it, in the draft as typed', () => {
    const text = 'Mrs Harper is a useless cow and she lied to the governors.';
    const result = detector().check(text);
    expect(result.nudge).toBe(true);
    const byKind = Object.fromEntries(result.concerns.map((c) => [c.kind, text.slice(c.start, c.end)]));
    expect(byKind.abuse).toMatch(/useless cow/);
    expect(byKind.defamation).toMatch(/lied/);
    for (const c of result.concerns) expect(c.end).toBeGreaterThan(c.start);
  });
});

describe('how parents actually put it', () => {
  test.each<[string, string, string[]]>([
    ['school with no article, in a chat', 'same with ours, school told me she needs to toughen up. She is 6 and was pushed over every day. I think this is not fair.', ['complaint']],
    ['"this is not fair" is a complaint, not a defence', 'Mrs Harper kept the whole class in for one child. This is not fair.', ['complaint']],
    ['too much to ask', 'Is it too much to ask for Hollins Green to tell us when a child has been hurt?', ['complaint']],
    ['collective punishment', 'Mr Wood cancelled golden time for all of Year 4 over one broken ruler. Collective punishment.', ['complaint']],
    ['the school quoted against itself', "Hollins Green: 'we listen to every family'\nAlso Hollins Green: stops replying to emails in October", ['complaint']],
    ['gossip by a little bird', 'A little bird told me Mr Fox only got the deputy job because of who his wife is.', ['defamation']],
    ['watch himself', 'Mr Wood wants to watch himself, talk to my son like that once more and see what happens.', ['threat']],
    ['a place is not the topic', 'Mrs Harper confiscated my son’s phone for checking the bus times after school. At the bus stop. Make it make sense.', ['complaint']],
  ])('%s', (_what, text, kinds) => {
    const result = detector().check(text, { site: 'whatsapp' });
    expect(result.nudge, JSON.stringify(result.concerns)).toBe(true);
    for (const kind of kinds) expect(concernKinds(result)).toContain(kind);
  });

  test.each<[string, string]>([
    ['a real question about how things work', 'Can someone explain how reading levels work at Hollins Green? My son has moved up and I want to help him at home.'],
    ['a business named after the same place', 'Hollins Green Motors charged me £300 for a new exhaust. Avoid, avoid, avoid!'],
    ['losing one’s own letter', 'Can someone remind me when Mrs Harper wants the trip forms back? I have lost the letter again 🙈'],
    ['praise, even ironic-sounding', 'Genius! Pure genius, Mr Fox, the kids loved the science show.'],
  ])('%s', (_what, text) => {
    const result = detector().check(text, { site: 'whatsapp' });
    expect(result.nudge, JSON.stringify(result.concerns)).toBe(false);
  });
});
