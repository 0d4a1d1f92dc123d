import type { ParsedDoc, Token } from './document.js';

// Predicates over the document model that more than one extractor reads, each defined once here.

/** A verb that compromise does not also read as a noun ("met", not "talks"). */
export const isVerbOnly = (t: Token | undefined): boolean => !!t && t.tags.has('Verb') && !t.tags.has('Noun');

/**
 * A clause boundary right after a token: a comma, semicolon or colon, or a dash followed by a space
 * ("- "). Short-range event rules stop at it. A full stop does not count: inside one sentence it is an
 * abbreviation or an initial.
 */
export function clauseBreaksAfter(t: Token | undefined): boolean {
  return !!t && /[;:,]|[-–—]\s/.test(t.post);
}

/**
 * A phrase boundary in the punctuation between two words (the officials' pieces keep it in `punct`):
 * a comma, colon, semicolon, bracket, quote mark or sentence-ending mark. A slash or a hyphen does not
 * end a phrase ("Minister/Foreign", "President-elect"). Stricter than clauseBreaksAfter, which lets
 * quotes and full stops through and stops at a spaced dash.
 */
export function phraseBreaksIn(punct: string): boolean {
  return /[,;:.!?()"“”]/.test(punct);
}

/**
 * How many letters a sentence in capitals must have before its capitalisation is ignored: a wire
 * headline in capitals says nothing about which words are names. There are two thresholds, one per
 * extractor, kept as each was tuned: making them one changes output on the corpora (a short capitals
 * line of 7 or 8 letters would start or stop being read for acronyms like "US"), so that is left to an
 * accuracy change with its own measurement.
 */
export const ALL_CAPS_MIN_LETTERS = Object.freeze({
  /** src/extractors/countries.ts: upper-case-only acronyms and person-name country words */
  countries: 9,
  /** src/extractors/officials/pieces.ts: names, titles and their capitals */
  officials: 7,
});

const NOT_LETTER = /[^\p{L}]/gu;
const ASCII_LOWER = /[a-z]/;

/**
 * The letters of `text` are all capitals, and there are at least `minLetters` of them. Runs for every
 * word and sentence: an ASCII lower-case letter settles it at once without collecting the letters
 * (such a letter is one of them and differs from its capital, so the answer would be no anyway).
 */
export function isAllCapsText(text: string, minLetters: number): boolean {
  if (ASCII_LOWER.test(text)) return false;
  const letters = text.replace(NOT_LETTER, '');
  return letters.length >= minLetters && letters === letters.toUpperCase();
}

/** The sentence is written in capitals and has at least `minLetters` letters. */
export function isAllCapsSentence(doc: ParsedDoc, sentence: number, minLetters: number): boolean {
  return isAllCapsText(doc.sentenceText(sentence), minLetters);
}
