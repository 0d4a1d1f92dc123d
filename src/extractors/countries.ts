import { foldWord } from '../lexicon/fold.js';
import { loadCountryLexicon, type CountryWord } from '../lexicon/countries.js';
import { longestMatch } from '../lexicon/trie.js';
import type { ParsedDoc, Token } from '../document/document.js';
import { ALL_CAPS_MIN_LETTERS, isAllCapsSentence, isAllCapsText } from '../document/predicates.js';
import type { ArticleInfo, CountryMention } from './types.js';
import { GRAMMAR_WORDS } from '../lexicon/grammar-words.js';

interface Piece {
  key: string;
  text: string;
  start: number;
  end: number;
  token: Token;
  capitalised: boolean;
  upper: boolean;
  possessive: boolean;
}

const POSSESSIVE = /(?:['’]s|s['’]|['’])$/u;

// "U.S.-led" and "Soviet-era" are single tokens to compromise; country words live inside them.
function piecesOf(tokens: readonly Token[], first: number, last: number): Piece[] {
  const out: Piece[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    let offset = 0;
    for (const part of t.text.split(/([-–/])/)) {
      if (part && !/^[-–/]$/.test(part)) {
        const bare = part.replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''));
        out.push({
          key: foldWord(bare.replace(/[,;:!?"“”()]/g, '')),
          text: bare,
          start: t.start + offset,
          end: t.start + offset + bare.length,
          token: t,
          capitalised: /^\p{Lu}/u.test(bare),
          upper: isAllCapsText(bare, 1),
          possessive: bare.length < part.length,
        });
      }
      offset += part.length;
    }
  }
  return out;
}

const PLACE_PREPOSITIONS = GRAMMAR_WORDS.placeCues;
const LANGUAGE_CUES = GRAMMAR_WORDS.languageCuesBefore;
const LANGUAGE_AFTER = GRAMMAR_WORDS.languageCuesAfter;
const REGION_PREFIXES = GRAMMAR_WORDS.regionPrefixes;
const US_STATE_CUES = GRAMMAR_WORDS.usStateCues;
const HONORIFIC = GRAMMAR_WORDS.personalHonorifics;

const isVerbish = (t: Token | undefined): boolean =>
  !!t && (t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary'));

function hasPunctAfter(p: Piece): boolean {
  return p.end < p.token.end || /[,;:.!?)]/.test(p.token.post);
}

// Decides whether a matched phrase at pieces[i..j) refers to the state; returns a rule id or null.
function accept(word: CountryWord, pieces: Piece[], i: number, j: number, ctx: { dateline: boolean; allCaps: boolean }): string | null {
  const first = pieces[i]!;
  const last = pieces[j - 1]!;
  const prev = pieces[i - 1];
  const next = pieces[j];
  if (word.code === null) return null;
  if (!first.capitalised) return null;
  if (word.upperOnly && !(first.upper && last.upper)) return null;
  if (word.upperOnly && ctx.allCaps && prev && (prev.key === 'let' || prev.key === 'to' || prev.key === 'for' || prev.key === 'with') && !/\./.test(first.text)) return null;

  const nextKey = next && !hasPunctAfter(last) ? next.key : undefined;
  const { orgWordsAfter, orgWordsBefore, orgWordsDirectlyBefore } = loadCountryLexicon();
  if (prev?.capitalised && !hasPunctAfter(prev) && orgWordsDirectlyBefore.has(prev.key)) return null;
  if (nextKey && next?.capitalised && orgWordsAfter.has(nextKey)) return null;
  // geography and sub-national regions named after a state: "Indian Ocean", "West Azerbaijan province"
  if (nextKey && ['ocean', 'sea', 'gulf', 'peninsula', 'subcontinent', 'province', 'provinces'].includes(nextKey)) return null;
  if (prev?.key === 'of' && pieces[i - 2]?.capitalised && orgWordsBefore.has(pieces[i - 2]!.key)) return null;

  switch (word.ambiguity) {
    case 'person-name': {
      if (prev && (HONORIFIC.has(prev.key) || prev.token.tags.has('FirstName') || prev.token.tags.has('Honorific'))) return null;
      if (prev && prev.capitalised && !hasPunctAfter(prev) && prev.token.tags.has('Person')) return null;
      if (next && nextKey && next.capitalised && !ctx.allCaps && (next.token.tags.has('Person') || next.token.tags.has('LastName') || (next.token.tags.has('ProperNoun') && !next.token.tags.has('Place') && !isVerbish(next.token)))) return null;
      break;
    }
    case 'us-state': {
      if (prev && prev.capitalised && /,/.test(prev.token.post)) return null;
      if (nextKey && US_STATE_CUES.has(nextKey)) return null;
      if (prev && (prev.key === 'atlanta' || prev.key === 'of' && pieces[i - 2]?.key === 'state')) return null;
      break;
    }
    case 'language': {
      // "in French", "spoke Turkish and English": a language when not followed by the noun it qualifies
      const cue = [1, 2, 3].some((k) => LANGUAGE_CUES.has(pieces[i - k]?.key ?? ''));
      if (cue && (!next || hasPunctAfter(last) || !next.token.tags.has('Noun') || next.key === 'and' || next.key === 'or')) return null;
      if (nextKey && LANGUAGE_AFTER.has(nextKey)) return null;
      break;
    }
    case 'region-prefix': {
      if (prev && REGION_PREFIXES.has(prev.key)) return null;
      break;
    }
    case 'supranational-seat':
      // "Brussels said" is the EU speaking, not Belgium
      if (word.kind === 'capital') return null;
      break;
    case 'river': {
      if (nextKey === 'river' || nextKey === 'basin' || nextKey === 'delta') return null;
      break;
    }
    default:
      break;
  }

  if (word.kind === 'capital') {
    // A capital stands for its government only as an actor: "Ankara said", "Washington's position".
    if (ctx.dateline) return null;
    if (prev && PLACE_PREPOSITIONS.has(prev.key)) {
      const isPairedActor = prev.key === 'and' && pieces[i - 2] && isGovernmentActorAt(pieces, j);
      if (!isPairedActor) return null;
    }
    if (prev && prev.capitalised && !hasPunctAfter(prev)) return null;
    if (last.possessive) return 'country/capital-possessive';
    if (isGovernmentActorAt(pieces, j)) return 'country/capital-as-government';
    return null;
  }
  return word.kind === 'demonym' ? 'country/demonym' : 'country/name';
}

function isGovernmentActorAt(pieces: Piece[], j: number): boolean {
  const next = pieces[j];
  if (!next) return false;
  if (isVerbish(next.token) && !next.capitalised) return true;
  // headline future: "Tokyo to train engineers"
  if (next.key === 'to' && pieces[j + 1]?.token.tags.has('Infinitive')) return true;
  // "Washington and Beijing agreed"
  if (next.key === 'and' && pieces[j + 2] && isVerbish(pieces[j + 2]!.token) && pieces[j + 1]!.capitalised) return true;
  return false;
}

const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;

// 🇹🇷 is two regional-indicator letters spelling the alpha-2 code.
function flagMentions(doc: ParsedDoc): CountryMention[] {
  const { byCode } = loadCountryLexicon();
  const out: CountryMention[] = [];
  for (const m of doc.text.matchAll(FLAG)) {
    const code = [...m[0]].map((c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65)).join('');
    if (!byCode.has(code)) continue;
    const start = m.index;
    const tok = doc.tokens.findIndex((t) => t.end > start);
    const token = doc.tokens[tok === -1 ? doc.tokens.length - 1 : tok];
    if (!token) continue;
    out.push({ code, start, end: start + m[0].length, sentence: token.sentence, firstToken: token.index, lastToken: token.index, kind: 'name', ruleId: 'country/flag-emoji' });
  }
  return out;
}

export function extractCountries(doc: ParsedDoc, article: ArticleInfo): CountryMention[] {
  const { trie } = loadCountryLexicon();
  const out: CountryMention[] = [];
  const shared: Array<{ mention: CountryMention; alternative: string }> = [];
  for (const s of doc.sentences) {
    const pieces = piecesOf(doc.tokens, s.firstToken, s.lastToken);
    const allCaps = isAllCapsSentence(doc, s.index, ALL_CAPS_MIN_LETTERS.countries);
    for (let i = 0; i < pieces.length; ) {
      const hit = longestMatch(trie, i, (k) => pieces[k]?.key);
      if (!hit) {
        i++;
        continue;
      }
      const j = i + hit.length;
      const first = pieces[i]!;
      const last = pieces[j - 1]!;
      const dateline = !!article.dateline && first.start >= article.dateline.range.start && last.end <= article.dateline.range.end;
      const ruleId = accept(hit.value, pieces, i, j, { dateline, allCaps });
      if (ruleId && hit.value.code) {
        const mention: CountryMention = {
          code: hit.value.code,
          start: first.start,
          end: last.end,
          sentence: s.index,
          firstToken: first.token.index,
          lastToken: last.token.index,
          kind: hit.value.kind,
          ruleId,
        };
        out.push(mention);
        if (hit.value.alternative) shared.push({ mention, alternative: hit.value.alternative });
      }
      i = j;
    }
  }
  if (/[\u{1F1E6}-\u{1F1FF}]/u.test(doc.text)) out.push(...flagMentions(doc));
  // "Congo" alone is the DRC unless the text names the Republic of the Congo in a form of its own
  const sharedSet = new Set(shared.map((x) => x.mention));
  for (const { mention, alternative } of shared) {
    const named = (code: string): boolean => out.some((m) => m.code === code && !sharedSet.has(m));
    if (named(alternative) && !named(mention.code)) mention.code = alternative;
  }
  return out;
}
