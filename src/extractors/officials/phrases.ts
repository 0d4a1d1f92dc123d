import { loadOfficialsLexicon, type Portfolio, type TitleHead, type TitleWord } from '../../lexicon/officials.js';
import { longestMatch } from '../../lexicon/trie.js';
import type { ParsedDoc } from '../../pipeline/document.js';
import { breaksAfter, type Piece } from './pieces.js';

export interface TitlePhrase {
  /** pieces[start..end) hold the whole phrase, country words included */
  start: number;
  end: number;
  /** the office as written, without country, organisation or party words: "Interior Minister" */
  title: string;
  head: TitleHead;
  portfolio: Portfolio | null;
  country: string | null;
  /** "UN Secretary-General", "Secretary General of NATO" */
  international: boolean;
  /** a party word made the title ("Tory leader"); its lexicon country, for want of better evidence */
  partyCountry: string | null;
  /** "rebel leader", "union chairman": not a public office */
  nonState: boolean;
  /** pieces[start] was a country word or a possessive ("Pakistan's prime minister") */
  countryFirst: boolean;
}

const SMALL = new Set(['of', 'for', 'the', 'and', 'on', 'to', 'in', 'at']);
const TAIL_PREPOSITIONS = new Set(['of', 'for']);

function matchAt(pieces: readonly Piece[], i: number): { value: TitleWord; length: number } | undefined {
  const { trie } = loadOfficialsLexicon();
  // a phrase never runs across a comma or a full stop
  return longestMatch(trie, i, (k) => {
    const p = pieces[k];
    if (!p || (k > i && breaksAfter(pieces[k - 1]))) return undefined;
    return p.key;
  });
}

export function titleWordAt(pieces: readonly Piece[], i: number): { value: TitleWord; length: number } | undefined {
  return matchAt(pieces, i);
}

/** "Prime Minister", not "prime minister" or "PRIME MINISTER"; small words stay lower case, "MP" stays. */
export function titleCase(text: string): string {
  if (/^\p{Lu}{2,4}$/u.test(text)) return text;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const base = letters === letters.toUpperCase() ? text.toLowerCase() : text;
  return base
    .split(/(\s+|-)/)
    .map((w, n) => (n > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/**
 * An office title starting at pieces[i]: country words, ranks, portfolios and modifiers before one or
 * more title heads, then an "of/for" tail ("Minister of State for Foreign Affairs", "President of
 * Turkiye"). Returns null unless a head is found. A slash ends the phrase: "Deputy Prime
 * Minister/Foreign Minister" keeps the first office.
 */
export function parseTitle(doc: ParsedDoc, pieces: readonly Piece[], i: number): TitlePhrase | null {
  let j = i;
  let head: TitleHead | null = null;
  let headEnd = -1;
  let portfolio: Portfolio | null = null;
  let country: string | null = null;
  let international = false;
  let partyCountry: string | null = null;
  let nonState = false;
  let countryFirst = false;
  let end = -1;
  // title words that carry the office; country, organisation and party words are left out of the text
  const keep: Array<[number, number]> = [];

  while (j < pieces.length) {
    const p = pieces[j]!;
    if (j > i && breaksAfter(pieces[j - 1])) break;
    if (j > i && pieces[j - 1]!.punct.includes('/')) break;
    if (p.country) {
      if (head) break;
      // every piece of the country mention
      let k = j;
      while (k < pieces.length && pieces[k]!.country === p.country) k++;
      country = p.country.code;
      if (j === i) countryFirst = true;
      j = k;
      if (pieces[k - 1]!.possessive && head) break;
      continue;
    }
    const m = matchAt(pieces, j);
    if (m) {
      const v = m.value;
      const last = pieces[j + m.length - 1]!;
      const capitalOnly = v.kind === 'organisation' || v.kind === 'party';
      if (capitalOnly && !p.cap) break;
      if (v.kind === 'organisation' && !p.upper && m.length === 1 && p.key.length <= 4) break;
      if (head && v.kind !== 'head' && v.kind !== 'portfolio' && v.kind !== 'rank') break;
      if (head && (v.kind === 'portfolio' || v.kind === 'rank')) {
        // after the head only a following head continues the title ("Deputy Prime Minister" is one phrase,
        // but "Foreign Minister Trade" is not)
        const after = matchAt(pieces, j + m.length);
        if (!after || after.value.kind !== 'head') break;
      }
      switch (v.kind) {
        case 'head':
          head = v.head ?? null;
          headEnd = j + m.length;
          break;
        case 'portfolio':
          portfolio ??= v.portfolio ?? null;
          break;
        case 'organisation':
          international = true;
          break;
        case 'party':
          partyCountry = v.country ?? null;
          break;
        case 'non-state':
          nonState = true;
          break;
        default:
          break;
      }
      if (v.kind !== 'organisation' && v.kind !== 'party') keep.push([j, j + m.length]);
      j += m.length;
      if (head && j === headEnd) end = j;
      if (p.possessive || last.possessive) {
        // "Labour's Paul Flynn", "the ministry's spokesman": a possessive ends a pre-title word group
        if (head) break;
        countryFirst ||= j - m.length === i && v.kind !== 'head';
      }
      continue;
    }
    // "envoy to Burundi": the destination, not the state the envoy serves, and (like any country word)
    // not part of the office's name
    if (head && p.key === 'to' && !breaksAfter(p) && pieces[j + 1]?.country) {
      let e = j + 1;
      const c = pieces[e]!.country;
      while (e < pieces.length && pieces[e]!.country === c) e++;
      end = e;
      j = e;
      break;
    }
    // "of"/"for" tail after a head
    if (head && TAIL_PREPOSITIONS.has(p.key) && !breaksAfter(p)) {
      let k = j + 1;
      if (pieces[k]?.key === 'the' && !breaksAfter(pieces[k])) k++;
      const q = pieces[k];
      if (!q) break;
      if (q.country) {
        let e = k;
        while (e < pieces.length && pieces[e]!.country === q.country) e++;
        country ??= q.country.code;
        // "of the Brazilian Coffee Institute": the country's institution is part of the title
        const inst = !breaksAfter(pieces[e - 1]) ? institutionEnd(pieces, e) : -1;
        if (inst > 0) {
          keep.push([j, inst]);
          e = inst;
        }
        end = e;
        j = e;
        break;
      }
      const t = matchAt(pieces, k);
      // "President of the Brazilian Coffee Institute": capitalised words ending in an institution word
      const inst = q.cap && (!t || t.value.kind !== 'modifier') ? institutionEnd(pieces, k) : -1;
      if (inst > 0) {
        keep.push([j, inst]);
        end = inst;
        j = inst;
        break;
      }
      // "Speaker of Parliament", "President of the Republic"
      if (t && t.value.kind === 'modifier' && q.cap) {
        end = k + t.length;
        keep.push([j, end]);
        j = end;
        continue;
      }
      const ofState = q.key === 'state' && q.cap;
      if (ofState || (t && (t.value.kind === 'portfolio' || t.value.kind === 'organisation' || t.value.kind === 'party'))) {
        if (t && !ofState && (t.value.kind === 'organisation' || t.value.kind === 'party')) {
          if (!q.cap) break;
          if (t.value.kind === 'party') partyCountry = t.value.country ?? null;
          else international = true;
          end = k + t.length;
          j = end;
          break;
        }
        if (t && t.value.kind === 'portfolio') portfolio ??= t.value.portfolio ?? null;
        let e = k + (ofState ? 1 : t!.length);
        // "for Trade and Industry", "of State for Foreign Affairs"
        while (e < pieces.length && !breaksAfter(pieces[e - 1])) {
          const nxt = pieces[e]!;
          if ((nxt.key === 'and' || nxt.key === 'for') && !breaksAfter(nxt)) {
            const more = matchAt(pieces, e + 1);
            if (more && more.value.kind === 'portfolio') {
              portfolio ??= more.value.portfolio ?? null;
              e = e + 1 + more.length;
              continue;
            }
          }
          const more = matchAt(pieces, e);
          if (more && more.value.kind === 'portfolio') {
            e += more.length;
            continue;
          }
          break;
        }
        keep.push([j, e]);
        end = e;
        j = e;
        continue;
      }
      break;
    }
    break;
  }
  if (!head || end < 0) return null;
  const kept = keep.filter(([a]) => a < end);
  if (kept.length === 0) return null;
  // the title text runs from the first kept word to the last, without a country tail ("of Turkiye")
  const first = pieces[kept[0]![0]]!;
  const lastKept = kept[kept.length - 1]!;
  const last = pieces[Math.min(lastKept[1], end) - 1]!;
  let raw = doc.text.slice(first.start, last.end).replace(/\s+/g, ' ');
  if (head.title && kept.length === 1) raw = head.title;
  return {
    start: i,
    end,
    title: titleCase(raw.replace(/\s*-\s*/g, (m) => (m.includes(' ') ? ' ' : '-'))),
    head,
    portfolio,
    country: country ?? head.country ?? null,
    international: international || (!!head.international && country === null),
    partyCountry,
    nonState,
    countryFirst,
  };
}

/** End of a capitalised institution name at pieces[k] ("Coffee Institute", "Reserve Board"), or -1. */
function institutionEnd(pieces: readonly Piece[], k: number): number {
  for (let e = k; e < pieces.length && e - k < 5 && pieces[e]!.cap && (e === k || !breaksAfter(pieces[e - 1])); e++) {
    const w = matchAt(pieces, e);
    if (w && w.value.kind === 'modifier') return e + w.length;
    if (w && w.value.kind === 'head') return -1;
  }
  return -1;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'wa', 'ben', 'ter', 'zu', 'y']);
const NOT_NAME_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Date', 'Month', 'WeekDay', 'Value', 'QuestionWord', 'Adverb'];
const NAME_TAGS = ['Person', 'FirstName', 'LastName'];

export interface NameParse {
  /** pieces[start..end) are the name; honorifics before it are pieces[honorificStart..start) */
  honorificStart: number;
  start: number;
  end: number;
  text: string;
}

// compromise tags unknown capitalised words Organization too freely for that tag to rule a name out
const PLACE_TAGS = ['Place', 'City', 'Region', 'Country', 'Demonym'];
const ORG_KINDS = new Set(['modifier', 'organisation', 'party', 'non-state']);

function isNameWord(pieces: readonly Piece[], k: number, allCaps: boolean): boolean {
  const p = pieces[k]!;
  if (p.country) return false;
  if (!p.cap) return false;
  const tags = p.token.tags;
  const personal = NAME_TAGS.some((t) => tags.has(t));
  // "the Assembly", "Democratic Party", "London", "EDT": organisations, places and acronyms are not names
  if (!personal) {
    const w = titleWordAt(pieces, k);
    if (w && ORG_KINDS.has(w.value.kind)) return false;
    if (p.upper && !p.text.includes('.') && p.text.length <= 4 && !allCaps) return false;
  }
  if (personal) return true;
  if (NOT_NAME_TAGS.some((t) => tags.has(t))) return false;
  if (tags.has('Verb') || tags.has('Adjective')) return !allCaps && tags.has('ProperNoun') && !tags.has('Gerund');
  return true;
}

/** A personal name at pieces[i], honorifics skipped: capitalised words, particles, initials, hyphens. */
export function parseName(doc: ParsedDoc, pieces: readonly Piece[], i: number, allCaps: boolean): NameParse | null {
  const { honorifics } = loadOfficialsLexicon();
  let k = i;
  while (k < pieces.length) {
    const p = pieces[k]!;
    if (!(p.cap && honorifics.has(p.key) && (!breaksAfter(p) || p.punct === '.'))) break;
    k++;
  }
  const start = k;
  let end = k;
  while (end < pieces.length && end - start < 6) {
    const p = pieces[end]!;
    const isInitial = /^\p{Lu}$/u.test(p.text);
    // "John Paul II", "Baudouin I": a regnal number ends the name
    if (end > start && /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/.test(p.text)) {
      end++;
      break;
    }
    let after = end + 1;
    while (pieces[after] && !pieces[after]!.cap && PARTICLES.has(pieces[after]!.key)) after++;
    const particle = !p.cap && PARTICLES.has(p.key) && !!pieces[after]?.cap && !breaksAfter(p);
    if (!particle && !isInitial && !isNameWord(pieces, end, allCaps)) break;
    if (!particle && end > start) {
      // a title word after a name starts another phrase ("President Bush Secretary Powell")
      const tw = titleWordAt(pieces, end);
      if (tw && (tw.value.kind === 'head' || tw.value.kind === 'organisation') && !NAME_TAGS.some((t) => p.token.tags.has(t))) break;
    }
    end++;
    if (p.possessive) break;
    if (p.punct.includes('/')) break;
    if (breaksAfter(p) && !(isInitial && p.punct === '.' && pieces[end]?.cap)) break;
  }
  // drop trailing particles; "Warren Christopher" is a name, "London" alone is not
  const placeOnly = (q: Piece): boolean => !NAME_TAGS.some((t) => q.token.tags.has(t)) && PLACE_TAGS.some((t) => q.token.tags.has(t));
  while (end > start && !pieces[end - 1]!.cap) end--;
  // compromise tags many surnames as places ("Bolton"), so only a lone place word is ruled out
  if (end - start === 1 && placeOnly(pieces[start]!)) return null;
  if (end === start) return null;
  const words = pieces.slice(start, end);
  if (!words.some((w) => w.text.replace(/[^\p{L}]/gu, '').length > 1)) return null;
  const { orgSuffixes } = loadOfficialsLexicon();
  const after = pieces[end];
  // "Jinnah International Airport": a name inside an organisation or place name
  if (after && !breaksAfter(pieces[end - 1])) {
    if (orgSuffixes.has(after.key)) return null;
    // "the U.N. High Commissioner": a capitalised word that starts the next title is not a name
    const tw = end - start === 1 && after.cap ? titleWordAt(pieces, end) : undefined;
    if (tw && tw.value.kind === 'head' && !NAME_TAGS.some((t) => pieces[start]!.token.tags.has(t))) return null;
  }
  const text = doc.text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/g, ' ').replace(/ ([-'])/g, '$1').replace(/([-]) /g, '$1');
  return { honorificStart: i, start, end, text };
}
