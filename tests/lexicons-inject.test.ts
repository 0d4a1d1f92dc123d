import { describe, expect, it } from 'vitest';
import { buildLexicons, bundledLexicons, extract, lexiconSources } from '../src/index.js';
import { activeLexicons } from '../src/lexicon/active.js';
import { runStages, STAGES, type NamedStage } from '../src/pipeline/stages.js';
import { parseDocument } from '../src/document/document.js';
import { allRulesOn } from '../src/rules/types.js';

// extract(text, { lexicons }): a caller's lexicons reach the rules, each test paired with the bundled
// run of the same text, which must not show the injected word (and still finds the rest).

const withOmbudsman = (() => {
  const src = lexiconSources();
  src.titles.heads.push({ phrase: 'ombudsman' }); // as the README's library example
  return buildLexicons({ titles: src.titles });
})();

const withBlighty = (() => {
  const src = lexiconSources();
  const gb = src.countryAliases.aliases.find((a) => a.code === 'GB');
  if (gb) gb.names = [...(gb.names ?? []), 'Blighty'];
  else src.countryAliases.aliases.push({ code: 'GB', names: ['Blighty'] });
  return buildLexicons({ countryAliases: src.countryAliases });
})();

const withLaMoneda = (() => {
  const src = lexiconSources();
  src.eventTriggers.metonyms['la moneda'] = 'CL';
  return buildLexicons({ eventTriggers: src.eventTriggers });
})();

const titleText = 'Ombudsman Nadia Haddad criticised the ministry. Foreign Minister Ana Ruiz of Peru replied on Monday.';
const countryText = 'Blighty and Kenya signed a trade deal in Nairobi on Monday.';

describe('extract(text, { lexicons })', () => {
  it('reads an injected title', () => {
    const injected = extract(titleText, { lexicons: withOmbudsman }).officials;
    expect(injected.find((o) => o.name === 'Nadia Haddad')).toMatchObject({ title: 'Ombudsman', ruleIds: expect.arrayContaining(['official/title-name']) });
    expect(injected.map((o) => o.name)).toContain('Ana Ruiz');
  });

  it('without it, the bundled lexicon does not know the title (and still finds the minister)', () => {
    const bundled = extract(titleText).officials;
    expect(bundled.map((o) => o.name)).toContain('Ana Ruiz');
    expect(bundled.find((o) => o.title === 'Ombudsman')).toBeUndefined();
  });

  it('reads an injected country name', () => {
    const countries = extract(countryText, { lexicons: withBlighty }).countries;
    expect(countries.map((c) => c.code).sort()).toEqual(['GB', 'KE']);
    expect(countries.find((c) => c.code === 'GB')?.mentions.map((m) => m.text)).toEqual(['Blighty']);
  });

  it('without it, the bundled lexicon finds only Kenya', () => {
    expect(extract(countryText).countries.map((c) => c.code)).toEqual(['KE']);
  });

  it('reads an injected institution standing for its state (event lexicon), and the bundled one does not', () => {
    const text = 'La Moneda and Kenya signed a defence agreement on Monday.';
    expect(extract(text, { lexicons: withLaMoneda }).agreements.map((a) => a.countries)).toEqual([['CL', 'KE']]);
    expect(extract(text).agreements.map((a) => a.countries)).toEqual([['KE']]);
  });

  it('leaves no trace: the next extraction without lexicons reads the bundled ones', () => {
    const before = JSON.stringify(extract(countryText));
    extract(countryText, { lexicons: withBlighty });
    expect(JSON.stringify(extract(countryText))).toBe(before);
    expect(activeLexicons()).toBeUndefined();
  });

  it('bundled lexicons give the same output as no option', () => {
    expect(extract(titleText, { lexicons: bundledLexicons() })).toEqual(extract(titleText));
  });

  it('rejects malformed lexicon data, saying where', () => {
    const src = lexiconSources();
    src.titles.heads.push({ phrase: 'minister' });
    expect(() => buildLexicons({ titles: src.titles })).toThrow(/titles\.heads: duplicate entries minister/);
    expect(() => buildLexicons({ titles: { ...src.titles, heads: [{ phrase: 'Bad Title!' }] } })).toThrow();
  });
});

describe('pipeline stages', () => {
  const base = () => ({ doc: parseDocument('Foreign Minister Ana Ruiz met Kenyan President Kofi Mensah in Lima.'), lexicons: bundledLexicons(), rules: allRulesOn });

  it('run in one named order, each reading only earlier stages', () => {
    expect(STAGES.map((s) => s.name)).toEqual(['article', 'countries', 'officials', 'events']);
    STAGES.forEach((s, i) => {
      for (const r of s.reads) expect(STAGES.slice(0, i).map((x) => x.name)).toContain(r);
    });
  });

  it('get frozen inputs, with the run’s lexicons active, and return their own output', () => {
    const seen: Array<{ frozen: boolean; active: unknown }> = [];
    const spy = STAGES.map(
      (s): NamedStage => ({
        ...s,
        run: (input) => {
          seen.push({ frozen: Object.isFrozen(input), active: activeLexicons() });
          return s.run(input);
        },
      }),
    );
    const b = base();
    const out = runStages(b, spy);
    expect(seen).toHaveLength(4);
    for (const x of seen) expect(x).toEqual({ frozen: true, active: b.lexicons });
    expect(out.officials.map((o) => o.name)).toEqual(['Ana Ruiz', 'Kofi Mensah']);
    expect(activeLexicons()).toBeUndefined();
  });

  it('refuses a list in which a stage reads what no earlier stage made', () => {
    const [article, countries, officials, events] = STAGES as [NamedStage, NamedStage, NamedStage, NamedStage];
    expect(() => runStages(base(), [article, officials, countries, events])).toThrow(/stage officials reads countries/);
    expect(() => runStages(base(), [article, countries, officials])).toThrow(/no stage made events/);
  });
});
