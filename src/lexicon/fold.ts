// One folding for lexicon keys and text tokens, so that "Türkiye’s", "TURKIYE" and "Turkiye" meet.
const NON_ASCII = /[^\x00-\x7f]/;

export function foldWord(word: string): string {
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
