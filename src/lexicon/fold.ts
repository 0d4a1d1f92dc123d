// One folding for lexicon keys and text tokens, so that "Türkiye’s", "TURKIYE" and "Turkiye" meet.
export function foldWord(word: string): string {
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
