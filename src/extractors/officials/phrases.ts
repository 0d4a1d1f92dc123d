import { isVerbOnly } from '../../document/predicates.js';
import { loadHeadlineVerbs } from '../../lexicon/headline-verbs.js';
import { loadOfficialsLexicon, type Portfolio, type TitleHead, type TitleWord, type TitleWordKind } from '../../lexicon/officials.js';
import { longestMatch } from '../../lexicon/trie.js';
import type { ParsedDoc } from '../../document/document.js';
import { abbreviationDot, phraseBreaksAfter, titleBreaksAfter, type Piece } from './pieces.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';

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
  /** the head word alone: no country, body, party, portfolio or other title word */
  bare: boolean;
}

const SMALL = GRAMMAR_WORDS.titleSmallWords;
const HYPHEN_SUFFIXES = GRAMMAR_WORDS.hyphenSuffixes;
const TAIL_PREPOSITIONS = GRAMMAR_WORDS.titleTailPrepositions;
/** "Opposition leader in the State Assembly", "Minister of State at the Foreign Ministry": only an institution follows */
const INSTITUTION_PREPOSITIONS = GRAMMAR_WORDS.atPrepositions;
/** ranks that say when, not which office: "former prime minister" holds the office "Prime Minister" */
const TIME_RANKS = GRAMMAR_WORDS.timeRanks;
const REGION_TAILS = GRAMMAR_WORDS.regionTails;
const PLACE_WORD_TAGS = ['Place', 'Region', 'City', 'Country'];

function matchAt(pieces: readonly Piece[], i: number): { value: TitleWord; length: number } | undefined {
  const { trie } = loadOfficialsLexicon();
  // a phrase never runs across a comma or a full stop
  return longestMatch(trie, i, (k) => {
    const p = pieces[k];
    if (!p || (k > i && titleBreaksAfter(pieces[k - 1]))) return undefined;
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
    // "President-elect", "Minister-designate": the suffix after a hyphen stays lower case
    .map((w, n, all) => ((n > 0 && SMALL.has(w.toLowerCase())) || (all[n - 1] === '-' && HYPHEN_SUFFIXES.has(w.toLowerCase())) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/** What parseTitle has read so far of the phrase starting at pieces[i]. */
interface TitleState {
  readonly pieces: readonly Piece[];
  readonly i: number;
  j: number;
  head: TitleHead | null;
  headEnd: number;
  portfolio: Portfolio | null;
  country: string | null;
  international: boolean;
  partyCountry: string | null;
  nonState: boolean;
  stateAfterNonState: boolean;
  countryFirst: boolean;
  /** the tail names an institution ("of the Cocoa Board"): a state body when a country is named */
  institution: boolean;
  end: number;
  /** title words that carry the office; country, organisation and party words are left out of the text */
  keep: Array<[number, number]>;
}

/** what a step did: read words and the loop goes on, read words and the phrase ends, or did not apply */
type Step = 'next' | 'stop' | 'none';

/**
 * An office title starting at pieces[i]: country words, ranks, portfolios and modifiers before one or
 * more title heads, then an "of/for" tail ("Minister of State for Foreign Affairs", "President of
 * Turkiye"). Returns null unless a head is found. A slash ends the phrase: "Deputy Prime
 * Minister/Foreign Minister" keeps the first office.
 */
export function parseTitle(doc: ParsedDoc, pieces: readonly Piece[], i: number): TitlePhrase | null {
  const st: TitleState = {
    pieces, i, j: i, head: null, headEnd: -1, portfolio: null, country: null, international: false, partyCountry: null,
    nonState: false, stateAfterNonState: false, countryFirst: false, institution: false, end: -1, keep: [],
  };
  const steps = [countryStep, titleWordStep, descriptorNounStep, postingStep, institutionStep, onPortfolioStep, destinationStep, tailStep];
  while (st.j < pieces.length) {
    if (st.j > i && titleBreaksAfter(pieces[st.j - 1])) break;
    if (st.j > i && pieces[st.j - 1]!.punct.includes('/')) break;
    let done: Step = 'none';
    for (const step of steps) {
      done = step(st);
      if (done !== 'none') break;
    }
    if (done !== 'next') break;
  }
  return finishTitle(doc, st);
}

/** country words: before the head they give the state, after it they end the phrase */
function countryStep(st: TitleState): Step {
  const { pieces, i } = st;
  const p = pieces[st.j]!;
  if (!p.country) return 'none';
  if (st.head) return 'stop';
  // every piece of the country mention
  let k = st.j;
  while (k < pieces.length && pieces[k]!.country === p.country) k++;
  st.country = p.country.code;
  if (st.j === i) st.countryFirst = true;
  st.j = k;
  if (pieces[k - 1]!.possessive && st.head) return 'stop';
  return 'next';
}

/** a lexicon word: head, rank, portfolio, modifier, organisation, party or non-state word */
function titleWordStep(st: TitleState): Step {
  const { pieces, i } = st;
  const p = pieces[st.j]!;
  let m = matchAt(pieces, st.j);
  // "PM", "Gov.", "Gen": abbreviations are written with a capital; after a full title they start the
  // name ("Defence Minister Gen Nakatani") or are a rank before it ("Army Chief Gen. Asim Munir")
  if (m && m.value.kind === 'head' && m.value.head?.abbreviation && (!p.cap || st.head)) m = undefined;
  if (!m) return 'none';
  const v = m.value;
  const last = pieces[st.j + m.length - 1]!;
  const capitalOnly = v.kind === 'organisation' || v.kind === 'party';
  if (capitalOnly && !p.cap) return 'stop';
  if (v.kind === 'organisation' && !p.upper && m.length === 1 && p.key.length <= 4) return 'stop';
  if (st.head && v.kind !== 'head' && v.kind !== 'portfolio' && v.kind !== 'rank') return 'stop';
  if (st.head && (v.kind === 'portfolio' || v.kind === 'rank')) {
    // after the head only a following head continues the title ("Deputy Prime Minister" is one phrase,
    // but "Foreign Minister Trade" is not)
    const after = matchAt(pieces, st.j + m.length);
    if (!after || after.value.kind !== 'head') return 'stop';
  }
  recordWord(st, v, m.length);
  if (v.kind !== 'organisation' && v.kind !== 'party') st.keep.push([st.j, st.j + m.length]);
  st.j += m.length;
  if (st.head && st.j === st.headEnd) st.end = st.j;
  if (p.possessive || last.possessive) {
    // "Labour's Paul Flynn", "the ministry's spokesman": a possessive ends a pre-title word group
    if (st.head) return 'stop';
    st.countryFirst ||= st.j - m.length === i && v.kind !== 'head';
  }
  return 'next';
}

/** what one lexicon word says of the office */
function recordWord(st: TitleState, v: TitleWord, length: number): void {
  switch (v.kind) {
    case 'head':
      st.head = v.head ?? null;
      st.headEnd = st.j + length;
      break;
    case 'portfolio':
      st.portfolio ??= v.portfolio ?? null;
      // "Union Home Minister": a portfolio after the word says the office is in a government
      if (st.nonState) st.stateAfterNonState = true;
      break;
    case 'organisation':
      st.international = true;
      break;
    case 'party':
      st.partyCountry = v.country ?? null;
      break;
    case 'non-state':
      st.nonState = true;
      break;
    default:
      break;
  }
}

/**
 * "Colombia's former peace commissioner": one unlisted noun between title words and the head
 * (written in the case of the words before it: "top Bonn diplomat" names a place, not an office)
 */
function descriptorNounStep(st: TitleState): Step {
  const { pieces, i, j } = st;
  const p = pieces[j]!;
  if (st.head || st.nonState || j <= i || p.country || p.possessive || p.upper || (p.cap && !pieces[j - 1]!.cap) || titleBreaksAfter(p) || !isDescriptorNoun(p)) return 'none';
  const nxt = matchAt(pieces, j + 1);
  if (!nxt || nxt.value.kind !== 'head' || nxt.value.head?.abbreviation) return 'none';
  st.keep.push([j, j + 1]);
  st.j++;
  return 'next';
}

/** "ambassador to the African Union": the posting, not part of the office's name or its state */
function postingStep(st: TitleState): Step {
  const { pieces, j } = st;
  const p = pieces[j]!;
  if (!st.head || p.key !== 'to' || phraseBreaksAfter(p)) return 'none';
  let k = j + 1;
  if (pieces[k]?.key === 'the' && !phraseBreaksAfter(pieces[k])) k++;
  const org = pieces[k]?.cap ? matchAt(pieces, k) : undefined;
  if (!org || org.value.kind !== 'organisation') return 'none';
  st.end = k + org.length;
  st.j = st.end;
  return 'stop';
}

/** "Opposition leader in the State Assembly", "Minister of State at the Foreign Ministry" */
function institutionStep(st: TitleState): Step {
  const { pieces, j } = st;
  const p = pieces[j]!;
  if (!st.head || !INSTITUTION_PREPOSITIONS.has(p.key) || phraseBreaksAfter(p)) return 'none';
  let k = j + 1;
  if (pieces[k]?.key === 'the' && !phraseBreaksAfter(pieces[k])) k++;
  const inst = pieces[k]?.cap ? institutionEnd(pieces, k) : -1;
  if (inst <= 0) return 'stop';
  st.keep.push([j, inst]);
  st.institution = true;
  st.end = inst;
  st.j = inst;
  return 'next';
}

/** "spokesperson on Foreign Affairs": a portfolio only */
function onPortfolioStep(st: TitleState): Step {
  const { pieces, j } = st;
  const p = pieces[j]!;
  if (!st.head || p.key !== 'on' || phraseBreaksAfter(p)) return 'none';
  const t = matchAt(pieces, j + 1);
  if (!t || t.value.kind !== 'portfolio') return 'stop';
  st.portfolio ??= t.value.portfolio ?? null;
  const e = portfolioRunEnd(pieces, j + 1 + t.length, (x) => (st.portfolio ??= x));
  st.keep.push([j, e]);
  st.end = e;
  st.j = e;
  return 'next';
}

/**
 * "envoy to Burundi": the destination, not the state the envoy serves, and (like any country word)
 * not part of the office's name
 */
function destinationStep(st: TitleState): Step {
  const { pieces, j } = st;
  const p = pieces[j]!;
  if (!st.head || p.key !== 'to' || phraseBreaksAfter(p) || !pieces[j + 1]?.country) return 'none';
  let e = j + 1;
  const c = pieces[e]!.country;
  while (e < pieces.length && pieces[e]!.country === c) e++;
  st.end = e;
  st.j = e;
  return 'stop';
}

/** "of"/"for" tail after a head */
function tailStep(st: TitleState): Step {
  const { pieces, j } = st;
  const p = pieces[j]!;
  if (!st.head || !TAIL_PREPOSITIONS.has(p.key) || phraseBreaksAfter(p)) return 'none';
  let k = j + 1;
  if (pieces[k]?.key === 'the' && !phraseBreaksAfter(pieces[k])) k++;
  const q = pieces[k];
  if (!q) return 'stop';
  const region = p.key === 'for' && q.cap ? regionTail(st, k) : 'none';
  if (region !== 'none') return region;
  if (q.country) return countryTail(st, k);
  return namedTail(st, k);
}

/** "Senior Adviser for Africa", "Envoy for the Middle East": a region the office covers */
function regionTail(st: TitleState, k: number): Step {
  const { pieces, j } = st;
  const region = longestMatch(loadOfficialsLexicon().regions, k, (x) => (x > k && phraseBreaksAfter(pieces[x - 1]) ? undefined : pieces[x]?.key));
  if (!region) return 'none';
  let end = k + region.length;
  // "for Near East Affairs", "for Asia Policy"
  if (!phraseBreaksAfter(pieces[end - 1]) && REGION_TAILS.has(pieces[end]?.key ?? '') && pieces[end]!.cap) end++;
  st.keep.push([j, end]);
  st.end = end;
  st.j = end;
  return 'stop';
}

/** "of Turkiye", "of the Brazilian Coffee Institute", "of the Russian Chess Federation" */
function countryTail(st: TitleState, k: number): Step {
  const { pieces, j } = st;
  const q = pieces[k]!;
  let e = k;
  while (e < pieces.length && pieces[e]!.country === q.country) e++;
  st.country ??= q.country!.code;
  // "of the Brazilian Coffee Institute": the country's institution is part of the title
  const inst = !phraseBreaksAfter(pieces[e - 1]) ? institutionEnd(pieces, e) : -1;
  const body = inst < 0 && !phraseBreaksAfter(pieces[e - 1]) ? nonStateBodyEnd(pieces, e) : -1;
  if (inst > 0) {
    st.keep.push([j, inst]);
    st.institution = true;
    e = inst;
  } else if (body > 0) {
    st.nonState = true;
    e = body;
  }
  st.end = e;
  st.j = e;
  return 'stop';
}

/** a tail that names no country: a body, an institution, a modifier, a ministry's portfolios, an organisation or party */
function namedTail(st: TitleState, k: number): Step {
  const { pieces, j } = st;
  const q = pieces[k]!;
  const t = matchAt(pieces, k);
  const finish = (end: number, step: Step): Step => {
    st.end = end;
    st.j = end;
    return step;
  };
  // "president of the Chess Federation": a club's, union's or federation's office
  const body = q.cap ? nonStateBodyEnd(pieces, k) : -1;
  if (body > 0) {
    st.nonState = true;
    return finish(body, 'stop');
  }
  // "President of the Brazilian Coffee Institute": capitalised words ending in an institution word
  const inst = q.cap && (!t || t.value.kind !== 'modifier') ? institutionEnd(pieces, k) : -1;
  if (inst > 0) {
    // "Governor of Kaduna State": like a country, the place is not part of the office's name
    if (!loadOfficialsLexicon().placeEnds.has(pieces[inst - 1]!.key)) st.keep.push([j, inst]);
    st.institution = true;
    return finish(inst, 'stop');
  }
  // "Speaker of Parliament", "President of the Republic"
  if (t && t.value.kind === 'modifier' && q.cap) {
    st.keep.push([j, k + t.length]);
    return finish(k + t.length, 'next');
  }
  // "Minister of Roads and Transport": capitalised nouns joined to a portfolio
  if (!t && q.cap && !q.country) {
    const e = mixedPortfolioEnd(pieces, k, (x) => (st.portfolio ??= x));
    if (e > 0) {
      st.keep.push([j, e]);
      return finish(e, 'stop');
    }
  }
  return portfolioTail(st, k, t);
}

/** "of State for Foreign Affairs", "for Trade and Industry", "of the European Union", "of the Labour Party" */
function portfolioTail(st: TitleState, k: number, t: { value: TitleWord; length: number } | undefined): Step {
  const { pieces, j } = st;
  const q = pieces[k]!;
  const ofState = q.key === 'state' && q.cap;
  if (!ofState && !(t && (t.value.kind === 'portfolio' || t.value.kind === 'organisation' || t.value.kind === 'party'))) return 'stop';
  if (t && !ofState && (t.value.kind === 'organisation' || t.value.kind === 'party')) {
    if (!q.cap) return 'stop';
    if (t.value.kind === 'party') st.partyCountry = t.value.country ?? null;
    else st.international = true;
    st.end = k + t.length;
    st.j = st.end;
    return 'stop';
  }
  if (t && t.value.kind === 'portfolio') st.portfolio ??= t.value.portfolio ?? null;
  // "for Trade and Industry", "of State for Foreign Affairs"
  const e = portfolioRunEnd(pieces, k + (ofState ? 1 : t!.length), (x) => (st.portfolio ??= x));
  st.keep.push([j, e]);
  st.end = e;
  st.j = e;
  return 'next';
}

/** an international organisation's name (titles.json organisations) inside pieces[a..b) */
function namesBodyIn(pieces: readonly Piece[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (pieces[k]!.cap && titleWordAt(pieces, k)?.value.kind === 'organisation') return true;
  return false;
}

/** The phrase read: its title text, state and kind, or null when no head or no office word was kept. */
function finishTitle(doc: ParsedDoc, st: TitleState): TitlePhrase | null {
  const { pieces, head, end, keep } = st;
  let { country, international } = st;
  if (!head || end < 0) return null;
  // "chief executive" is an office only in a state body: "of the Cocoa Board" with a country named
  if (head.needsState && !((country || international) && st.institution) && !head.country) return null;
  const kept = keep.filter(([a]) => a < end);
  // "former prime minister" names the office "Prime Minister"
  while (kept.length > 1 && kept[0]![1] - kept[0]![0] === 1 && TIME_RANKS.has(pieces[kept[0]![0]]!.key)) kept.shift();
  if (kept.length === 0) return null;
  // the title text runs from the first kept word to the last, without a country tail ("of Turkiye")
  const first = pieces[kept[0]![0]]!;
  const lastKept = kept[kept.length - 1]!;
  const last = pieces[Math.min(lastKept[1], end) - 1]!;
  // "Kremlin spokesman", "White House press secretary": a state's own institution names the state
  if (country === null && !international) country = homeCueIn(pieces, kept);
  // "Commission spokeswoman" with no state named: the office of an international body
  if (country === null && first.cap && loadOfficialsLexicon().internationalBodies.has(first.key)) international = true;
  // "president of the European Commission" read as a portfolio run: the body named in it is international
  if (country === null && !international && !st.partyCountry) international = kept.some(([a, b]) => namesBodyIn(pieces, a, b));
  let raw = doc.text.slice(first.start, last.end).replace(/\s+/g, ' ');
  if (head.title && kept.length === 1) raw = head.title;
  return {
    start: st.i,
    end,
    title: titleCase(raw.replace(/\s*-\s*/g, (m) => (m.includes(' ') ? ' ' : '-'))),
    head,
    portfolio: st.portfolio,
    country: country ?? head.country ?? null,
    international: international || (!!head.international && country === null),
    partyCountry: st.partyCountry,
    countryFirst: st.countryFirst,
    bare: keep.length === 1 && !country && !international && !st.partyCountry && !st.portfolio,
    // a portfolio says the office is in a government ("Union Home Minister"), whatever word came first
    nonState: st.nonState && !st.stateAfterNonState,
  };
}

/** the state a capitalised modifier among the kept words belongs to ("Kremlin", "White House"), or null */
function homeCueIn(pieces: readonly Piece[], kept: ReadonlyArray<[number, number]>): string | null {
  const { homeCues } = loadOfficialsLexicon();
  for (const [a, b] of kept) {
    const w = matchAt(pieces, a);
    const cue = w && w.value.kind === 'modifier' && pieces[a]!.cap ? longestMatch(homeCues, a, (x) => (x < b ? pieces[x]?.key : undefined)) : undefined;
    if (cue) return cue.value;
  }
  return null;
}

/** "for Trade and Industry", "of Energy and Infrastructure": portfolios joined by and/for; end of the run */
function portfolioRunEnd(pieces: readonly Piece[], e: number, add: (p: Portfolio) => void): number {
  while (e < pieces.length && !phraseBreaksAfter(pieces[e - 1])) {
    const nxt = pieces[e]!;
    if ((nxt.key === 'and' || nxt.key === 'for') && !phraseBreaksAfter(nxt)) {
      const more = matchAt(pieces, e + 1);
      if (more && more.value.kind === 'portfolio') {
        if (more.value.portfolio) add(more.value.portfolio);
        e = e + 1 + more.length;
        continue;
      }
      // "of Foreign Affairs and International Cooperation": capitalised words of a ministry's name
      if (nxt.key === 'and' && !more) {
        let f = e + 1;
        while (f < pieces.length && f - e <= 3 && isTailWord(pieces[f]!) && !matchAt(pieces, f) && (f === e + 1 || !phraseBreaksAfter(pieces[f - 1]))) f++;
        // "of Finance and Coordinating Minister of the Economy" is a second office, not one ministry
        const then = f < pieces.length && !phraseBreaksAfter(pieces[f - 1]) ? matchAt(pieces, f) : undefined;
        if (f > e + 1 && !(then && then.value.kind !== 'portfolio')) {
          e = f;
          continue;
        }
      }
    }
    const more = matchAt(pieces, e);
    if (more && more.value.kind === 'portfolio') {
      e += more.length;
      continue;
    }
    break;
  }
  return e;
}

/**
 * "Roads and Transport", "Lands, Housing": capitalised common nouns and portfolio words joined by "and",
 * with at least one portfolio among them; the end of the run, or -1.
 */
function mixedPortfolioEnd(pieces: readonly Piece[], k: number, add: (p: Portfolio) => void): number {
  let e = k;
  let found: Portfolio | null = null;
  let lastWord = -1;
  while (e < pieces.length && e - k < 8 && (e === k || !phraseBreaksAfter(pieces[e - 1]))) {
    const p = pieces[e]!;
    if (p.key === 'and' && e > k) {
      e++;
      continue;
    }
    const w = matchAt(pieces, e);
    if (w && w.value.kind === 'portfolio' && p.cap) {
      found ??= w.value.portfolio ?? null;
      e += w.length;
      lastWord = e;
      continue;
    }
    if (!w && isTailWord(p)) {
      e++;
      lastWord = e;
      continue;
    }
    break;
  }
  if (!found || lastWord < 0) return -1;
  add(found);
  return lastWord;
}

/** a capitalised word of a ministry's name in a tail ("International Cooperation", "Economic Planning") */
function isTailWord(p: Piece): boolean {
  const tags = p.token.tags;
  if (!p.cap || p.upper || p.country || p.possessive) return false;
  if (tags.has('Pronoun') || tags.has('Determiner') || isVerbOnly(p.token)) return false;
  if (NAME_TAGS.some((t) => tags.has(t)) || PLACE_WORD_TAGS.some((t) => tags.has(t))) return false;
  return /^\p{L}+$/u.test(p.text) && p.key.length > 2;
}

/** a common noun that can qualify an office ("peace commissioner"): not a name, verb or function word */
function isDescriptorNoun(p: Piece): boolean {
  const tags = p.token.tags;
  if (!tags.has('Noun') || tags.has('Verb') || tags.has('Pronoun') || tags.has('Possessive')) return false;
  if (NAME_TAGS.some((t) => tags.has(t)) || PLACE_WORD_TAGS.some((t) => tags.has(t))) return false;
  return /^\p{L}+$/u.test(p.text) && p.key.length > 2;
}

/** End of a capitalised institution name at pieces[k] ("Coffee Institute", "Reserve Board"), or -1. */
function institutionEnd(pieces: readonly Piece[], k: number): number {
  for (let e = k; e < pieces.length && e - k < 5 && pieces[e]!.cap && (e === k || !phraseBreaksAfter(pieces[e - 1])); e++) {
    const w = matchAt(pieces, e);
    if (w && w.value.kind === 'modifier') return e + w.length;
    // "of Kaduna State": a capitalised place name ending in a place word
    if (e > k && !w && loadOfficialsLexicon().placeEnds.has(pieces[e]!.key)) return e + 1;
    if (w && w.value.kind === 'head') return -1;
  }
  return -1;
}

/**
 * "of the Russian Chess Federation", "of the Kenya Athletics Association": capitalised words after a
 * tail's country that end in a non-state body word. Returns the end, or -1.
 */
function nonStateBodyEnd(pieces: readonly Piece[], k: number): number {
  for (let e = k; e < pieces.length && e - k < 5 && pieces[e]!.cap && (e === k || !phraseBreaksAfter(pieces[e - 1])); e++) {
    const w = matchAt(pieces, e);
    if (w && w.value.kind === 'non-state') return e + w.length;
    if (w && w.value.kind !== 'portfolio') return -1;
  }
  return -1;
}

const PARTICLES = GRAMMAR_WORDS.nameParticles;
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
// kinds of lexicon entry (not words) that mark an organisation, not a person's name
const ORG_KINDS: ReadonlySet<string> = new Set<TitleWordKind>(['modifier', 'organisation', 'party', 'non-state']);

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

/** share of a sentence's longer words that must be capitalised for it to read as a title-case headline */
const TITLE_CASE_SHARE = 0.8;

/**
 * "PM Hails Rail Deal", "Leader Urges Calm": in a title-case headline a verb after the office is
 * capitalised like a name (headline-verbs.json). The sentence is only looked at when the word is one.
 */
function headlineVerbAt(pieces: readonly Piece[], k: number): boolean {
  const p = pieces[k]!;
  if (!loadHeadlineVerbs().has(p.key) || NAME_TAGS.some((t) => p.token.tags.has(t) && t !== 'Person')) return false;
  const long = pieces.filter((q) => q.key.length > 3);
  return long.filter((q) => q.cap).length >= TITLE_CASE_SHARE * long.length;
}

/** A personal name at pieces[i], honorifics skipped: capitalised words, particles, initials, hyphens. */
export function parseName(doc: ParsedDoc, pieces: readonly Piece[], i: number, allCaps: boolean, afterTitle = false): NameParse | null {
  const { honorifics } = loadOfficialsLexicon();
  let k = i;
  while (k < pieces.length) {
    const p = pieces[k]!;
    const usable = (q: Piece): boolean => q.cap && (!phraseBreaksAfter(q) || q.punct === '.');
    // "Tan Sri", "Datuk Seri": two-word honorifics first
    const q = pieces[k + 1];
    if (q && usable(p) && usable(q) && !phraseBreaksAfter(p) && honorifics.has(`${p.key} ${q.key}`)) {
      k += 2;
      continue;
    }
    if (usable(p) && honorifics.has(p.key)) {
      k++;
      continue;
    }
    // "Gov. Teresa Maldonado", "Army Chief Gen. Asim Munir": an abbreviated title with its full stop
    // ("Maj. Gen. Winthai Suvaree": every word of it abbreviated)
    const tw = p.cap ? titleWordAt(pieces, k) : undefined;
    if (tw && tw.value.kind === 'head' && tw.value.head?.abbreviation && abbreviationDot(pieces[k + tw.length - 1]) && pieces[k + tw.length]?.cap) {
      k += tw.length;
      continue;
    }
    break;
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
    const particle = !p.cap && PARTICLES.has(p.key) && !!pieces[after]?.cap && !phraseBreaksAfter(p);
    // "spokesman He Yadong": straight after a title, a capitalised word read as a pronoun or common word
    // is the first of a name when another name word follows it
    const forced = afterTitle && end === start && p.cap && !p.country && !phraseBreaksAfter(p) && end + 1 < pieces.length && isNameWord(pieces, end + 1, allCaps) && /^\p{Lu}\p{Ll}+$/u.test(p.text) && !titleWordAt(pieces, end);
    if (!particle && !isInitial && !forced && !isNameWord(pieces, end, allCaps)) break;
    if (!particle && end > start) {
      // a title word after a name starts another phrase ("President Bush Secretary Powell")
      const tw = titleWordAt(pieces, end);
      if (tw && (tw.value.kind === 'head' || tw.value.kind === 'organisation') && !NAME_TAGS.some((t) => p.token.tags.has(t))) break;
    }
    end++;
    if (p.possessive) break;
    if (p.punct.includes('/')) break;
    if (phraseBreaksAfter(p) && !(isInitial && p.punct === '.' && pieces[end]?.cap)) break;
  }
  // drop trailing particles; "Warren Christopher" is a name, "London" alone is not
  const placeOnly = (q: Piece): boolean => !NAME_TAGS.some((t) => q.token.tags.has(t)) && PLACE_TAGS.some((t) => q.token.tags.has(t));
  while (end > start && !pieces[end - 1]!.cap) end--;
  // compromise tags many surnames as places ("Bolton"), so only a lone place word is ruled out
  if (end - start === 1 && placeOnly(pieces[start]!)) return null;
  if (end === start) return null;
  if (headlineVerbAt(pieces, start)) return null;
  const words = pieces.slice(start, end);
  if (!words.some((w) => w.text.replace(/[^\p{L}]/gu, '').length > 1)) return null;
  const { orgSuffixes } = loadOfficialsLexicon();
  const after = pieces[end];
  // "Jinnah International Airport": a name inside an organisation or place name
  if (after && !phraseBreaksAfter(pieces[end - 1])) {
    if (orgSuffixes.has(after.key)) return null;
    // "the U.N. High Commissioner": a capitalised word that starts the next title is not a name
    const tw = end - start === 1 && after.cap ? titleWordAt(pieces, end) : undefined;
    if (tw && tw.value.kind === 'head' && !NAME_TAGS.some((t) => pieces[start]!.token.tags.has(t))) return null;
  }
  const text = doc.text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/g, ' ').replace(/ ([-'])/g, '$1').replace(/([-]) /g, '$1');
  return { honorificStart: i, start, end, text };
}
