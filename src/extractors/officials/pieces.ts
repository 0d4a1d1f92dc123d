import { foldWord } from '../../lexicon/fold.js';
import type { ParsedDoc, Token } from '../../document/document.js';
import { ALL_CAPS_MIN_LETTERS, isAllCapsSentence, isAllCapsText, phraseBreaksIn } from '../../document/predicates.js';
import type { CountryMention } from '../types.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';

/** One word of a sentence: a token, or part of a slashed token ("Minister/Foreign"). */
export interface Piece {
  /** position in the sentence's piece list */
  idx: number;
  /** folded, possessive removed */
  key: string;
  /** original text, possessive removed */
  text: string;
  /** UTF-16 offsets into doc.text, possessive excluded */
  start: number;
  end: number;
  token: Token;
  cap: boolean;
  upper: boolean;
  possessive: boolean;
  /** punctuation between this piece and the next: "," ";" ":" "." "/" "(" ")" quote marks; '' when none */
  punct: string;
  /** the country mention this piece belongs to, if any */
  country?: CountryMention;
}

export interface SentencePieces {
  doc: ParsedDoc;
  sentence: number;
  pieces: Piece[];
  /** the sentence is written in capitals (a wire headline): capitalisation says nothing about names */
  allCaps: boolean;
}

const POSSESSIVE = /(?:['’]s|s['’]|['’])$/u;
/** "President-elect", "Minister-designate", "Kyiv-based": a lower-case half that is not part of a name */
const HYPHEN_SUFFIXES = GRAMMAR_WORDS.hyphenSuffixes;
const LETTER = /\p{L}/u;

// its first letter is a capital ("Ali", "'Ali", "(Naqvi"); the letters are collected only when the
// piece does not start with a letter, since otherwise its first letter is its first character
function isCapitalised(bare: string): boolean {
  if (/^\p{Lu}/u.test(bare)) return true;
  if (LETTER.test(bare.charAt(0))) return false;
  return /^\p{Lu}/u.test(bare.replace(/[^\p{L}]/gu, ''));
}

function punctOf(s: string): string {
  return s.replace(/[\s\-–—]/g, '');
}

// compromise keeps spaced punctuation (" , " in tokenised wire copy) as tokens of their own; they are
// folded into the `punct` of the previous piece so that every rule sees one kind of comma.
export function buildPieces(doc: ParsedDoc, countries: readonly CountryMention[]): SentencePieces[] {
  const out: SentencePieces[] = [];
  const countryAt = new Map<number, CountryMention[]>();
  for (const c of countries) {
    for (let t = c.firstToken; t <= c.lastToken; t++) {
      const list = countryAt.get(t) ?? [];
      list.push(c);
      countryAt.set(t, list);
    }
  }
  for (const s of doc.sentences) {
    const pieces: Piece[] = [];
    for (let i = s.firstToken; i <= s.lastToken; i++) {
      const t = doc.tokens[i]!;
      if (!LETTER.test(t.text) && !/\d/.test(t.text)) {
        const prev = pieces[pieces.length - 1];
        if (prev) prev.punct += punctOf(t.pre + t.text + t.post);
        continue;
      }
      const prevPiece = pieces[pieces.length - 1];
      // "Joon-seok", "Min-jae": compromise splits a hyphenated given name; the lower-case half belongs to it
      const prevToken = doc.tokens[i - 1];
      if (prevPiece?.cap && prevToken && prevToken.post === '-' && t.pre === '' && /^\p{Ll}+$/u.test(t.text) && !HYPHEN_SUFFIXES.has(t.text)) {
        prevPiece.text += `-${t.text}`;
        prevPiece.key = foldWord(prevPiece.text);
        prevPiece.end = t.end;
        prevPiece.punct = punctOf(t.post);
        continue;
      }
      const before = punctOf(t.pre);
      if (before && prevPiece) prevPiece.punct += before;
      const parts = t.text.split('/');
      let offset = 0;
      parts.forEach((part, n) => {
        const bare = part.replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''));
        if (bare.length > 0) {
          const start = t.start + offset;
          const piece: Piece = {
            idx: pieces.length,
            key: foldWord(bare.replace(/[,;:!?"“”()]/g, '')),
            text: bare,
            start,
            end: start + bare.length,
            token: t,
            cap: isCapitalised(bare),
            upper: isAllCapsText(bare, 2),
            possessive: bare.length < part.length,
            punct: n < parts.length - 1 ? '/' : punctOf(t.post),
          };
          const cs = countryAt.get(t.index);
          const c = cs?.find((m) => m.start < piece.end && m.end > piece.start);
          if (c) piece.country = c;
          pieces.push(piece);
        }
        offset += part.length + 1;
      });
    }
    out.push({ doc, sentence: s.index, pieces, allCaps: isAllCapsSentence(doc, s.index, ALL_CAPS_MIN_LETTERS.officials) });
  }
  return out;
}

/** a phrase break after a piece (see phraseBreaksIn); not the events' clauseBreaksAfter, which reads tokens */
export const phraseBreaksAfter = (p: Piece | undefined): boolean => !!p && phraseBreaksIn(p.punct);

/**
 * Inside a sentence (the splitter has already placed the real full stops) a lone full stop after a
 * short capitalised word marks an abbreviation or an initial ("Gov.", "Sen.", "Atty.", "R."): it does
 * not end a title phrase.
 */
export const abbreviationDot = (p: Piece | undefined): boolean =>
  !!p && p.punct === '.' && p.cap && p.key.length <= 4 && /^\p{L}+$/u.test(p.text);

/** phraseBreaksAfter for title phrases: an abbreviation's full stop does not break */
export const titleBreaksAfter = (p: Piece | undefined): boolean => phraseBreaksAfter(p) && !abbreviationDot(p);
