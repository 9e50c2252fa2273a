import { expect, test } from 'vitest';
import { nameGender } from '../../../src/engine/nlp.ts';
import { detector } from './helpers.ts';

// What compromise adds: people's names with their gender, so "he" and "she" find the right person.
test("compromise's lexicon knows first names and their gender", () => {
  expect(nameGender('lila')).toBe('f');
  expect(nameGender('jayden')).toBe('m');
  expect(nameGender('harper')).toBeUndefined(); // a surname
  expect(nameGender('wood')).toBeUndefined();
});

test("a named child is not the school: 'Jayden got a detention from Mr Wood … He has been doing nothing'", () => {
  // Without the name's gender, "He" would fall to Mr Wood and read as a complaint about him.
  const text = 'Jayden got a detention from Mr Wood today. He has been doing nothing all term.';
  expect(detector().check(text).nudge).toBe(false);
});

test('but the teacher, when the pronoun is theirs, still is', () => {
  const text = 'My son Jayden got a detention from Mrs Harper. She has done nothing about the bullying all term.';
  expect(detector().check(text).nudge).toBe(true);
});

test('"his" many sentences after the only person named (Dr, no known gender) still means them', () => {
  const text =
    "I took Dr Adebayo's PE option this year. Somehow this is my lowest mark. Then the council shut the sports centre anyway. We just did drills.\n\nWas on his phone for the whole of our match.";
  expect(detector().check(text, { site: 'facebook' }).nudge).toBe(true);
  // the same sentence about someone else's phone is not about the teacher
  const other = "I took Dr Adebayo's PE option this year. My brother Liam was on his phone for the whole of our match.";
  expect(detector().check(other, { site: 'facebook' }).nudge).toBe(false);
});

test('"could not … without him being hostile" is a double negative: he was hostile', () => {
  const text = 'Dr Adebayo again. We could not say a word without him being hostile.';
  expect(detector().check(text).nudge).toBe(true);
  expect(detector().check('Dr Adebayo explained it all without being hostile at all.').nudge).toBe(false);
});
