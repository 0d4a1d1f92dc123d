import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extractors/article.js';
import { extractCountries } from '../src/extractors/countries.js';
import { extractEvents } from '../src/extractors/events.js';
import { extractQuotes } from '../src/extractors/events/quotes.js';
import { rankParticipants } from '../src/extractors/events/parties.js';
import type { ExtractContext, OfficialDraft } from '../src/extractors/types.js';
import { allRulesOn } from '../src/rules/types.js';
import { parseDocument } from '../src/document/document.js';

interface OfficialSpec {
  name: string;
  country: string | null;
  /** each occurrence of these strings in the text is a mention */
  mentions: string[];
}

// Officials come from another extractor; these tests build them by hand, as it would.
function contextFor(text: string, specs: OfficialSpec[]): ExtractContext {
  const doc = parseDocument(text);
  const article = extractArticle(doc);
  const officials: OfficialDraft[] = specs.map((o) => {
    const mentions: OfficialDraft['mentions'] = [];
    for (const m of o.mentions) {
      for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
        const end = at + m.length;
        const covered = doc.tokens.filter((t) => t.start < end && t.end > at);
        mentions.push({ start: at, end, sentence: covered[0]!.sentence, firstToken: covered[0]!.index, lastToken: covered.at(-1)!.index });
      }
    }
    return { name: o.name, title: 'Minister', portfolio: null, country: o.country, aliases: [], mentions, confidence: 0.9, ruleIds: ['official/test'] };
  });
  return { doc, article, countries: extractCountries(doc, article), officials, rules: allRulesOn };
}

const berg: OfficialSpec = { name: 'Anna Berg', country: 'SE', mentions: ['Anna Berg', 'Ms Berg'] };
const lind: OfficialSpec = { name: 'Tomas Lind', country: 'LT', mentions: ['Tomas Lind', 'Mr Lind'] };

describe('event parties from officials', () => {
  it.each<[string, string, string[]]>([
    ['a meeting between two named officials', 'Anna Berg met Tomas Lind in Vilnius on Friday.', ['LT', 'SE']],
    ['an agreement between two named officials', 'Ms Berg and Mr Lind agreed to open a joint customs office.', ['LT', 'SE']],
    ['an official and a country', 'Ms Berg visited Lithuania last week.', ['LT', 'SE']],
  ])('%s', (_name, text, countries) => {
    const ev = extractEvents(contextFor(text, [berg, lind]));
    const rec = [...ev.agreements, ...ev.meetings][0];
    expect(rec).toBeDefined();
    expect([...rec!.countries].sort()).toEqual(countries);
    expect(rec!.officials.length).toBeGreaterThan(0);
  });

  it('resolves "the two ministers" to the article participants', () => {
    const text = 'Anna Berg met Tomas Lind in Vilnius.\nThe two ministers agreed to hold joint patrols on the coast.';
    const ev = extractEvents(contextFor(text, [berg, lind]));
    expect(ev.agreements).toHaveLength(1);
    expect([...ev.agreements[0]!.countries].sort()).toEqual(['LT', 'SE']);
    expect(ev.agreements[0]!.officials).toEqual([]);
  });

  it('takes the committing side from the official before the trigger', () => {
    const ev = extractEvents(contextFor('Ms Berg pledged support to Lithuania for the energy link.', [berg]));
    expect(ev.commitments).toHaveLength(1);
    expect(ev.commitments[0]!.by).toEqual({ country: 'SE', official: 0 });
    expect(ev.commitments[0]!.to).toEqual(['LT']);
  });

  it('resolves "he" to the article lead participant when no party is named', () => {
    const text = 'Tomas Lind opened the forum in Vilnius.\nMr Lind spoke about ports.\nHe reaffirmed his commitment to deeper regional cooperation.';
    const ev = extractEvents(contextFor(text, [lind]));
    expect(ev.commitments[0]!.by.country).toBe('LT');
  });

  it('does not invent a second party for a domestic event', () => {
    const ev = extractEvents(contextFor('Ms Berg met union leaders in Stockholm.', [berg]));
    expect(ev.meetings[0]!.countries).toEqual(['SE']);
  });
});

describe('rankParticipants', () => {
  it('ranks headline countries first and drops passing mentions', () => {
    const text = 'Peru and Chile sign fisheries pact\n\nPeru and Chile signed a pact. Chile praised Peru. A ship from Panama was also there.';
    expect(rankParticipants(contextFor(text, []))).toEqual(['CL', 'PE']);
  });
});

describe('quotes', () => {
  it.each<[string, string, OfficialSpec[], Array<[number, string]>]>([
    ['speaker named in the sentence', 'Ms Berg said: “We will keep working with our neighbours.”', [berg], [[0, 'We will keep working with our neighbours.']]],
    ['speaker after the quote', '“The border will stay open all winter,” Mr Lind said.', [lind], [[0, 'The border will stay open all winter,']]],
    ['pronoun speaker from an earlier sentence', 'Anna Berg arrived late.\n“We are ready to sign the accord soon,” she said.', [berg], [[0, 'We are ready to sign the accord soon,']]],
    ['scare quotes are not speech', 'Ms Berg called the plan ‘inseparable’ and “vital”.', [berg], []],
    ['no official, no quote', 'A fisherman said: “The season has been very bad for us.”', [berg], []],
  ])('%s', (_name, text, specs, expected) => {
    const ctx = contextFor(text, specs);
    const got = extractQuotes(ctx).map((q) => [q.speaker, text.slice(q.text.start, q.text.end)]);
    expect(got).toEqual(expected);
  });
});
