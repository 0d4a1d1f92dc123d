import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/document.js';
import { ALL_CAPS_MIN_LETTERS, clauseBreaksAfter, isAllCapsSentence, isAllCapsText, phraseBreaksIn } from '../src/document/predicates.js';

// The shared predicates of the document model: the two kinds of break, and the capitals thresholds.

const tokenAfter = (text: string, word: string) => {
  const doc = parseDocument(text);
  const t = doc.tokens.find((x) => x.text.replace(/[^\p{L}]/gu, '') === word);
  if (!t) throw new Error(`no token ${word} in ${text}`);
  return t;
};

describe('clauseBreaksAfter (tokens)', () => {
  it.each([
    ['Lima, Peru said', 'Lima'],
    ['The deal was agreed; the talks ended.', 'agreed'],
    ['The minister said: the deal is off.', 'said'],
    ['The minister - who arrived late - spoke.', 'minister'],
  ])('breaks after the token in %j', (text, word) => {
    expect(clauseBreaksAfter(tokenAfter(text, word))).toBe(true);
  });
  it.each([
    ['The minister arrived late.', 'minister'],
    ['A post-war deal was signed.', 'post'],
  ])('does not break after the token in %j', (text, word) => {
    expect(clauseBreaksAfter(tokenAfter(text, word))).toBe(false);
  });
  it('is false with no token', () => {
    expect(clauseBreaksAfter(undefined)).toBe(false);
  });
});

describe('phraseBreaksIn (officials’ pieces)', () => {
  it.each([',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', ',"'])('breaks on %j', (punct) => {
    expect(phraseBreaksIn(punct)).toBe(true);
  });
  it.each(['', '/', '-', '–'])('does not break on %j', (punct) => {
    expect(phraseBreaksIn(punct)).toBe(false);
  });
});

describe('isAllCapsSentence', () => {
  const caps = (text: string, min: number) => isAllCapsSentence(parseDocument(text), 0, min);

  it('needs capitals and enough letters', () => {
    expect(caps('KENYA AND PERU SIGN TRADE DEAL', ALL_CAPS_MIN_LETTERS.countries)).toBe(true);
    expect(caps('Kenya and Peru sign trade deal', ALL_CAPS_MIN_LETTERS.countries)).toBe(false);
  });

  it('keeps the two thresholds as tuned: more than 8 letters for countries, more than 6 for officials', () => {
    expect(ALL_CAPS_MIN_LETTERS).toEqual({ countries: 9, officials: 7 });
    // 8 letters: capitals for the officials' rules, not for the country rules
    expect(caps('UK US DEAL', ALL_CAPS_MIN_LETTERS.officials)).toBe(true);
    expect(caps('UK US DEAL', ALL_CAPS_MIN_LETTERS.countries)).toBe(false);
    // 9 letters: capitals for both; 6 letters: for neither
    expect(caps('UK US DEALS', ALL_CAPS_MIN_LETTERS.countries)).toBe(true);
    expect(caps('UK US PM', ALL_CAPS_MIN_LETTERS.officials)).toBe(false);
  });
});

// the quick answer for an ASCII lower-case letter must agree with comparing the letters to their capitals
describe('isAllCapsText', () => {
  const slow = (text: string, min: number): boolean => {
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters.length >= min && letters === letters.toUpperCase();
  };
  it.each([
    ['PM TO VISIT DELHI', 1],
    ['ÉTAT D’URGENCE', 2],
    ["U.S.-LED", 2],
    ['(NAQVI)', 2],
    ['ТУРЦИЯ', 1],
  ])('%j is in capitals', (text, min) => {
    expect(isAllCapsText(text, min)).toBe(true);
    expect(slow(text, min)).toBe(true);
  });
  it.each([
    ['PM to visit Delhi', 1],
    ['ÉTAT d’urgence', 1],
    ['état', 1],
    ['Турция', 1],
    ['A', 2],
    ['1234', 1],
  ])('%j is not', (text, min) => {
    expect(isAllCapsText(text, min)).toBe(false);
    expect(slow(text, min)).toBe(false);
  });
});
