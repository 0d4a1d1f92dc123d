import { loadOfficeVerbs } from '../../lexicon/office-verbs.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import { loadOfficialsLexicon } from '../../lexicon/officials.js';
import { phraseBreaksAfter, type Piece, type SentencePieces } from './pieces.js';
import { parseName, parseTitle, titleCase, titleWordAt, type NameParse, type TitlePhrase } from './phrases.js';

// Offices given by a verb rather than a title before the name (official/verb-title):
//   "Ana Ruiz resigned as finance minister", "X, who was sworn in as president on Monday,"
//   "the president named Camila Rojas as acting finance minister", "X was appointed ambassador to Peru"
//   "X, who chairs the budget committee," (an office made of the verb and the body)
// Former offices count (GUIDELINES.md). A forecast or comparison is no office: "is seen as a future
// premier" has no verb of the list, and "became the next ..." is read no further than "next".

export interface VerbTitle {
  sp: SentencePieces;
  name: NameParse;
  title: TitlePhrase;
  /** the office is taken or held now ("was sworn in as"), not left ("resigned as"): it wins over other titles */
  current: boolean;
}

const ARTICLES = GRAMMAR_WORDS.articles;
const RELATIVE = GRAMMAR_WORDS.relativePronouns;
const ADVERBS = GRAMMAR_WORDS.skippableAdverbs;

/** the length of the first phrase of `phrases` at pieces[k] (no break inside it), or 0 */
function phraseAt(pieces: readonly Piece[], k: number, phrases: readonly string[][]): number {
  for (const words of phrases) {
    if (words.every((w, n) => pieces[k + n]?.key === w && (n === 0 || !phraseBreaksAfter(pieces[k + n - 1])))) return words.length;
  }
  return 0;
}

/** The office phrase at pieces[k] (after an optional article): a title the lexicon reads, singular and public. */
function officeAt(sp: SentencePieces, k: number): TitlePhrase | null {
  const { pieces } = sp;
  const { notOffices } = loadOfficeVerbs();
  let j = k;
  if (pieces[j] && ARTICLES.has(pieces[j]!.key) && !phraseBreaksAfter(pieces[j])) j++;
  if (!pieces[j] || notOffices.has(pieces[j]!.key)) return null;
  const t = parseTitle(sp.doc, pieces, j);
  if (!t || t.head.plural || t.nonState) return null;
  // the office is the whole noun phrase: "resigns as head coach" names no office
  const next = pieces[t.end];
  if (next && !phraseBreaksAfter(pieces[t.end - 1]) && !next.cap && next.token.tags.has('Noun') && !next.token.tags.has('Verb')) return null;
  // "was elected president of the football federation": a tail the title reader did not take is no state's
  if (next && !phraseBreaksAfter(pieces[t.end - 1]) && ['of', 'at', 'for', 'with'].includes(next.key)) return null;
  // "resigned as chairman": an office companies and clubs have too, unless a state is named
  if (t.bare && t.head.orgAmbiguous && t.head.phrase !== 'president') return null;
  // "resigned as finance minister Ana Ruiz ..." is a title before a name, read elsewhere
  return t;
}

/** "who chairs the budget committee": Chair of the Budget Committee */
function chairedBodyAt(pieces: readonly Piece[], k: number, office: string): TitlePhrase | null {
  const { bodies } = loadOfficeVerbs();
  if (pieces[k]?.key !== 'the' || phraseBreaksAfter(pieces[k])) return null;
  for (let e = k + 1; e < pieces.length && e <= k + 5; e++) {
    const p = pieces[e]!;
    if (p.country || p.possessive) return null;
    if (bodies.has(p.key) && e > k + 1) {
      const words = pieces.slice(k + 1, e + 1).map((q) => q.text).join(' ');
      const head = { phrase: office.toLowerCase() };
      return { start: k, end: e + 1, title: `${office} of the ${titleCase(words)}`, head, portfolio: null, country: null, international: false, partyCountry: null, nonState: false, countryFirst: false, bare: false };
    }
    if (phraseBreaksAfter(p)) return null;
  }
  return null;
}

/** "NAME [, who] [adverb] VERB [as] OFFICE": the office after the name ending at pieces[k]. */
function holderOfficeAfter(sp: SentencePieces, k: number): { t: TitlePhrase; current: boolean } | null {
  const { pieces } = sp;
  const v = loadOfficeVerbs();
  if (phraseBreaksAfter(pieces[k - 1]) && pieces[k - 1]!.punct !== ',') return null;
  if (pieces[k - 1]!.punct === ',') {
    if (!RELATIVE.has(pieces[k]?.key ?? '') || pieces[k]!.key === 'which') return null;
    k++;
  }
  while (pieces[k] && ADVERBS.has(pieces[k]!.key) && !phraseBreaksAfter(pieces[k])) k++;
  const left = phraseAt(pieces, k, v.leaving);
  const n = left || phraseAt(pieces, k, v.holder);
  if (n > 0 && !phraseBreaksAfter(pieces[k + n - 1])) {
    const t = officeAt(sp, k + n);
    return t ? { t, current: left === 0 } : null;
  }
  for (const [words, office] of v.chair) {
    const m = phraseAt(pieces, k, [words]);
    const t = m > 0 && !phraseBreaksAfter(pieces[k + m - 1]) ? chairedBodyAt(pieces, k + m, office) : null;
    if (t) return { t, current: false };
  }
  return null;
}

/** past a title written before the name ("General Joseph Tanny, who has been appointed ..."): where the name starts */
function pastTitle(sp: SentencePieces, k: number): number {
  const { pieces } = sp;
  const t = titleWordAt(pieces, k) ? parseTitle(sp.doc, pieces, k) : null;
  return t && pieces[t.end]?.cap && !phraseBreaksAfter(pieces[t.end - 1]) ? t.end : k;
}

/** Every name given an office by a verb in these sentences. */
export function findVerbTitles(sentences: readonly SentencePieces[]): VerbTitle[] {
  const out: VerbTitle[] = [];
  const v = loadOfficeVerbs();
  const { honorifics } = loadOfficialsLexicon();
  for (const sp of sentences) {
    const { pieces, allCaps } = sp;
    if (allCaps) continue;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      // "the president named Camila Rojas (as) acting finance minister"
      const a = p.cap ? 0 : phraseAt(pieces, i, v.appointer);
      if (a > 0 && !phraseBreaksAfter(pieces[i + a - 1])) {
        const name = parseName(sp.doc, pieces, pastTitle(sp, i + a), allCaps);
        if (name && name.end - name.start >= 2 && !phraseBreaksAfter(pieces[name.end - 1])) {
          const at = pieces[name.end]?.key === 'as' && !phraseBreaksAfter(pieces[name.end]) ? name.end + 1 : name.end;
          const t = officeAt(sp, at);
          if (t) out.push({ sp, name, title: t, current: true });
        }
        continue;
      }
      if (!p.cap || p.country || (i > 0 && pieces[i - 1]!.cap && !phraseBreaksAfter(pieces[i - 1]))) continue;
      // a run of honorifics ("Mr. Mr. Mr.") is read once, from its first word, or long runs turn quadratic
      if (i > 0 && honorifics.has(p.key) && honorifics.has(pieces[i - 1]!.key)) continue;
      const name = parseName(sp.doc, pieces, pastTitle(sp, i), allCaps);
      // a full name: a single capitalised word may be a place, a party or a sentence's first word
      if (!name || name.end >= pieces.length || name.end - name.start < 2) continue;
      const h = holderOfficeAfter(sp, name.end);
      if (h) out.push({ sp, name, title: h.t, current: h.current });
      i = name.end - 1;
    }
  }
  return out;
}
