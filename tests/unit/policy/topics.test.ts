// Topic proposals: what a clause is about, not every word it mentions.
import { describe, expect, test } from 'vitest';
import { proposeTopics } from '../../../src/config/policy/index.ts';

describe('proposeTopics', () => {
  test.each([
    ['Posting defamatory ‘statuses’ about fellow parents, pupils, the school or its employees', ['defamation']],
    ["Complaining about the school's values and methods on social media", ['complaint']],
    ['Sending abusive messages to members of staff', ['abuse']],
    ['Parents will not attempt to ‘friend’ or ‘follow’ any member of staff on social media.', ['staff-contact']],
    ['Parents are instructed not to post anonymously or under an alias.', ['anonymity']],
    ['The school retains the right to request any damaging material to be removed from social media websites.', ['removal']],
    ['The headteacher can request that ‘group chats’ are closed down.', ['messaging']],
    ['We will review this code every three years.', ['general']],
    ['Parents must not send friend requests to staff.', ['staff-contact']],
    ['Parents must not tag members of staff in photographs.', ['staff-contact']],
    ['Parents should not create an account in another name.', ['anonymity']],
    ['Serious breaches may lead to a ban from the school site.', ['sanctions']],
  ])('%s → %j', (text, topics) => {
    expect(proposeTopics({ text })).toEqual(topics);
  });

  test('misconduct given as an example or a condition is not the subject', () => {
    expect(proposeTopics({ text: 'Breaches could, in the event of illegal, defamatory, or discriminatory content, lead to prosecution.' })).toEqual(['sanctions']);
    const meeting = 'The school can request a meeting with parents if any misconduct, such as sending abusive messages or posting defamatory statuses, occurs online.';
    expect(proposeTopics({ text: meeting })).toEqual(['sanctions']);
    expect(proposeTopics({ text: meeting, section: 'Online messaging' })).toEqual(['sanctions', 'messaging']);
    expect(proposeTopics({ text: 'Where comments are threatening, racist or harassing, we may involve the police.' })).toEqual(['sanctions']);
    // …but said outright, it is
    expect(proposeTopics({ text: 'Abuse of staff may lead to a parent being banned from the school site.' })).toEqual(['abuse', 'sanctions']);
  });

  test('the complaints procedure is procedure; complaining online as well only when the clause forbids it', () => {
    expect(proposeTopics({ text: 'The school has a complaints procedure policy in place, to avoid parents broadcasting grievances online.' })).toEqual(['procedure']);
    expect(proposeTopics({ text: 'Concerns should never be aired on Facebook. Please use the complaints procedure.' })).toEqual(['complaint', 'procedure']);
    expect(proposeTopics({ text: "Use social media to air grievances. Our complaints policy explains how to raise a concern.", section: 'Please do not' })).toEqual(['complaint', 'procedure']);
  });

  test('the heading decides for the law, the intent and the review, and adds messaging for a messaging section', () => {
    expect(proposeTopics({ text: 'Defamation Act 2013', lead: 'This policy has due regard to statutory legislation, including:' })).toEqual(['general']);
    expect(proposeTopics({ text: 'when using messenger apps, such as WhatsApp.', section: 'Statement of intent' })).toEqual(['general']);
    expect(proposeTopics({ text: 'Never send offensive messages to a teacher.', section: 'Messages and chats' })).toEqual(['abuse', 'messaging']);
    expect(proposeTopics({ text: 'Never send offensive messages to a teacher.' })).toEqual(['abuse']);
  });

  test('a bullet takes messaging from its lead-in, not its behaviour', () => {
    expect(proposeTopics({ text: 'Sending abusive messages to fellow parents', lead: 'Parents should use messaging apps, such as WhatsApp, kindly and will not:' })).toEqual(['abuse', 'messaging']);
    expect(proposeTopics({ text: 'Posting defamatory statuses', lead: 'Parents should use messaging apps, such as WhatsApp, kindly and will not:' })).toEqual(['defamation', 'messaging']);
  });

  test('nothing recognisable is "general"; odd input too', () => {
    expect(proposeTopics({ text: 'Photographs of other children should not be shared.' })).toEqual(['general']);
    expect(proposeTopics({ text: '' })).toEqual(['general']);
    expect(proposeTopics({ text: undefined as unknown as string })).toEqual(['general']);
  });
});
