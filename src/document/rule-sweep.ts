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
  /** per key of the net, in the net's key order: the patterns to look at when the sentence has that key */
  triggers: Int32Array[];
  rank: Map<string, number>;
  /**
   * per pattern id, where it stands in compromise's concatenation of the key lists (key rank, then place
   * in the list), ascending: the global order number, the key's rank and the rule object at that place
   */
  places: Array<{ order: Int32Array; ranks: Int32Array; rules: Rule[] }>;
  /** per pattern id, the sentence stamp that last took it: a Set of strings without the hashing */
  stamps: Int32Array;
  /** per key rank, the stamp of the last sentence that had the key */
  keyStamps: Int32Array;
  stamp: number;
  /** the rule object at each place of the concatenation, by global order number */
  byOrder: Rule[];
}

const indexes = new WeakMap<Net, Index>();

/** the largest stamp an Int32Array holds; exported so that a test can bring the counter near it */
export const STAMP_LIMIT = 0x7fffffff;

/** For tests: moves the stamp counter of a net's index, to show that it starts over before it wraps. */
export function setStampForTest(net: Net, stamp: number): void {
  indexOf(net).stamp = stamp;
}

// The keys under which a rule is looked at: a sentence where it passes has one of them. Each need must
// be there, so one need will do: a word before a tag (words are rarer), else the need with the shortest
// rule list. A rule passes only with minWant of its wants (at least one: minWant counts its or-blocks),
// so all its wants will do too, and they are taken instead of a tag need when they are words only.
function triggerKeysOf(rule: Rule, net: Net): string[] {
  const isWord = (k: string): boolean => !k.startsWith('#') && !k.startsWith('%');
  if (rule.needs.length === 0) return rule.wants;
  const word = rule.needs.find(isWord);
  if (word !== undefined) return [word];
  if (rule.wants.length > 0 && rule.minWant >= 1 && rule.wants.every(isWord)) return rule.wants;
  let best = rule.needs[0]!;
  for (const n of rule.needs) if ((net.hooks[n]?.length ?? 0) < (net.hooks[best]?.length ?? 0)) best = n;
  return [best];
}

function indexOf(net: Net): Index {
  let index = indexes.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const rank = new Map(keys.map((k, i) => [k, i]));
  const patternIds = new Map<string, number>();
  const places: Array<{ order: number[]; ranks: number[]; rules: Rule[] }> = [];
  let order = 0;
  keys.forEach((k, r) => {
    for (const rule of net.hooks[k]!) {
      let id = patternIds.get(rule.match);
      if (id === undefined) {
        patternIds.set(rule.match, (id = patternIds.size));
        places.push({ order: [], ranks: [], rules: [] });
      }
      const p = places[id]!;
      p.order.push(order++);
      p.ranks.push(r);
      p.rules.push(rule);
    }
  });
  // a pattern is looked at under the trigger keys of every rule object that carries it: whichever of
  // them wins in a sentence, if it passes, its trigger is there
  const triggerSets: Array<Set<number>> = keys.map(() => new Set());
  places.forEach((p, id) => {
    for (const rule of new Set(p.rules)) {
      for (const key of triggerKeysOf(rule, net)) {
        const r = rank.get(key);
        if (r !== undefined) triggerSets[r]!.add(id);
      }
    }
  });
  index = {
    triggers: triggerSets.map((set) => Int32Array.from([...set].sort((a, b) => a - b))),
    rank,
    places: places.map((p) => ({ order: Int32Array.from(p.order), ranks: Int32Array.from(p.ranks), rules: p.rules })),
    stamps: new Int32Array(places.length),
    keyStamps: new Int32Array(keys.length),
    stamp: 0,
    byOrder: [],
  };
  for (const p of index.places) p.order.forEach((o, k) => (index!.byOrder[o] = p.rules[k]!));
  indexes.set(net, index);
  return index;
}

const wantCounts = new WeakMap<Rule, Map<string, number>>();

// how many of the rule's wants the sentence has, counting a repeated want each time as compromise
// does, and stopping once there are enough: over the wants or over the sentence's keys, the shorter
function enoughWants(rule: Rule, haves: Set<string>): boolean {
  let found = 0;
  if (rule.wants.length <= haves.size) {
    for (const want of rule.wants) if (haves.has(want) && ++found >= rule.minWant) return true;
    return found >= rule.minWant;
  }
  let counts = wantCounts.get(rule);
  if (!counts) {
    counts = new Map();
    for (const want of rule.wants) counts.set(want, (counts.get(want) ?? 0) + 1);
    wantCounts.set(rule, counts);
  }
  for (const item of haves) {
    const c = counts.get(item);
    if (c !== undefined && (found += c) >= rule.minWant) return true;
  }
  return found >= rule.minWant;
}

function passes(rule: Rule, haves: Set<string>, termCount: number): boolean {
  if (termCount < rule.minWords) return false;
  if (!holdsAll(haves, rule.needs)) return false;
  if (rule.ifNo !== undefined && rule.ifNo.some((no) => haves.has(no))) return false;
  if (rule.wants.length > 0 && !enoughWants(rule, haves)) return false;
  return true;
}

// The rules compromise would try on a sentence, in its order: it walks the net's keys in order,
// concatenates the rule lists of the keys the sentence has, drops repeated patterns (the first place
// of a pattern wins, even when its rule then fails its own needs), then filters. This gets the same
// list by looking only at the patterns whose trigger key the sentence has: for each, the first of its
// places under a key the sentence has is the one compromise keeps; the survivors are sorted back into
// the concatenation's order.
function candidates(net: Net, index: Index, haves: Set<string>, termCount: number): Rule[] {
  // stamps live in Int32Arrays: start over before the counter would overflow them (after 2^31 - 1
  // sentences), or old stamps would match again
  if (index.stamp >= STAMP_LIMIT) {
    index.stamps.fill(0);
    index.keyStamps.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const { stamps, keyStamps, places, triggers } = index;
  const present: number[] = [];
  for (const item of haves) {
    const r = index.rank.get(item);
    if (r !== undefined) {
      keyStamps[r] = stamp;
      present.push(r);
    }
  }
  const kept: number[] = [];
  for (const r of present) {
    const ids = triggers[r]!;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      if (stamps[id] === stamp) continue;
      stamps[id] = stamp;
      const place = places[id]!;
      let k = 0;
      while (k < place.ranks.length && keyStamps[place.ranks[k]!] !== stamp) k++;
      if (k === place.ranks.length) continue;
      const rule = place.rules[k]!;
      if (!passes(rule, haves, termCount)) continue;
      kept.push(place.order[k]!);
    }
  }
  // a typed array sorts numbers without a comparator call per pair
  const sorted = Int32Array.from(kept).sort();
  const out: Rule[] = new Array(sorted.length);
  for (let j = 0; j < sorted.length; j++) out[j] = index.byOrder[sorted[j]!]!;
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
// plain kinds of token only (exactTestOf); a greedy first token takes its first term by the same test
// and a "$" on it is the matcher's to check. Anything else (optional, negated, anchored, counted,
// alternatives) gets no test and is tried everywhere, as compromise does.
function startTestOf(rule: Rule): StartTest | null {
  let test = startTests.get(rule);
  if (test !== undefined) return test;
  const reg = rule.regs[0];
  test = reg && !rule.match.includes('^') ? exactTestOf({ ...reg, greedy: undefined, end: undefined } as Reg & Record<string, unknown>) : null;
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
  /** the anchored rule with its notIf, to ask whether a hit survives it */
  withNotIf: Rule | undefined;
  /** a "$" on the last token: a hit must reach the end of the sentence */
  toEnd: boolean;
  /** tests for the tokens after the first that any hit must match on the terms right after the start */
  next: StartTest[];
  /** compromise's minimum number of terms left for a start: its non-optional, non-negated tokens */
  minLength: number;
  group: string | undefined;
  /**
   * when every token matches exactly one term with a plain test (exactTestOf): the test of each token,
   * so that a start with no contraction in reach is settled without compromise's matcher
   */
  full: StartTest[] | null;
  /** for such a rule with a group: where the group starts in the hit and how many terms it holds */
  groupAt: [number, number] | null;
  /**
   * a greedy first token with no count ("#Noun+") followed by a plain token: the test of each, for the
   * run a hit needs (greedyRunPasses)
   */
  greedyRun: [StartTest, StartTest] | null;
}
const anchoredRules = new WeakMap<Rule, Anchored | null>();

// The rule as a match anchored at the first term it is given, without its group and notIf so that the
// whole hit comes back and the skip past it is the one compromise makes (it skips past a whole hit
// before it filters hits). The filters compromise applies after its loop are then applied to each hit:
// a "$" on the last token keeps hits that reach the sentence end, and a notIf is checked by asking
// compromise's matcher again with the notIf kept (only where there is a hit, which is rare).
function anchoredOf(rule: Rule): Anchored | null {
  let a = anchoredRules.get(rule);
  if (a !== undefined) return a;
  const first = rule.regs[0]!;
  const last = rule.regs[rule.regs.length - 1]!;
  const regs = [{ ...first, start: true }, ...rule.regs.slice(1)];
  const tests = rule.regs.map((r) => exactTestOf(r as Reg & Record<string, unknown>));
  // A hit that starts at term i with a plain first token puts each following plain token on the next
  // term in turn (compromise's matcher moves one term per such token), except where a contraction lets
  // it skip a term (nextTermsPass stops there): the tokens up to the first one that is not plain. A
  // greedy first token can take more than one term, so then the terms after the start say nothing.
  const after = tests.slice(1);
  const plainAfter = after.indexOf(null);
  a = {
    rule: Object.assign({}, rule, { regs, group: undefined, notIf: undefined }),
    withNotIf: rule.notIf === undefined ? undefined : Object.assign({}, rule, { regs, group: undefined }),
    toEnd: last.end === true,
    next: first.greedy ? [] : ((plainAfter < 0 ? after : after.slice(0, plainAfter)) as StartTest[]),
    minLength: rule.regs.filter((r) => r.optional !== true && r.negative !== true).length,
    group: rule.group === undefined || rule.group === null || rule.group === '' ? undefined : String(rule.group),
    full: null,
    groupAt: null,
    greedyRun: null,
  };
  // a greedy first token with no end anchor and a plain token after it (greedyRunPasses)
  const start = startTestOf(rule);
  if (first.greedy && !first.end && start && tests[1]) a.greedyRun = [start, tests[1]];
  if (tests.every((t) => t !== null)) {
    a.full = tests as StartTest[];
    a.groupAt = a.group === undefined ? null : groupRangeOf(rule.regs, a.group);
  }
  anchoredRules.set(rule, a);
  return a;
}

// The test compromise's matcher applies to a term for a token that matches exactly one term and nothing
// else: a word (not fuzzy, no case rule), a tag, a switch or a word list, with no flag that changes how
// many terms it takes or where (optional, negated, greedy, counted, anchored, alternatives, an id).
function exactTestOf(reg: Reg & Record<string, unknown>): StartTest | null {
  if (reg.optional || reg.negative || reg.anything || reg.greedy || reg.start || reg.end) return null;
  if (reg.id !== undefined || reg.min !== undefined || reg.max !== undefined || reg.choices !== undefined) return null;
  if (reg.operator !== undefined && reg.fastOr === undefined) return null;
  if (reg.word !== undefined) {
    if (reg.use || reg.fuzzy) return null;
    const word = reg.word;
    return (t) => (t.machine !== null && t.machine === word) || (!!t.alias && t.alias.includes(word)) || word === t.text || word === t.normal;
  }
  if (reg.tag !== undefined) {
    const tag = reg.tag;
    return (t) => t.tags.has(tag);
  }
  // compromise tries these kinds before a switch or a word list: a token with one of them is not plain
  for (const kind of ['method', 'pre', 'post', 'regex', 'chunk']) if (reg[kind] !== undefined) return null;
  if (reg.switch !== undefined) {
    const sw = reg.switch;
    return (t) => t.switch === sw;
  }
  if (reg.machine !== undefined || reg.sense !== undefined) return null;
  if (reg.fastOr !== undefined) {
    const { fastOr, pos } = reg;
    return (t) => (!pos || t.tags.has(pos)) && (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
  }
  return null;
}

function nextTermsPass(terms: Term[], i: number, next: StartTest[]): boolean {
  for (let j = 0; j < next.length; j++) {
    if (terms[i + j]!.implicit) return true;
    const term = terms[i + j + 1];
    if (term === undefined || !next[j]!(term)) return false;
  }
  return true;
}

// Where compromise's matcher puts a named group in a hit of plain tokens (one term each): it opens the
// group at the first token that carries it and adds one term for each token that does
function groupRangeOf(regs: Reg[], group: string): [number, number] | null {
  let start = -1;
  let length = 0;
  regs.forEach((r, j) => {
    const g = (r as { group?: unknown }).group;
    if (!g || String(g) !== group) return;
    if (start < 0) start = j;
    length++;
  });
  return start < 0 ? null : [start, length];
}

// A rule of plain tokens, over a stretch the caller found free of contractions (where compromise's
// matcher may skip a term): the hit is there exactly when each token's test passes on its term in turn
function fullHitAt(terms: Term[], i: number, tests: StartTest[]): boolean {
  if (i + tests.length > terms.length) return false;
  for (let j = 0; j < tests.length; j++) {
    if (!tests[j]!(terms[i + j]!)) return false;
  }
  return true;
}

// compromise's matcher takes a greedy first token over the terms after the start until one matches the
// next token (it stops there) or fails the greedy one; the next token must then match that term. So a
// hit needs the first term after the start that is not a plain continuation of the run to pass the next
// token's test. Where a contraction is in the way, the matcher may skip a term: no conclusion then.
function greedyRunPasses(terms: Term[], i: number, [more, next]: [StartTest, StartTest]): boolean {
  if (terms[i]!.implicit) return true;
  for (let t = i + 1; t < terms.length; t++) {
    const term = terms[t]!;
    if (term.implicit) return true;
    if (next(term)) return true;
    if (!more(term)) return false;
  }
  return false;
}

const touchesContraction = (terms: Term[], i: number, n: number): boolean => {
  for (let j = i; j < i + n && j < terms.length; j++) if (terms[j]!.implicit) return true;
  return false;
};

// `before`: a hit's start is before this term (its last token, plain, takes a later term)
function matchAnchored(terms: Term[], n: number, rule: Rule, a: Anchored, test: StartTest, methods: Methods, results: Found[], before: number): void {
  for (let i = 0; i < before; i++) {
    if (!test(terms[i]!)) continue;
    if (terms.length - i < a.minLength) break;
    if (!nextTermsPass(terms, i, a.next)) continue;
    if (a.greedyRun !== null && !greedyRunPasses(terms, i, a.greedyRun)) continue;
    if (a.full !== null && !touchesContraction(terms, i, a.full.length)) {
      if (!fullHitAt(terms, i, a.full)) continue;
      const end = i + a.full.length;
      const hit: [number, number] | null = a.group === undefined ? [i, end] : a.groupAt && [i + a.groupAt[0], i + a.groupAt[0] + a.groupAt[1]];
      if (hit && (a.withNotIf === undefined || methods.one.match([terms.slice(i)], a.withNotIf).ptrs.length > 0)) {
        results.push(hitOf(rule, [n, hit[0], hit[1], terms[hit[0]]!.id, terms[hit[1] - 1]!.id] as number[]));
      }
      if (end - 1 > i) i = end - 1;
      continue;
    }
    const res = methods.one.match([terms.slice(i)], a.rule);
    const whole = res.ptrs[0];
    if (!whole) continue;
    const hit = a.group === undefined ? whole : res.byGroup[a.group]?.[0];
    const kept = a.toEnd ? whole[2]! + i === terms.length : true;
    if (hit && kept && (a.withNotIf === undefined || methods.one.match([terms.slice(i)], a.withNotIf).ptrs.length > 0)) {
      const start = hit[1]! + i;
      const end = hit[2]! + i;
      results.push(hitOf(rule, [n, start, end, terms[start]!.id, terms[end - 1]!.id] as number[]));
    }
    const end = whole[2]! + i;
    if (end - 1 > i) i = end - 1;
  }
}

interface Bounds {
  /** a "^" rule's first token, when plain: the sentence's first term must pass it */
  first: StartTest | null;
  /** the last token, when plain and not the first: every hit puts it on a term after the hit's start */
  last: StartTest | null;
  /** the last token carries a "$": its term is the sentence's last (or, after a contraction, the one before) */
  lastAtEnd: boolean;
}
const bounds = new WeakMap<Rule, Bounds>();

// Cheap facts about where a rule's hits can lie, from its first and last tokens when they are plain
// (one term each, exactTestOf): a sentence or a start that cannot hold a hit is not given to the matcher.
function boundsOf(rule: Rule): Bounds {
  let b = bounds.get(rule);
  if (b !== undefined) return b;
  const regs = rule.regs as Array<Reg & Record<string, unknown>>;
  const first = regs[0];
  const last = regs[regs.length - 1];
  b = {
    first: first?.start === true ? exactTestOf({ ...first, start: undefined }) : null,
    last: regs.length >= 2 && last ? exactTestOf({ ...last, end: undefined }) : null,
    lastAtEnd: last?.end === true,
  };
  bounds.set(rule, b);
  return b;
}

// Whether the rule can have a hit in this sentence at all, by its bounds
function mayHit(b: Bounds, terms: Term[]): boolean {
  if (b.first !== null && !b.first(terms[0]!)) return false;
  if (b.last !== null && b.lastAtEnd) {
    const n = terms.length;
    // compromise's matcher skips the second half of a contraction after a token that took the first
    if (!b.last(terms[n - 1]!) && !(n >= 2 && terms[n - 2]!.implicit)) return false;
  }
  return true;
}

// The last term a rule's last token can take; a hit starts before it. -1: no term can.
function lastPlace(b: Bounds, terms: Term[]): number {
  if (b.last === null) return terms.length;
  for (let k = terms.length - 1; k >= 0; k--) if (b.last(terms[k]!)) return k;
  return -1;
}

export function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const docCache = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    for (const rule of candidates(net, index, docCache[n]!, terms.length)) {
      const b = boundsOf(rule);
      if (!mayHit(b, terms)) continue;
      const test = startTestOf(rule);
      const anchored = test && opts.matchOne !== true ? anchoredOf(rule) : null;
      const before = results.length;
      if (test && anchored) {
        matchAnchored(terms, n, rule, anchored, test, methods, results, lastPlace(b, terms));
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
