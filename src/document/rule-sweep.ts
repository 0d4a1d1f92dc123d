// A faster drop-in for compromise's `methods.one.bulkMatch`, the step of its post-tagger that finds
// which of its ~600 tagging rules match each sentence: two-thirds of every parse. The same rules are
// tried in the same order with compromise's own matcher, so every hit, and therefore every tag, comes
// out as before (tests/rule-sweep.test.ts compares whole parses with stock compromise). Two costs go:
// - the prefilter: compromise walks every key of its rule net (thousands of words and tags) per
//   sentence, asking the sentence's word/tag set about each and concatenating arrays, a fifth of all
//   tagging time. This walks the sentence's own set (tens of items) and sorts the hits back into the
//   net's key order.
// - dead starts: compromise's matcher tries a rule at every term, slicing the sentence each time. A
//   rule whose first token is a plain tag, word, switch or word list can only start where that token
//   matches, so the matcher is asked about those terms only, each as an anchored match, with
//   compromise's own skip past each hit.

interface Reg {
  tag?: string;
  word?: string;
  switch?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  fuzzy?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  start?: boolean;
  id?: unknown;
  min?: number;
  max?: number;
  greedy?: boolean;
  end?: boolean;
  operator?: string;
  choices?: unknown;
}

interface Term {
  id: unknown;
  text: string;
  normal: string;
  machine: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}

interface Rule {
  match: string;
  regs: Reg[];
  group?: string | number;
  notIf?: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

interface Methods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>;
    match(docs: Term[][], rule: Rule): { ptrs: number[][]; byGroup: Record<string, number[][]> };
  };
}

interface Found extends Rule {
  pointer: number[];
}

interface Index {
  /** per key of the net, in the net's key order: its rules and the id of each rule's pattern text */
  lists: Array<{ rules: Rule[]; ids: Int32Array }>;
  rank: Map<string, number>;
  /** per pattern id, the sentence stamp that last took it: a Set of strings without the hashing */
  stamps: Int32Array;
  stamp: number;
}

const indexes = new WeakMap<Net, Index>();

/** the largest stamp an Int32Array holds; exported so that a test can bring the counter near it */
export const STAMP_LIMIT = 0x7fffffff;

/** For tests: moves the stamp counter of a net's index, to show that it starts over before it wraps. */
export function setStampForTest(net: Net, stamp: number): void {
  indexOf(net).stamp = stamp;
}

function indexOf(net: Net): Index {
  let index = indexes.get(net);
  if (!index) {
    const keys = Object.keys(net.hooks);
    const patternIds = new Map<string, number>();
    const lists = keys.map((k) => {
      const rules = net.hooks[k]!;
      const ids = Int32Array.from(rules, (rule) => {
        let id = patternIds.get(rule.match);
        if (id === undefined) patternIds.set(rule.match, (id = patternIds.size));
        return id;
      });
      return { rules, ids };
    });
    index = { lists, rank: new Map(keys.map((k, i) => [k, i])), stamps: new Int32Array(patternIds.size), stamp: 0 };
    indexes.set(net, index);
  }
  return index;
}

function passes(rule: Rule, haves: Set<string>, termCount: number): boolean {
  if (termCount < rule.minWords) return false;
  if (!holdsAll(haves, rule.needs)) return false;
  if (rule.ifNo !== undefined && rule.ifNo.some((no) => haves.has(no))) return false;
  if (rule.wants.length > 0) {
    let found = 0;
    for (const want of rule.wants) if (haves.has(want)) found++;
    if (found < rule.minWant) return false;
  }
  return true;
}

// The rules compromise would try on a sentence, in its order: it walks the net's keys in order,
// concatenates the rule lists of the keys the sentence has, drops repeated patterns, then filters.
function candidates(net: Net, index: Index, haves: Set<string>, termCount: number): Rule[] {
  const present: number[] = [];
  for (const item of haves) {
    const r = index.rank.get(item);
    if (r !== undefined) present.push(r);
  }
  present.sort((a, b) => a - b);
  // a rule can hide a later rule with the same pattern even when it fails its own needs: compromise
  // de-duplicates before it filters, so this does too
  // stamps live in an Int32Array: start over before the counter would overflow it (after 2^31 - 1
  // sentences), or old stamps would match again
  if (index.stamp >= STAMP_LIMIT) {
    index.stamps.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const { stamps } = index;
  const out: Rule[] = [];
  for (const r of present) {
    const { rules, ids } = index.lists[r]!;
    for (let j = 0; j < rules.length; j++) {
      const id = ids[j]!;
      if (stamps[id] === stamp) continue;
      stamps[id] = stamp;
      if (passes(rules[j]!, haves, termCount)) out.push(rules[j]!);
    }
  }
  for (const rule of net.always) if (termCount >= rule.minWords) out.push(rule);
  return out;
}

function holdsAll(haves: Set<string>, needs: string[]): boolean {
  for (const need of needs) if (!haves.has(need)) return false;
  return true;
}

type StartTest = (term: Term) => boolean;
const startTests = new WeakMap<Rule, StartTest | null>();

// The test compromise's matcher applies to a term for a rule's first token (its doesMatch), for the
// plain kinds of token only; anything else (optional, negated, anchored, counted, alternatives) gets
// no test and is tried everywhere, as compromise does.
function startTestOf(rule: Rule): StartTest | null {
  let test = startTests.get(rule);
  if (test !== undefined) return test;
  test = null;
  const reg = rule.regs[0];
  const plain =
    !!reg &&
    !rule.match.includes('^') &&
    !reg.optional && !reg.negative && !reg.anything && !reg.start && reg.id === undefined &&
    reg.min === undefined && reg.max === undefined && reg.choices === undefined && (reg.operator === undefined || reg.fastOr !== undefined);
  if (plain && reg.word !== undefined) {
    if (!reg.use && !reg.fuzzy) {
      const word = reg.word;
      test = (t) => (t.machine !== null && t.machine === word) || (!!t.alias && t.alias.includes(word)) || word === t.text || word === t.normal;
    }
  } else if (plain && reg.tag !== undefined) {
    const tag = reg.tag;
    test = (t) => t.tags.has(tag);
  } else if (plain && reg.switch !== undefined) {
    const sw = reg.switch;
    test = (t) => t.switch === sw;
  } else if (plain && reg.fastOr !== undefined) {
    const { fastOr, pos } = reg;
    test = (t) => (!pos || t.tags.has(pos)) && (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
  }
  startTests.set(rule, test);
  return test;
}

// compromise copies every property of a rule into each hit; the tagger only reads them, so a hit
// that inherits them from its rule does the same job without the copy
function hitOf(rule: Rule, pointer: number[]): Found {
  const hit = Object.create(rule) as Found;
  hit.pointer = pointer;
  return hit;
}

interface Anchored {
  rule: Rule;
  /** compromise's minimum number of terms left for a start: its non-optional, non-negated tokens */
  minLength: number;
  group: string | undefined;
}
const anchoredRules = new WeakMap<Rule, Anchored | null>();

// The rule as a match anchored at the first term it is given, without its group and notIf so that the
// whole hit comes back and the skip past it is the one compromise makes. Only for rules whose hits
// need no filter after the loop: no notIf, no "$" at the end, no greedy first token (which an anchor
// would stop after one term).
function anchoredOf(rule: Rule): Anchored | null {
  let a = anchoredRules.get(rule);
  if (a !== undefined) return a;
  const first = rule.regs[0]!;
  const last = rule.regs[rule.regs.length - 1]!;
  a =
    rule.notIf === undefined && !last.end && !first.greedy
      ? {
          rule: Object.assign({}, rule, { regs: [{ ...first, start: true }, ...rule.regs.slice(1)], group: undefined, notIf: undefined }),
          minLength: rule.regs.filter((r) => r.optional !== true && r.negative !== true).length,
          group: rule.group === undefined || rule.group === null || rule.group === '' ? undefined : String(rule.group),
        }
      : null;
  anchoredRules.set(rule, a);
  return a;
}

function matchAnchored(terms: Term[], n: number, rule: Rule, a: Anchored, test: StartTest, methods: Methods, results: Found[]): void {
  for (let i = 0; i < terms.length; i++) {
    if (!test(terms[i]!)) continue;
    if (terms.length - i < a.minLength) break;
    const res = methods.one.match([terms.slice(i)], a.rule);
    const whole = res.ptrs[0];
    if (!whole) continue;
    const hit = a.group === undefined ? whole : res.byGroup[a.group]?.[0];
    if (hit) {
      const start = hit[1]! + i;
      const end = hit[2]! + i;
      results.push(hitOf(rule, [n, start, end, terms[start]!.id, terms[end - 1]!.id] as number[]));
    }
    const end = whole[2]! + i;
    if (end - 1 > i) i = end - 1;
  }
}

export function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const docCache = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    for (const rule of candidates(net, index, docCache[n]!, terms.length)) {
      const test = startTestOf(rule);
      const anchored = test && opts.matchOne !== true ? anchoredOf(rule) : null;
      const before = results.length;
      if (test && anchored) {
        matchAnchored(terms, n, rule, anchored, test, methods, results);
      } else {
        let from = 0;
        if (test) {
          while (from < terms.length && !test(terms[from]!)) from++;
          if (from === terms.length) continue;
        }
        const res = methods.one.match([from === 0 ? terms : terms.slice(from)], rule);
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          ptr[1]! += from;
          ptr[2]! += from;
          results.push(hitOf(rule, ptr));
        }
      }
      if (opts.matchOne === true && results.length > before) return [results[0]!];
    }
  }
  return results;
}
