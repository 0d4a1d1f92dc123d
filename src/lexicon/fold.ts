// One folding for lexicon keys and text tokens, so that "Türkiye’s", "TURKIYE" and "Turkiye" meet.
const NON_ASCII = /[^\x00-\x7f]/;

// Folding is pure and the same words come back again and again (every token is folded once by the
// document and again by the extractors' pieces), so results are kept; the cache starts over when full
// so that a long-running process does not grow without bound.
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

export function foldWord(word: string): string {
  const known = folded.get(word);
  if (known !== undefined) return known;
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
  const out = foldUncached(word);
  folded.set(word, out);
  return out;
}

function foldUncached(word: string): string {
  // most words are plain ASCII: skip Unicode decomposition for them (this runs for every token, often)
  if (!NON_ASCII.test(word)) return word.toLowerCase().replace(/[`.]/g, (c) => (c === '`' ? "'" : ''));
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '');
}

export function splitPhrase(phrase: string): string[] {
  return phrase
    .split(/[\s-]+/)
    .map(foldWord)
    .filter((w) => w.length > 0);
}
