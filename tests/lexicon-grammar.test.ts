import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../src/lexicon/grammar-words.json' with { type: 'json' };
import { GRAMMAR_WORDS, grammarWordsSchema, validateGrammarWords } from '../src/lexicon/grammar-words.js';
import { root } from './helpers.js';

describe('grammar words lexicon', () => {
  it('is valid, and rejects a repeated word or a capitalised one', () => {
    expect(() => validateGrammarWords()).not.toThrow();
    expect(grammarWordsSchema.safeParse({ articles: ['the', 'the'] }).success).toBe(false);
    expect(grammarWordsSchema.safeParse({ articles: ['The'] }).success).toBe(false);
    expect(GRAMMAR_WORDS.articles.has('the')).toBe(true);
  });

  it('holds no two lists with the same words (one list, one name)', () => {
    const seen = new Map<string, string>();
    for (const [name, list] of Object.entries(data)) {
      const key = [...list].sort().join(' ');
      expect(seen.get(key), `${name} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, name);
    }
  });

  it('is where the extractors keep their word lists: no word-list literal left in src/extractors', () => {
    const files = (readdirSync(path.join(root, 'src', 'extractors'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const literals = files.flatMap((f) => {
      const text = readFileSync(path.join(root, 'src', 'extractors', f), 'utf8');
      return [...text.matchAll(/^const ([A-Z_]+) = new Set\(\[\s*'[a-z]/gm)].map((m) => `${f}: ${m[1]}`);
    });
    expect(literals).toEqual([]);
  });
});
