import type { ParsedDoc, Token } from '../../document/document.js';
import type { ArticleInfo } from '../types.js';
import { tokenKey } from './tokens.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import { DATE_WORDS } from '../../lexicon/dates.js';

const PLACE_PREPOSITIONS = GRAMMAR_WORDS.atPrepositions;
// "visited Baghdad", "travelled to Lima": the destination of a visit is where it takes place
const VISIT_WORDS = GRAMMAR_WORDS.visitWords;
const TRAVEL_WORDS = GRAMMAR_WORDS.travelWords;
const WHEN_WORDS = GRAMMAR_WORDS.deicticDays;

// "next month", "last week", "this year": a period word after a shifter (src/lexicon/dates.json)
const isPeriodPhrase = (doc: ParsedDoc, i: number): boolean => {
  const prev = tokenKey(doc.tokens[i - 1]);
  return DATE_WORDS.periods.has(tokenKey(doc.tokens[i])) && (DATE_WORDS.forward.has(prev) || DATE_WORDS.backward.has(prev) || DATE_WORDS.current.has(prev));
};

/** The first token after a dateline opening this sentence ("ISLAMABAD, Nov 7 (Reuters) -"): its date is the article's, not the event's. */
function afterDateline(doc: ParsedDoc, article: ArticleInfo, first: number, last: number): number {
  const d = article.dateline;
  if (!d || d.range.start < doc.tokens[first]!.start || d.range.start > doc.tokens[first]!.end) return first;
  for (let i = first; i <= Math.min(last - 1, first + 15); i++) if (/:|[-–—]\s/.test(doc.tokens[i]!.post)) return i + 1;
  return first;
}

const isPlace = (t: Token | undefined): boolean => !!t && (t.tags.has('Place') || t.tags.has('City')) && /^\p{Lu}/u.test(t.text);

/**
 * Where and when a meeting took place, read from the sentence: "talks in Istanbul", "here" (the
 * dateline's place), "on Thursday", "next week".
 */
export function findSetting(doc: ParsedDoc, article: ArticleInfo, sentence: number): { place: string | null; when: string | null } {
  const s = doc.sentences[sentence]!;
  let place: string | null = null;
  let when: string | null = null;
  for (let i = afterDateline(doc, article, s.firstToken, s.lastToken); i <= s.lastToken; i++) {
    const t = doc.tokens[i]!;
    const key = tokenKey(t);
    const leadsToPlace = PLACE_PREPOSITIONS.has(key) || VISIT_WORDS.has(key) || (key === 'to' && TRAVEL_WORDS.has(tokenKey(doc.tokens[i - 1])));
    if (!place && leadsToPlace && isPlace(doc.tokens[i + 1]) && doc.tokens[i + 1]!.sentence === sentence) {
      let j = i + 1;
      while (j + 1 <= s.lastToken && isPlace(doc.tokens[j + 1]) && !/[,;:.]/.test(doc.tokens[j]!.post)) j++;
      place = doc.text.slice(doc.tokens[i + 1]!.start, doc.tokens[j]!.end);
    }
    if (!place && key === 'here' && article.dateline) place = article.dateline.place;
    if (!when && (((t.tags.has('Date') || WHEN_WORDS.has(key)) && !t.tags.has('Duration')) || isPeriodPhrase(doc, i))) {
      let start = i;
      if (['on', 'next', 'last', 'this', 'earlier', 'later', 'coming', 'past'].includes(tokenKey(doc.tokens[i - 1])) && i - 1 >= s.firstToken) start = i - 1;
      let j = i;
      while (j + 1 <= s.lastToken && doc.tokens[j + 1]!.tags.has('Date') && !/[,;:.]/.test(doc.tokens[j]!.post)) j++;
      when = doc.text.slice(doc.tokens[start]!.start, doc.tokens[j]!.end);
    }
  }
  return { place, when };
}
