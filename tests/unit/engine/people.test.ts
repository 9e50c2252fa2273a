import { expect, test } from 'vitest';
import { personNames } from '../../../src/engine/nlp.ts';
import { detector } from './helpers.ts';

// What compromise adds: people's names with their gender, so "he" and "she" find the right person.
test('compromise finds the people in a draft, with gender', () => {
  const text = 'Lila got a red card from Miss Young and my son jayden laughed.';
  const found = personNames(text, 0, text.length).map((p) => [text.slice(p.start, p.end), p.gender]);
  expect(found).toContainEqual(['Lila', 'f']);
  expect(found).toContainEqual(['jayden', 'm']);
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
