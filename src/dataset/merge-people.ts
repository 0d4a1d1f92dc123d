// Cross-document people: which officials, each found in one document, are the same person.
//
// Within one country, names are folded (case, accents, punctuation, honorifics) and compared as word
// lists. A shorter name belongs to a longer one when its words appear in the longer name in the same
// order, a single letter standing for a word with that initial ("Tayyip Erdogan" and "Erdogan" in
// "Recep Tayyip Erdogan"; "Xi" in "Xi Jinping"). A one-word name must be the first or last word of the
// longer one. The longest names are placed first; each name joins the one cluster it fits, and a name
// that fits two different clusters (a bare "Brown" beside "Gordon Brown" and "Nick Brown") stays on its
// own rather than guess. A full name (two words or more) found with several countries is taken to be one
// person with the country it has most often: a misread country in one article should not split a
// president off. An official whose country is unknown joins the one cluster, in any country, that its
// name fits, and stays on its own when there are none or several. The result depends only on the set
// of names, never on the order documents arrive in.

import honorificsJson from '../lexicon/honorifics.json' with { type: 'json' };

export interface OfficialRef {
  /** the officials row id */
  id: number;
  name: string;
  country: string | null;
}

export interface Person {
  /** the officials row ids of this person, ascending */
  officials: number[];
  /** the longest (then most frequent) name */
  name: string;
  country: string | null;
  aliases: string[];
}

// the honorifics the officials extractor skips before a name: the one list of them ("Dr", "Sheikh", "Rt Hon")
const HONORIFICS: ReadonlySet<string> = new Set(honorificsJson.honorifics);

/** Folded words of a name: "Recep Tayyip Erdoğan" → ["recep", "tayyip", "erdogan"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !HONORIFICS.has(w));
}

const wordFits = (short: string, long: string): boolean => short === long || (short.length === 1 && long.startsWith(short));

/** Whether `short` names the same person as `long` (see the header). */
export function nameFits(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  if (short.length === 1) return short[0] === long[0] || short[0] === long[long.length - 1];
  // the last word (the surname, as most names go) must match exactly; the others in order
  if (short[short.length - 1] !== long[long.length - 1] && short.join(' ') !== long.slice(0, short.length).join(' ')) return false;
  let j = 0;
  for (const w of short) {
    while (j < long.length && !wordFits(w, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

interface Cluster {
  key: string[];
  country: string | null;
  names: Map<string, number>;
  officials: number[];
}

interface NameGroup {
  words: string[];
  country: string | null;
  names: Map<string, number>;
  officials: number[];
}

const foldedName = (name: string): string => nameWords(name).join(' ') || name.toLowerCase();

/** For each full name of two words or more: the country it has most often (ties: the first in order). */
function usualCountries(officials: OfficialRef[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const o of officials) {
    const folded = foldedName(o.name);
    if (!o.country || !folded.includes(' ')) continue;
    const c = counts.get(folded) ?? new Map<string, number>();
    c.set(o.country, (c.get(o.country) ?? 0) + 1);
    counts.set(folded, c);
  }
  const usual = new Map<string, string>();
  for (const [name, c] of counts) usual.set(name, [...c.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0]);
  return usual;
}

function groupNames(officials: OfficialRef[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  const usual = usualCountries(officials);
  for (const o of officials) {
    const folded = foldedName(o.name);
    const words = folded.split(' ');
    const country = o.country === null ? null : (usual.get(folded) ?? o.country);
    const key = `${country ?? ''}\u0000${folded}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { words, country, names: new Map(), officials: [] }));
    g.names.set(o.name, (g.names.get(o.name) ?? 0) + 1);
    g.officials.push(o.id);
  }
  // longest names first, then alphabetically: the same set of names always clusters the same way
  return [...groups.values()].sort((a, b) => b.words.length - a.words.length || cmp(a.words.join(' '), b.words.join(' ')) || cmp(a.country ?? '', b.country ?? ''));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Clusters by their first and last word, per country ('' for none) and over all known countries ('*'):
// a name can only fit a cluster that shares its first or last word, so each name is compared with a few.
class ClusterIndex {
  private readonly lists = new Map<string, Cluster[]>();

  add(scope: string, c: Cluster): void {
    for (const w of new Set([c.key[0]!, c.key[c.key.length - 1]!])) {
      const k = `${scope}\u0000${w}`;
      const list = this.lists.get(k);
      if (list) list.push(c);
      else this.lists.set(k, [c]);
    }
  }

  fitting(scope: string, words: string[]): Cluster[] {
    const found = new Set<Cluster>();
    for (const w of new Set([words[0]!, words[words.length - 1]!])) for (const c of this.lists.get(`${scope}\u0000${w}`) ?? []) found.add(c);
    return [...found].filter((c) => nameFits(words, c.key));
  }
}

function place(g: NameGroup, fits: Cluster[], clusters: Cluster[], index: ClusterIndex): void {
  const target = fits.length === 1 ? fits[0]! : null;
  if (target) {
    for (const [n, k] of g.names) target.names.set(n, (target.names.get(n) ?? 0) + k);
    target.officials.push(...g.officials);
    return;
  }
  const c: Cluster = { key: g.words, country: g.country, names: new Map(g.names), officials: [...g.officials] };
  clusters.push(c);
  index.add(g.country ?? '', c);
  if (g.country !== null) index.add('*', c);
}

/** Clusters officials from many documents into people (see the header for the rule). */
export function mergePeople(officials: OfficialRef[]): Person[] {
  const groups = groupNames(officials);
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  // known countries first, so that officials without one can be attached to them afterwards
  for (const g of groups.filter((x) => x.country !== null)) place(g, index.fitting(g.country!, g.words), clusters, index);
  for (const g of groups.filter((x) => x.country === null)) {
    const fits = index.fitting('*', g.words);
    place(g, fits.length === 1 ? fits : index.fitting('', g.words), clusters, index);
  }
  const people = clusters.map((c): Person => {
    const names = [...c.names.entries()].sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || cmp(a[0], b[0]));
    return { officials: [...c.officials].sort((a, b) => a - b), name: names[0]![0], country: c.country, aliases: names.map(([n]) => n).sort(cmp) };
  });
  return people.sort((a, b) => cmp(a.name, b.name) || cmp(a.country ?? '', b.country ?? '') || a.officials[0]! - b.officials[0]!);
}
