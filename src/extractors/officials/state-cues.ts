import { loadOfficialStateCues } from '../../lexicon/official-state-cues.js';
import { phraseBreaksAfter, type Piece, type SentencePieces } from './pieces.js';
import type { OfficialMention } from '../types.js';

// The state an official serves, read from the text when no demonym or "of X" names it: the state that
// is the subject of what the official reports in their own voice ("Canberra would provide A$65 million,
// Foreign Minister Daniel Cho said"), and offices that only one state uses under that name ("the home
// secretary"). Both look only at the official's own sentences (their mentions), never at the whole
// document again. Word lists: src/lexicon/official-state-cues.json.

/** how far after a say-verb the reported clause's subject may stand ("said on Monday that Australia") */
const CLAUSE_REACH = 5;
/** how far after an auxiliary its verb may stand ("would not also provide") */
const VERB_REACH = 3;

/** how long a reporting aside between a state and its verb may be ("she told the House") */
const ASIDE_REACH = 6;

/** the index of the last piece of a comma-set reporting aside after pieces[k], or k when there is none */
function afterAside(pieces: readonly Piece[], k: number): number {
  const { sayVerbs } = loadOfficialStateCues();
  let said = false;
  for (let e = k + 1; e <= k + ASIDE_REACH && e < pieces.length; e++) {
    said ||= sayVerbs.has(pieces[e]!.key);
    if (phraseBreaksAfter(pieces[e])) return said && pieces[e]!.punct === ',' ? e : k;
  }
  return k;
}

/** where a sentence's own clause opens: its first state, when only capitalised words (a dateline) precede it */
function openingState(pieces: readonly Piece[]): number {
  for (let j = 0; j < pieces.length; j++) {
    if (pieces[j]!.country) return j;
    if (!pieces[j]!.cap && !/^\d/.test(pieces[j]!.text)) return -1;
  }
  return -1;
}

/** the state of a country name or capital at pieces[j] acting in its own voice ("Tbilisi had asked"), or null */
function selfStateAt(pieces: readonly Piece[], j: number): string | null {
  const p = pieces[j];
  if (!p?.country || p.country.kind === 'demonym' || p.possessive) return null;
  const cues = loadOfficialStateCues();
  let k = j;
  while (pieces[k + 1]?.country === p.country) k++;
  // "Australia, she told the House, would provide": a reporting clause set off by commas
  const aside = pieces[k]!.punct === ',' ? afterAside(pieces, k) : k;
  const next = pieces[aside + 1];
  if (!next || (aside === k && phraseBreaksAfter(pieces[k]))) return null;
  k = aside;
  if (cues.selfVerbs.has(next.key)) return p.country.code;
  if (!cues.auxiliaries.has(next.key)) return null;
  for (let v = k + 2; v <= k + 1 + VERB_REACH && v < pieces.length; v++) {
    const key = pieces[v]!.key;
    if (cues.selfActions.has(key)) return p.country.code;
    if (!cues.skipWords.has(key)) return null;
  }
  return null;
}

/** "X said (on Monday) that Britain would ...", "X told reporters Canberra would ..." */
function stateAfterSaying(pieces: readonly Piece[], verb: number): string | null {
  for (let j = verb + 1; j <= verb + CLAUSE_REACH && j < pieces.length; j++) {
    if (pieces[j]!.country) return selfStateAt(pieces, j);
    if (phraseBreaksAfter(pieces[j]) && pieces[j]!.punct !== ',') return null;
  }
  return null;
}

/** the state one mention of an official speaks for, or null */
function stateOfMention(sp: SentencePieces, m: OfficialMention): string | null {
  const { sayVerbs } = loadOfficialStateCues();
  const { pieces } = sp;
  const first = pieces.findIndex((p) => p.start >= m.start);
  if (first < 0) return null;
  let last = first;
  while (pieces[last + 1] && pieces[last + 1]!.end <= m.end) last++;
  const after = pieces[last + 1];
  // "X said that Y would ...": the clause follows the verb
  if (after && sayVerbs.has(after.key)) {
    const forward = stateAfterSaying(pieces, last + 1);
    if (forward) return forward;
  }
  // "Ottawa will give ..., Minister X said" / "..., said Minister X": the clause opens the sentence
  const saidAfter = after !== undefined && sayVerbs.has(after.key);
  const saidBefore = first > 0 && sayVerbs.has(pieces[first - 1]!.key) && first >= 2 && phraseBreaksAfter(pieces[first - 2]);
  const open = saidAfter || saidBefore ? openingState(pieces) : -1;
  if (open >= 0 && open < first) return selfStateAt(pieces, open);
  return null;
}

/**
 * The one state an official's own reported words speak for, over all their mentions in the sentences
 * they appear in (names and single-word references such as "she"); null when none or two disagree.
 */
export function speechState(sentences: readonly SentencePieces[], mentions: readonly OfficialMention[]): string | null {
  const found = new Set<string>();
  for (const m of mentions) {
    // "the two ministers" speaks for two states
    if (m.kind === 'reference' && m.lastToken > m.firstToken) continue;
    const sp = sentences[m.sentence];
    if (!sp) continue;
    const c = stateOfMention(sp, m);
    if (c) found.add(c);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The state an office belongs to when only one or two use that name ("Home Secretary", "Treasurer"):
 * the dateline's when it is one of them (then the dateline speaks), else the one the article names,
 * else the usual one. Null for other offices.
 */
export function officeState(title: string | null, dateline: string | null, mentioned: ReadonlySet<string>): string | null {
  if (!title) return null;
  const states = loadOfficialStateCues().singleStateOffices.get(title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim());
  if (!states) return null;
  if (dateline && states.includes(dateline)) return null;
  const named = states.filter((s) => mentioned.has(s));
  if (named.length === 1) return named[0]!;
  return named.length === 0 ? states[0]! : null;
}
