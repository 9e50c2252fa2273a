import { describe, expect, test } from 'vitest';
import { detector, mentionKeys } from './helpers.ts';

// A sentence with a little school life in it, so that context-dependent forms can resolve.
const inClass = (name: string) => `${name} sent the homework home again in class today.`;

describe('finds the school and its staff in every form parents use', () => {
  test.each<[string, string]>([
    ['Mrs Harper', 'staff:j-harper'],
    ['mrs harper', 'staff:j-harper'],
    ["Mrs. Harper's", 'staff:j-harper'],
    ['Joanne Harper', 'staff:j-harper'],
    ['J. Harper', 'staff:j-harper'],
    ['J Harper', 'staff:j-harper'],
    ['Jo Harper', 'staff:j-harper'],
    ['Mrs H*rper', 'staff:j-harper'],
    ['Mrs H-a-r-p-e-r', 'staff:j-harper'],
    ['Mrs H.a.r.p.e.r', 'staff:j-harper'],
    ['Mrs Harpar', 'staff:j-harper'],
    ['Mrs H@rper', 'staff:j-harper'],
    ['Mrs\nHarper', 'staff:j-harper'],
    ['Mrs  Harper', 'staff:j-harper'],
    ['Ms Ní Bhriain', 'staff:siobhan-ni-bhriain'],
    ['Ms Ni Bhriain', 'staff:siobhan-ni-bhriain'],
    ["Mr O'Neill", 'staff:kieran-oneill'],
    ['Mr O’Neill', 'staff:kieran-oneill'],
    ['Mr ONeill', 'staff:kieran-oneill'],
    ['Mr O Neill', 'staff:kieran-oneill'],
    ['Mr Wood', 'staff:tom-wood'],
    ['mr wood', 'staff:tom-wood'],
    ['Mr W00d', 'staff:tom-wood'],
    ['Tom Wood', 'staff:tom-wood'],
    ['Miss Young', 'staff:grace-young'],
    ['Mrs Young', 'staff:grace-young'],
    ['Dr Adebayo', 'staff:femi-adebayo'],
    ['Mr Adebayo', 'staff:femi-adebayo'],
    ['Adebayo', 'staff:femi-adebayo'],
    ['Dr Adebay0', 'staff:femi-adebayo'],
    ['Mrs Kowalczik', 'staff:agnieszka-kowalczyk'],
    ['Mrs K', 'staff:agnieszka-kowalczyk'],
    ['Foxy', 'staff:paul-fox'],
    ['Hollins Green', 'school'],
    ['hollins green', 'school'],
    ['HOLLINS GREEN', 'school'],
    ["Hollins Green's", 'school'],
    ['Hollins Greene', 'school'],
    ['H0llins Green', 'school'],
    ['#HollinsGreenPrimary', 'school'],
    ['@hollinsgreenprimary', 'school'],
    ['HGPS', 'school'],
  ])('%j', (name, key) => {
    const result = detector().check(inClass(name));
    expect(mentionKeys(result)).toContain(key);
  });

  test('offsets index the draft as typed', () => {
    const text = 'Honestly Mrs H*rper and Mr O’Neill at #HollinsGreenPrimary 😡';
    for (const m of detector().check(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(detector().check(text).mentions.map((m) => m.text)).toEqual(['Mrs H*rper', 'Mr O’Neill', '#HollinsGreenPrimary']);
  });

  test('a possessive is not part of the name', () => {
    const [m] = detector().check("Mrs Harper's new rules are daft").mentions;
    expect(m!.text).toBe('Mrs Harper');
  });
});

describe('roles tied to the school are the person who holds them', () => {
  test.each<[string, string[]]>([
    ['the head at Hollins Green has banned scooters', ['school', 'staff:j-harper']],
    ["Hollins Green's SENCo never replies", ['school', 'staff:siobhan-ni-bhriain']],
    ['The head of Hollins Green lied to us', ['school', 'staff:j-harper']],
    ['Our kids go to Hollins Green. The deputy head told us nothing.', ['school', 'staff:kieran-oneill']],
  ])('%j', (text, keys) => {
    expect(mentionKeys(detector().check(text))).toEqual(keys);
  });

  test.each<[string]>([['the head has banned scooters'], ["my son's teacher never replies"], ['our school has a new policy'], ['his form tutor rang']])(
    'without the school named, %j is an unnamed reference',
    (text) => {
      expect(mentionKeys(detector().check(text))).toContain('implicit');
    },
  );

  test.each<[string]>([['she banged her head on the slide'], ['the head of the residents association complained'], ['we got a tutor for maths']])(
    '%j is not a reference to the head or a teacher',
    (text) => {
      expect(mentionKeys(detector().check(text))).toEqual([]);
    },
  );
});

describe('and not the impostors', () => {
  test.each<[string]>([
    ['The wood behind the park is flooded again.'],
    ['Young children need more sleep than we think.'],
    ['A fox got into the bins last night.'],
    ['Dr Harper at the surgery was so dismissive about his rash.'],
    ['Mrs H next door has complained about our hedge again.'],
    ['Mrs K at the chippy shouted at my son for not having change.'],
    ['Mr Wood next door is building another extension.'],
    ['Roadworks on Hollins Green Road again, 40 minutes to get to work.'],
    ["Lucy Harper's mum is doing the party bags."],
    ["Harper's party is on Saturday at the soft play."],
    ['Foxy Loxy is her favourite story at the minute.'],
    ['Dr Fox at the vets was brilliant with the dog.'],
    ['Running laps of the field for charity.'],
  ])('%j', (text) => {
    const keys = mentionKeys(detector().check(text)).filter((k) => k !== 'implicit');
    expect(keys).toEqual([]);
  });

  test('another school of the trust is not the registered school', () => {
    const result = detector().check('Moss Lane Academy is a shambles, glad we moved.');
    expect(mentionKeys(result)).toEqual([]);
  });

  test('a parent who picked another school of the trust has that school watched instead', () => {
    const mossLane = detector({ schools: ['Moss Lane Academy'] });
    expect(mentionKeys(mossLane.check('Moss Lane Academy is a shambles.'))).toEqual(['school']);
    expect(mentionKeys(mossLane.check('Hollins Green is a shambles.'))).toEqual([]);
  });

  test('unnamed references can be switched off', () => {
    expect(mentionKeys(detector({ implicit: false }).check("my son's teacher is a disgrace"))).toEqual([]);
  });
});
