import { isAllCapsText } from '../document/predicates.js';
import { splitPhrase } from '../lexicon/fold.js';
import { loadOfficialsLexicon } from '../lexicon/officials.js';
import { longestMatch } from '../lexicon/trie.js';
import type { Portfolio } from '../lexicon/officials.js';
import { buildPieces, phraseBreaksAfter, titleBreaksAfter, type Piece, type SentencePieces } from './officials/pieces.js';
import { parseName, parseTitle, titleWordAt, type NameParse, type TitlePhrase } from './officials/phrases.js';
import type { CountryMention, ExtractContext, OfficialDraft, OfficialMention } from './types.js';
import { CONFIDENCE } from '../rules/confidence.js';
import { allRulesOn, type RuleSwitch } from '../rules/types.js';
import { GRAMMAR_WORDS } from '../lexicon/grammar-words.js';
import { rosterHolder, rosterStateFor, untitledPersonNames } from './officials/roster-lookup.js';
import { preferOffices } from './officials/office-choice.js';
import { findVerbTitles } from './officials/verb-titles.js';
import { regionStateBefore } from './officials/regions.js';
import { officeState, speechState } from './officials/state-cues.js';
import { borrowedOffice, counterpartOwner, fitsBorrowedOffice, type BorrowedOffice } from './officials/counterparts.js';
import { isSurname, pickNamed, shortNameFits } from './officials/short-names.js';
import { asReference, givenNameGender, resolvePluralReferences, resolvePossessives, resolvePronouns, resolveSides, resolveVisitors, type Referent } from './officials/references.js';

type CountrySource = 'explicit' | 'counterpart' | 'descriptor' | 'party' | 'roster' | 'dateline' | 'document';

/** What is known of a person's office, both per mention (Anchor) and per merged person (Rec). */
interface OfficeFacts {
  tokens: string[];
  title: string | null;
  head: string | null;
  portfolio: Portfolio | null;
  country: string | null;
  countrySource: CountrySource | null;
  international: boolean;
  confidence: number;
}

interface Anchor extends OfficeFacts {
  sp: SentencePieces;
  name: NameParse;
  /** a title borrowed from someone else ("his Spanish counterpart"): weaker than one the text gives */
  derived: boolean;
  /** the head of a second office given together ("Deputy Prime Minister and Foreign Minister") */
  altHead?: string;
  /** an office the text says is taken or held now ("was sworn in as"): it wins over the person's other titles */
  current?: boolean;
  /** rules besides ruleId that shaped this mention's facts */
  extraRuleIds?: string[];
  ruleId: string;
}

interface Rec extends OfficeFacts {
  name: string;
  anchors: Anchor[];
  mentions: OfficialMention[];
  aliases: Set<string>;
  ruleIds: Set<string>;
}

const REGNAL = /^(?:i{2,3}|iv|vi{0,3}|ix)$/;
// "John Paul II" and "John Paul" are one person: regnal numbers do not take part in matching
const nameTokens = (text: string): string[] =>
  splitPhrase(text.replace(/['’]s$/u, ''))
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && !REGNAL.test(w));

/** true when `a` names the same person as `b` (b the fuller form or equal) */
function nameFits(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || a.length > b.length) return false;
  if (!a.every((t) => b.includes(t))) return false;
  if (a[a.length - 1] === b[b.length - 1]) return true;
  // "PM Shehbaz" for Shehbaz Sharif, "Lula" for Luiz Inácio Lula da Silva: a given or middle name alone
  return a.length === 1 && shortNameFits(a[0]!, b);
}

const mentionOf = (sp: SentencePieces, from: number, to: number): OfficialMention => {
  const a = sp.pieces[from]!;
  const b = sp.pieces[to - 1]!;
  return { start: a.start, end: b.end, sentence: sp.sentence, firstToken: a.token.index, lastToken: b.token.index };
};

function makeAnchor(sp: SentencePieces, name: NameParse, t: TitlePhrase | null, ruleId: string): Anchor {
  return {
    sp,
    name,
    tokens: nameTokens(name.text),
    title: t ? t.title : null,
    head: t ? t.head.phrase : null,
    portfolio: t?.portfolio ?? null,
    country: t?.country ?? t?.partyCountry ?? null,
    countrySource: t?.country ? 'explicit' : t?.partyCountry ? 'party' : null,
    international: t?.international ?? false,
    derived: false,
    ruleId,
    confidence: CONFIDENCE.officialAnchor[ruleId] ?? CONFIDENCE.officialAnchorDefault,
  };
}

const DETERMINERS = GRAMMAR_WORDS.articles;
const POSSESSORS = GRAMMAR_WORDS.possessivePronouns;

interface Descriptor {
  sp: SentencePieces;
  from: number;
  to: number;
  title: TitlePhrase;
}

interface Counterpart {
  sp: SentencePieces;
  /** pieces[from..to) is "his Pakistani counterpart" */
  from: number;
  to: number;
  country: string | null;
  name: NameParse | null;
}

/** Title-anchored names, appositions, party members; descriptors and counterparts for later passes. */
/**
 * "Castellan's chairman, Giulia Ferraresi,": an office that companies and clubs also have, owned by a
 * capitalised name that is no place, person or title word, is theirs
 */
function companyOwned(t: TitlePhrase, owner: Piece): boolean {
  if (!t.bare || !t.head.orgAmbiguous || !owner.cap || owner.country) return false;
  const tags = owner.token.tags;
  return !['Place', 'Region', 'City', 'Person', 'FirstName', 'LastName'].some((x) => tags.has(x)) && !titleWordAt([owner], 0);
}

const LEADS = GRAMMAR_WORDS.leadVerbs;
const DELEGATIONS = GRAMMAR_WORDS.delegationNouns;

/**
 * State evidence just before a title that the title itself does not carry:
 * "Vietnam's delegation was led by Deputy Prime Minister X" and "its Foreign Ministry spokesman X",
 * where "its" is the state named first in the sentence.
 */
function withContext(a: Anchor, sp: SentencePieces, titleStart: number, countries: readonly CountryMention[]): Anchor {
  if (a.country || a.international) return a;
  const { pieces } = sp;
  // "Ontario Premier Doug Ford": a sub-national office of the region's state (regions.ts)
  const region = regionStateBefore(sp.doc.text, pieces, titleStart, countries);
  if (region) {
    a.country = region;
    a.countrySource = 'descriptor';
    a.extraRuleIds = ['official/country-region'];
    return a;
  }
  const before = pieces[titleStart - 1];
  if (before && before.key === 'its' && !phraseBreaksAfter(before)) {
    const first = countries.find((c) => c.sentence === sp.sentence && c.kind === 'name' && c.start < before.start);
    if (first) {
      a.country = first.code;
      a.countrySource = 'descriptor';
    }
    return a;
  }
  if (before && before.key === 'by' && titleStart >= 2 && LEADS.has(pieces[titleStart - 2]!.key)) {
    for (let k = titleStart - 3; k >= 0 && k >= titleStart - 6; k--) {
      if (phraseBreaksAfter(pieces[k])) break;
      if (!DELEGATIONS.has(pieces[k]!.key)) continue;
      const c = pieces[k - 1]?.country;
      if (c) {
        a.country = c.code;
        a.countrySource = 'explicit';
      }
      break;
    }
  }
  return a;
}

/** capitalised names the article gives as clubs, companies or groups: "club Anderlecht", "FC Porto", "group Nordvik" */
function nonStateNames(sentences: SentencePieces[]): Set<string> {
  const out = new Set<string>();
  for (const { pieces } of sentences) {
    for (let i = 0; i + 1 < pieces.length; i++) {
      const q = pieces[i + 1]!;
      if (phraseBreaksAfter(pieces[i]) || !q.cap || q.country) continue;
      const w = titleWordAt(pieces, i);
      if (w && w.length === 1 && w.value.kind === 'non-state') out.add(q.key);
    }
  }
  return out;
}

/** "his Spanish counterpart Miguel Moratinos": a counterpart phrase at pieces[i]; the index after it, or null. */
function counterpartAt(sp: SentencePieces, i: number, out: Counterpart[]): number | null {
  const { pieces, allCaps } = sp;
  const p = pieces[i]!;
  if (p.key === 'counterpart' || p.key === 'counterparts') {
    let from = i;
    let country: string | null = null;
    while (from > 0 && pieces[from - 1]!.country && !phraseBreaksAfter(pieces[from - 1])) {
      country = pieces[from - 1]!.country!.code;
      from--;
    }
    if (from > 0 && POSSESSORS.has(pieces[from - 1]!.key) && !phraseBreaksAfter(pieces[from - 1])) {
      from--;
      // "his Spanish counterpart Miguel Moratinos" or "his Israeli counterpart, Ariel Sharon"
      const at = phraseBreaksAfter(pieces[i]) && pieces[i]!.punct !== ',' ? -1 : i + 1;
      const name = at >= 0 && p.key === 'counterpart' ? parseName(sp.doc, pieces, at, allCaps) : null;
      out.push({ sp, from, to: i + 1, country, name });
      return name ? name.end : i + 1;
    }
  }
  return null;
}

/** "Labour's Paul Flynn", "Conservative Michael Fallon": a party member at pieces[i]; the index after the name, or null. */
function partyMemberAt(sp: SentencePieces, i: number, out: Anchor[]): number | null {
  const { pieces, allCaps } = sp;
  const p = pieces[i]!;
  const w = titleWordAt(pieces, i);
  if (w && w.value.kind === 'party' && p.cap && (i === 0 || !pieces[i - 1]!.cap || phraseBreaksAfter(pieces[i - 1]))) {
    // "Tory defector Robert Jackson": one common noun may stand between the party and the name
    const noun = pieces[i + w.length];
    const skip = noun && !noun.cap && noun.token.tags.has('Singular') && !phraseBreaksAfter(p) && !phraseBreaksAfter(noun) ? 1 : 0;
    const name = parseName(sp.doc, pieces, i + w.length + skip, allCaps);
    if (name && name.end - name.start >= 2 && name.honorificStart === name.start) {
      const a = makeAnchor(sp, name, null, 'official/party-member');
      a.country = w.value.country ?? null;
      a.countrySource = 'party';
      out.push(a);
      return name.end;
    }
  }
  return null;
}

/**
 * "Deputy Prime Minister and Foreign Minister Ishaq Dar", "the Chairman of the Forum and Governor of
 * Kaduna State, Usman Bello,": two offices of one person; the first is the title, either gives the state.
 * The index after the name, or null.
 */
function twoOfficesAt(sp: SentencePieces, i: number, t: TitlePhrase, countries: readonly CountryMention[], out: Anchor[]): number | null {
  const { pieces, allCaps } = sp;
  const last = pieces[t.end - 1]!;
  const and = pieces[t.end];
  if (and && and.key === 'and' && !titleBreaksAfter(last) && !phraseBreaksAfter(and)) {
    // "and Coordinating Minister of the Economy": one unlisted capitalised word may open the second office
    const opener = pieces[t.end + 1];
    const second =
      parseTitle(sp.doc, pieces, t.end + 1) ??
      (opener && opener.cap && !opener.country && !phraseBreaksAfter(opener) && !['Person', 'FirstName', 'LastName'].some((x) => opener.token.tags.has(x)) ? parseTitle(sp.doc, pieces, t.end + 2) : null);
    const det = i > 0 && (DETERMINERS.has(pieces[i - 1]!.key) || POSSESSORS.has(pieces[i - 1]!.key));
    if (second && !second.head.plural && !second.nonState && pieces[i]!.cap && pieces[t.end + 1]!.cap) {
      // the first office is the title, unless only the second is surely a public one ("Chairman of the
      // Governors' Forum and Governor of Kano State")
      const [main, other] = t.head.orgAmbiguous && !second.head.orgAmbiguous ? [second, t] : [t, second];
      const merged: TitlePhrase = { ...main, start: t.start, countryFirst: t.countryFirst, portfolio: main.portfolio ?? other.portfolio, country: t.country ?? second.country, international: t.international && second.international };
      const end2 = pieces[second.end - 1]!;
      let name: NameParse | null = null;
      let rule = 'official/title-name';
      if (!titleBreaksAfter(end2) && !det) name = parseName(sp.doc, pieces, second.end, allCaps, true);
      else if (end2.punct === ',' && (i === 0 || t.countryFirst || det)) {
        const n = parseName(sp.doc, pieces, second.end, allCaps);
        if (n && (n.end === pieces.length || phraseBreaksAfter(pieces[n.end - 1]))) name = n;
        rule = 'official/title-comma-name';
      }
      if (name) {
        const a = withContext(makeAnchor(sp, name, merged, rule), sp, i, countries);
        a.altHead = other.head.phrase;
        out.push(a);
        return name.end;
      }
    }
  }
  return null;
}

/** "Deputy Prime Minister/Foreign Minister Ishaq Dar": the first office is the title. The index after the name, or null. */
function slashOfficesAt(sp: SentencePieces, t: TitlePhrase, out: Anchor[]): number | null {
  const { pieces, allCaps } = sp;
  const last = pieces[t.end - 1]!;
  if (last.punct.includes('/') && !phraseBreaksAfter(last)) {
    const second = parseTitle(sp.doc, pieces, t.end);
    const name = second && !phraseBreaksAfter(pieces[second.end - 1]) ? parseName(sp.doc, pieces, second.end, allCaps) : null;
    if (second && name) {
      out.push(makeAnchor(sp, name, { ...t, portfolio: t.portfolio ?? second.portfolio, country: t.country ?? second.country }, 'official/title-name'));
      return name.end;
    }
  }
  return null;
}

/** A title at pieces[i] and the name it introduces (before or after it), or a descriptive mention. The index after them. */
function titleAnchorsAt(sp: SentencePieces, i: number, t: TitlePhrase, countries: readonly CountryMention[], anchors: Anchor[], descriptors: Descriptor[]): number {
  const { pieces, allCaps } = sp;
  const last = pieces[t.end - 1]!;
  if (!titleBreaksAfter(last) && !last.punct.includes('/')) {
    const name = parseName(sp.doc, pieces, t.end, allCaps, true);
    if (name) {
      const a = withContext(makeAnchor(sp, name, t, 'official/title-name'), sp, i, countries);
      // "President Musharraf of Pakistan"
      const of = pieces[name.end];
      const c = of && of.key === 'of' && !phraseBreaksAfter(pieces[name.end - 1]) && !phraseBreaksAfter(of) ? pieces[name.end + 1]?.country : undefined;
      if (c && !t.country && !t.international) {
        a.country = c.code;
        a.countrySource = 'explicit';
      }
      anchors.push(a);
      return name.end;
    }
  } else if (last.punct === ',' && (i === 0 || t.countryFirst || DETERMINERS.has(pieces[i - 1]?.key ?? '') || (!!pieces[i - 1]?.possessive && !companyOwned(t, pieces[i - 1]!)))) {
    // "Pakistan's foreign minister, Ishaq Dar, said"
    const name = parseName(sp.doc, pieces, t.end, allCaps);
    if (name && (name.end === pieces.length || phraseBreaksAfter(pieces[name.end - 1]))) {
      anchors.push(withContext(makeAnchor(sp, name, t, 'official/title-comma-name'), sp, i, countries));
      return name.end;
    }
  }
  // "X, Pakistan's prime minister," / "X, the foreign minister of Y"
  const appositive = findAppositiveName(sp, i);
  const next = pieces[t.end];
  // the apposition is the whole noun phrase: "the Scottish premier division" is no title
  const closes = !next || phraseBreaksAfter(last) || (!next.cap && !(next.token.tags.has('Noun') && !next.token.tags.has('Verb')));
  if (appositive && closes) {
    anchors.push(makeAnchor(sp, appositive, t, 'official/appositive'));
  } else {
    const before = pieces[i - 1];
    if (before && (DETERMINERS.has(before.key) || before.key === 'this') && !phraseBreaksAfter(before)) descriptors.push({ sp, from: i - 1, to: t.end, title: t });
    else if (t.countryFirst) descriptors.push({ sp, from: i, to: t.end, title: t });
  }
  return t.end;
}

/** the state right after pieces[k-1] as "of Sweden": [code, index after it], or null */
function ofCountryAt(pieces: readonly Piece[], k: number): [string, number] | null {
  const c = pieces[k + 1]?.country;
  if (pieces[k]?.key !== 'of' || phraseBreaksAfter(pieces[k]) || !c) return null;
  let e = k + 1;
  while (e < pieces.length && pieces[e]!.country === c) e++;
  return [c.code, e];
}

/**
 * "Prime Ministers Ana Silva of Portugal and Li Wei of China", "their energy ministers, A of Kenya and
 * B of Tanzania", "the foreign ministers of Chile and Peru, A and B": one office over several names,
 * each with their own state. The index after the last name, or null when no two names follow.
 */
function pluralTitleAt(sp: SentencePieces, t: TitlePhrase, out: Anchor[]): number | null {
  const { pieces, allCaps } = sp;
  let k = t.end;
  // "of Chile and Peru, A and B": states given before the names, in their order
  const states: string[] = t.country ? [t.country] : [];
  if (t.country && pieces[k]?.key === 'and' && !phraseBreaksAfter(pieces[k]) && pieces[k + 1]?.country) {
    const c = pieces[k + 1]!.country!;
    states.push(c.code);
    k++;
    while (k < pieces.length && pieces[k]!.country === c) k++;
  }
  const last = pieces[k - 1]!;
  if (phraseBreaksAfter(last) && last.punct !== ',') return null;
  const names: Array<{ name: NameParse; country: string | null }> = [];
  while (k < pieces.length && names.length < 6) {
    const name = parseName(sp.doc, pieces, k, allCaps, names.length === 0 && !phraseBreaksAfter(last));
    if (!name) break;
    let e = name.end;
    const of = phraseBreaksAfter(pieces[e - 1]) ? null : ofCountryAt(pieces, e);
    if (of) e = of[1];
    names.push({ name, country: of ? of[0] : null });
    const end = pieces[e - 1]!;
    if (end.punct === ',' && pieces[e]?.key === 'and' && !phraseBreaksAfter(pieces[e])) k = e + 1;
    else if (end.punct === ',') k = e;
    else if (!phraseBreaksAfter(end) && pieces[e]?.key === 'and' && !phraseBreaksAfter(pieces[e])) k = e + 1;
    else {
      k = e;
      break;
    }
  }
  if (names.length < 2) return null;
  const singular: TitlePhrase = { ...t, title: t.title.replace(/s$/, ''), head: { ...t.head, phrase: t.head.phrase.replace(/s$/, ''), plural: false } };
  names.forEach(({ name, country }, n) => {
    const own = country ?? (states.length === names.length ? states[n]! : states.length === 1 ? states[0]! : null);
    const a = makeAnchor(sp, name, { ...singular, country: own }, 'official/plural-title');
    a.countrySource = own ? 'explicit' : null;
    out.push(a);
  });
  return names[names.length - 1]!.name.end;
}

function findAnchors(sentences: SentencePieces[], countries: readonly CountryMention[]): { anchors: Anchor[]; descriptors: Descriptor[]; counterparts: Counterpart[] } {
  const anchors: Anchor[] = [];
  const descriptors: Descriptor[] = [];
  const counterparts: Counterpart[] = [];
  const orgNames = nonStateNames(sentences);
  for (const sp of sentences) {
    const { pieces } = sp;
    for (let i = 0; i < pieces.length; ) {
      const afterCounterpart = counterpartAt(sp, i, counterparts);
      if (afterCounterpart !== null) {
        i = afterCounterpart;
        continue;
      }
      const t = parseTitle(sp.doc, pieces, i);
      if (!t) {
        i = partyMemberAt(sp, i, anchors) ?? i + 1;
        continue;
      }
      // "Celtic chairman X" in an article that also says "club Celtic" / "FC Celtic": the club's office
      const owner = pieces[i - 1];
      const orgOffice = t.bare && !!t.head.orgAmbiguous && !!owner && !phraseBreaksAfter(owner) && orgNames.has(owner.key);
      if (t.head.plural && !t.nonState && !orgOffice) {
        i = pluralTitleAt(sp, t, anchors) ?? t.end;
        continue;
      }
      if (t.head.plural || t.nonState || orgOffice) {
        i = t.end;
        continue;
      }
      i = twoOfficesAt(sp, i, t, countries, anchors) ?? slashOfficesAt(sp, t, anchors) ?? titleAnchorsAt(sp, i, t, countries, anchors, descriptors);
    }
  }
  return { anchors, descriptors, counterparts };
}


/** The name just before a comma that precedes the title at pieces[titleStart] (after "the"/"a"). */
function findAppositiveName(sp: SentencePieces, titleStart: number): NameParse | null {
  const { pieces, allCaps } = sp;
  let c = titleStart - 1;
  // "Ruth Kemp, Ohio's attorney general,": a region or city that owns the office
  const owner = pieces[c];
  if (owner && owner.possessive && owner.cap && !phraseBreaksAfter(owner) && ['Place', 'Region', 'City'].some((x) => owner.token.tags.has(x))) c--;
  if (c >= 0 && DETERMINERS.has(pieces[c]!.key)) c--;
  const comma = pieces[c];
  if (!comma || comma.punct !== ',') return null;
  let k = c;
  while (k > 0 && !phraseBreaksAfter(pieces[k - 1]) && (pieces[k - 1]!.cap || pieces[k - 1]!.key.length <= 3) && c - k < 4) k--;
  for (let s = k; s <= c; s++) {
    const prev = pieces[s - 1];
    if (prev && prev.cap && !phraseBreaksAfter(prev)) continue;
    const name = parseName(sp.doc, pieces, s, allCaps);
    if (name && name.end === c + 1) return name;
  }
  return null;
}

function addMention(rec: Rec, m: OfficialMention, alias: string | null): void {
  if (!rec.mentions.some((x) => x.start === m.start && x.end === m.end)) rec.mentions.push(m);
  if (alias) rec.aliases.add(alias);
}

function groupAnchors(anchors: Anchor[]): Rec[] {
  const recs: Rec[] = [];
  const order = [...anchors].sort((a, b) => b.tokens.length - a.tokens.length);
  for (const a of order) {
    if (a.tokens.length === 0) continue;
    let rec = recs.find((r) => nameFits(a.tokens, r.tokens));
    if (!rec) {
      rec = {
        tokens: a.tokens,
        name: a.name.text,
        anchors: [],
        mentions: [],
        aliases: new Set(),
        ruleIds: new Set(),
        title: null,
        head: null,
        portfolio: null,
        country: null,
        countrySource: null,
        international: false,
        confidence: 0,
      };
      recs.push(rec);
    } else if (a.tokens.length === rec.tokens.length && !isAllCaps(a.name.text) && (isAllCaps(rec.name) || a.name.text.length > rec.name.length)) {
      rec.name = a.name.text;
    }
    rec.anchors.push(a);
  }
  return recs;
}

const isAllCaps = (s: string): boolean => isAllCapsText(s, 2);

const wordCount = (s: string): number => s.split(/[\s-]+/).length;

function settle(rec: Rec, rules: RuleSwitch = allRulesOn): void {
  const titled = rec.anchors.filter((a) => a.title);
  const own = titled.filter((a) => !a.derived);
  const offices = preferOffices(own.length ? own : titled, rec.ruleIds, rules.isOn('official/office-over-rank'));
  const current = offices.filter((a) => a.current);
  const pool = current.length ? current : offices;
  let best: Anchor | undefined;
  for (const a of pool) if (!best || wordCount(a.title!) > wordCount(best.title!)) best = a;
  rec.title = best?.title ?? null;
  rec.head = best?.head ?? null;
  rec.portfolio = best?.portfolio ?? pool.find((a) => a.portfolio)?.portfolio ?? null;
  const rank: Record<CountrySource, number> = { explicit: 0, counterpart: 1, descriptor: 2, party: 3, roster: 4, dateline: 5, document: 6 };
  const counted = new Map<string, { n: number; source: CountrySource }>();
  for (const a of rec.anchors) {
    if (!a.country || !a.countrySource) continue;
    const c = counted.get(a.country) ?? { n: 0, source: a.countrySource };
    c.n += a.countrySource === 'explicit' ? 2 : 1;
    if (rank[a.countrySource] < rank[c.source]) c.source = a.countrySource;
    counted.set(a.country, c);
  }
  const sorted = [...counted].sort((x, y) => rank[x[1].source] - rank[y[1].source] || y[1].n - x[1].n);
  rec.country = sorted[0]?.[0] ?? null;
  rec.countrySource = sorted[0]?.[1].source ?? null;
  rec.international = rec.country === null && rec.anchors.some((a) => a.international);
  rec.confidence = Math.max(...rec.anchors.map((a) => a.confidence));
  for (const a of rec.anchors) for (const id of [a.ruleId, ...(a.extraRuleIds ?? [])]) rec.ruleIds.add(id);
}

/** Every later form of a known name: "Mr Naqvi", "Erdogan", "NAKASONE". */
function findNameMentions(sentences: SentencePieces[], recs: Rec[], rules: RuleSwitch): void {
  const on = (id: string): boolean => rules.isOn(id);
  const lastNames = new Set(recs.flatMap((r) => r.tokens));
  // token indices already inside a mention (a set, so long documents stay linear)
  const covered = new Set<number>();
  for (const r of recs) for (const m of r.mentions) for (let t = m.firstToken; t <= m.lastToken; t++) covered.add(t);
  const { honorifics } = loadOfficialsLexicon();
  for (const sp of sentences) {
    const { pieces, allCaps } = sp;
    for (let i = 0; i < pieces.length; ) {
      const p = pieces[i]!;
      // a run of honorifics ("Mr. Mr. Mr.") is read from its first word only: long runs would turn quadratic
      const inRun = i > 0 && honorifics.has(p.key) && honorifics.has(pieces[i - 1]!.key);
      if (!p.cap || inRun || (i > 0 && pieces[i - 1]!.cap && !phraseBreaksAfter(pieces[i - 1]) && !pieces[i - 1]!.country && !titleWordAt(pieces, i - 1))) {
        i++;
        continue;
      }
      const name = covered.has(p.token.index) ? null : parseName(sp.doc, pieces, i, allCaps);
      if (!name || !nameTokens(name.text).some((t) => lastNames.has(t))) {
        i++;
        continue;
      }
      const toks = nameTokens(name.text);
      const fits = recs.filter((r) => nameFits(toks, r.tokens));
      const rec = pickNamed(toks, fits);
      const short = !!rec && toks.length === 1 && !isSurname(toks[0]!, rec.tokens);
      if (rec && (!short || on('official/short-name'))) {
        if (short) rec.ruleIds.add('official/short-name');
        const honorific = name.honorificStart < name.start;
        const m = mentionOf(sp, honorific ? name.honorificStart : name.start, name.end);
        const text = sp.doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
        addMention(rec, m, text);
      }
      i = name.end;
    }
  }
}

/** an official with no state of their own, paired with an office holder from state `not` */
interface Side {
  rec: Rec;
  not: string;
}

function counterpartAnchor(cp: Counterpart, name: NameParse, office: BorrowedOffice, extraRuleIds: string[]): Anchor {
  return {
    sp: cp.sp,
    name,
    tokens: nameTokens(name.text),
    title: office.title,
    head: office.head,
    portfolio: office.portfolio,
    country: cp.country,
    countrySource: cp.country ? 'explicit' : null,
    international: false,
    derived: true,
    ruleId: 'official/counterpart',
    extraRuleIds,
    confidence: CONFIDENCE.officialAnchor['official/counterpart']!,
  };
}

function resolveCounterparts(counterparts: Counterpart[], recs: Rec[], anchorsOut: Anchor[], sides: Side[], rules: RuleSwitch): void {
  const bySubject = rules.isOn('official/counterpart-subject');
  const byState = rules.isOn('official/counterpart-office');
  for (const cp of counterparts) {
    // the possessor: the subject the pronoun refers to (counterparts.ts), or the official mentioned last
    const at = { sentence: cp.sp.sentence, start: cp.sp.pieces[cp.from]!.start };
    const possessive = cp.sp.pieces[cp.from]!.key;
    const owner = counterpartOwner(recs, at, cp.country, possessive, genderOf, bySubject);
    if (!owner || !owner.title) {
      // "his Brazilian counterpart Mauro Vieira" whose possessor holds no known office: an official of that state all the same
      if (bySubject && cp.name && cp.country) anchorsOut.push(counterpartAnchor(cp, cp.name, { title: null, head: null, portfolio: null }, []));
      continue;
    }
    if (bySubject && owner !== counterpartOwner(recs, at, cp.country, possessive, genderOf, false)) owner.ruleIds.add('official/counterpart-subject');
    // "Prime Minister A and his Indian counterpart": A is the other side, whether or not B is named here
    if (cp.country && !owner.country) sides.push({ rec: owner, not: cp.country });
    const office = borrowedOffice(owner, cp.country, byState);
    const byStateName = byState && office.title !== borrowedOffice(owner, cp.country, false).title;
    if (cp.name) {
      anchorsOut.push(counterpartAnchor(cp, cp.name, office, byStateName ? ['official/counterpart-office'] : []));
      continue;
    }
    if (!cp.country) continue;
    // "his Pakistani counterpart" unnamed here: the one other official with that office and no other
    // country; named later with the office's head alone ("the Tanzanian minister, Ali Juma"), they take it whole
    const candidates = recs.filter(
      (r) => r !== owner && (r.country === null || r.country === cp.country) && r.country !== owner.country &&
        ((r.head === owner.head && (r.portfolio?.name ?? null) === (owner.portfolio?.name ?? null)) || (byState && fitsBorrowedOffice(r, office))),
    );
    if (candidates.length !== 1) continue;
    const r = candidates[0]!;
    addMention(r, asReference(mentionOf(cp.sp, cp.from, cp.to)), null);
    r.ruleIds.add('official/counterpart');
    if (byState && !r.portfolio && office.portfolio) {
      r.title = office.title;
      r.portfolio = office.portfolio;
      r.ruleIds.add('official/counterpart-office');
    }
    if ((r.country === null || r.countrySource !== 'explicit') && rules.isOn('official/country-counterpart')) {
      r.country = cp.country;
      r.countrySource = 'counterpart';
      r.ruleIds.add('official/country-counterpart');
    }
  }
}

/** "the Turkish interior minister", "the prime minister": the one record that fits. */
function resolveDescriptors(descriptors: Descriptor[], recs: Rec[], rules: RuleSwitch): Descriptor[] {
  if (!rules.isOn('official/descriptive')) return descriptors;
  const unresolved: Descriptor[] = [];
  for (const d of descriptors) {
    const t = d.title;
    const start = d.sp.pieces[d.from]!.start;
    let fits = recs.filter((r) => {
      if (r.head !== t.head.phrase) return false;
      if (t.portfolio && r.portfolio?.name !== t.portfolio.name) return false;
      if (t.country && r.country !== null && r.country !== t.country) return false;
      // "the French president" is no international official ("the president of the European Commission")
      if (t.country && r.international && rules.isOn('official/roster-descriptive')) return false;
      return true;
    });
    if (t.country && fits.some((r) => r.country === t.country)) fits = fits.filter((r) => r.country === t.country);
    // the fitting official mentioned most recently before, or the only one
    let pick: Rec | undefined;
    if (fits.length === 1) pick = fits[0];
    else if (fits.length > 1) {
      let best = -1;
      for (const r of fits) for (const m of r.mentions) if (m.start < start && m.start > best) {
        best = m.start;
        pick = r;
      }
      const other = fits.filter((r) => r !== pick && r.mentions.some((m) => m.start < start));
      if (other.length) pick = undefined;
    }
    if (!pick) {
      if (fits.length === 0) unresolved.push(d);
      continue;
    }
    addMention(pick, asReference(mentionOf(d.sp, d.from, d.to)), null);
    pick.ruleIds.add('official/descriptive');
    // "the British prime minister" says whose prime minister a title-only introduction meant
    if (t.country && pick.country === null && !pick.international && rules.isOn('official/country-descriptive')) {
      pick.country = t.country;
      pick.countrySource = 'descriptor';
      pick.ruleIds.add('official/country-descriptive');
    }
  }
  return unresolved;
}

interface Candidate {
  name: NameParse;
  sp: SentencePieces;
  tokens: string[];
  /** sentences where "Mr Surname" or the full name occurs */
  sentences: Set<number>;
  honorifics: number;
}

const PERSONAL_HONORIFICS = GRAMMAR_WORDS.personalHonorifics;

/**
 * British and wire copy often introduce the office once as "the chancellor" and the person only as
 * "Gordon Brown" / "Mr Brown". A definite title that fits no titled official is given to the person,
 * named in full and with an honorific, who was mentioned in the sentences just before it (and not in
 * the same sentence, where "Mr Brown told the prime minister" means two people).
 */
function linkUnresolvedDescriptors(sentences: SentencePieces[], unresolved: Descriptor[], recs: Rec[]): Rec[] {
  const definite = unresolved.filter((d) => d.sp.pieces[d.from]?.key === 'the' && !d.title.country && !d.title.international);
  if (definite.length === 0) return [];
  const known = (toks: string[]): boolean => recs.some((r) => nameFits(toks, r.tokens) || nameFits(r.tokens, toks));
  const bySurname = new Map<string, Candidate>();
  for (const sp of sentences) {
    const { pieces, allCaps } = sp;
    if (allCaps) continue;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      if (!p.cap) continue;
      const honorific = PERSONAL_HONORIFICS.has(p.key) && (!phraseBreaksAfter(p) || p.punct === '.');
      if (!honorific && (i > 0 && pieces[i - 1]!.cap && !phraseBreaksAfter(pieces[i - 1]))) continue;
      const name = parseName(sp.doc, pieces, honorific ? i : i, allCaps);
      if (!name) continue;
      const toks = nameTokens(name.text);
      const surname = toks[toks.length - 1];
      if (!surname || known(toks)) continue;
      const full = toks.length >= 2 && toks.length <= 3 && !honorific && pieces[name.start]!.token.tags.has('FirstName');
      if (!honorific && !full) continue;
      let c = bySurname.get(surname);
      if (!c && full) {
        c = { name, sp, tokens: toks, sentences: new Set(), honorifics: 0 };
        bySurname.set(surname, c);
      }
      if (!c) {
        // an honorific form seen before the full name: count it once the full name turns up
        c = { name, sp, tokens: [], sentences: new Set(), honorifics: 0 };
        bySurname.set(surname, c);
      } else if (full && c.tokens.length === 0) {
        c.name = name;
        c.sp = sp;
        c.tokens = toks;
      }
      c.sentences.add(sp.sentence);
      if (honorific) c.honorifics++;
      i = name.end - 1;
    }
  }
  const people = [...bySurname.values()].filter((c) => c.tokens.length >= 2 && c.honorifics >= 1);
  if (people.length === 0) return [];
  const groups = new Map<string, Descriptor[]>();
  for (const d of definite) {
    const key = `${d.title.head.phrase}|${d.title.portfolio?.name ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const votes: Array<{ key: string; c: Candidate; n: number }> = [];
  for (const [key, ds] of groups) {
    for (const c of people) {
      let n = 0;
      for (const d of ds) {
        const s = d.sp.sentence;
        if (c.sentences.has(s)) n -= 3;
        else if (c.sentences.has(s - 1)) n += 2;
        else if (c.sentences.has(s - 2)) n += 1;
      }
      if (n > 0) votes.push({ key, c, n });
    }
  }
  votes.sort((a, b) => b.n - a.n);
  const usedKeys = new Set<string>();
  const usedPeople = new Set<Candidate>();
  const out: Rec[] = [];
  for (const v of votes) {
    if (usedKeys.has(v.key) || usedPeople.has(v.c)) continue;
    // a tie between two people for the same office is no evidence for either
    if (votes.some((w) => w !== v && w.key === v.key && w.n === v.n && !usedPeople.has(w.c))) continue;
    usedKeys.add(v.key);
    usedPeople.add(v.c);
    const ds = groups.get(v.key)!;
    const t = ds[0]!.title;
    const a = makeAnchor(v.c.sp, v.c.name, t, 'official/descriptor-link');
    const rec = groupAnchors([a])[0]!;
    settle(rec);
    addMention(rec, mentionOf(v.c.sp, v.c.name.start, v.c.name.end), null);
    for (const d of ds) addMention(rec, asReference(mentionOf(d.sp, d.from, d.to)), null);
    out.push(rec);
  }
  return out;
}

/** The state whose institutions the article names most ("Downing Street", "the Knesset"), if any. */
function countryByInstitutions(sentences: SentencePieces[]): string | null {
  const { homeCues } = loadOfficialsLexicon();
  const counts = new Map<string, number>();
  for (const { pieces } of sentences) {
    for (let i = 0; i < pieces.length; i++) {
      if (!pieces[i]!.cap) continue;
      const hit = longestMatch(homeCues, i, (k) => (k > i && phraseBreaksAfter(pieces[k - 1]) ? undefined : pieces[k]?.key));
      if (!hit) continue;
      counts.set(hit.value, (counts.get(hit.value) ?? 0) + 1);
      i += hit.length - 1;
    }
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const top = sorted[0];
  if (!top || (sorted[1] && sorted[1][1] === top[1])) return null;
  return top[0];
}

/** the country the article names most apart from `not`, when one leads the rest */
function mostNamedExcept(ctx: ExtractContext, not: string): string | null {
  const counts = new Map<string, number>();
  for (const c of ctx.countries) if (c.code !== not) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  if (counts.size === 0) return null;
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const top = sorted[0];
  if (!top || (sorted[1] && sorted[1][1] === top[1])) return null;
  return top[0];
}

const headsOf = (r: Rec): Set<string> => new Set(r.anchors.flatMap((a) => [a.head, a.altHead]).filter((h): h is string => !!h));

/** the same office in two governments: a shared head, and the same portfolio when both have one */
function sameOffice(a: Rec, b: Rec): boolean {
  if (a.portfolio && b.portfolio && a.portfolio.name !== b.portfolio.name) return false;
  const hb = headsOf(b);
  return [...headsOf(a)].some((h) => hb.has(h));
}

/**
 * "A received the Foreign Minister of Z, B", "Whitmore is expected to hold talks with Prime Minister
 * Khanna": a meeting verb between the two in one sentence, each named there (by any form of the name)
 */
function pairedInSentence(r: Rec, o: Rec, sentences: readonly SentencePieces[]): boolean {
  const { pairVerbs } = loadOfficialsLexicon();
  const named = (x: Rec): OfficialMention[] => x.mentions.filter((m) => m.kind !== 'reference');
  const others = named(o);
  for (const a of named(r)) {
    for (const b of others) {
      if (b.sentence !== a.sentence) continue;
      const [x, y] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
      const between = sentences[a.sentence]?.pieces.filter((p) => p.start >= x && p.end <= y) ?? [];
      if (between.some((p) => pairVerbs.has(p.key))) return true;
    }
  }
  return false;
}

/**
 * "Prime Minister A and his Indian counterpart B", "Foreign Minister A received the Foreign Minister of
 * Uzbekistan, B": an official with no state of their own, paired in one sentence with the holder of the
 * same office from state Z, is the other side, the state the article names most after Z. Returns that
 * state (the host, for other unplaced officials), or null.
 */
function placeOtherSide(recs: Rec[], ctx: ExtractContext, sides: Side[], sentences: readonly SentencePieces[]): { home: string | null; not: Map<Rec, Set<string>> } {
  let home: string | null = null;
  const nots = new Map<Rec, Set<string>>();
  const add = (r: Rec, c: string): void => {
    nots.set(r, (nots.get(r) ?? new Set()).add(c));
  };
  for (const s of sides) if (!s.rec.country && !s.rec.international) add(s.rec, s.not);
  for (const r of recs) {
    if (r.country || r.international || !r.title || nots.has(r)) continue;
    const partner = recs.find(
      (o) => o !== r && o.country && !o.international && o.countrySource === 'explicit' && sameOffice(o, r) && pairedInSentence(r, o, sentences),
    );
    if (partner) add(r, partner.country!);
  }
  const not = new Map<Rec, string>();
  for (const [r, set] of nots) {
    // counterparts from two states ("his Russian counterpart", later "his Canadian counterpart"): no one other side
    if (set.size !== 1) continue;
    const z = [...set][0]!;
    not.set(r, z);
  }
  for (const [r, z] of not) {
    if (!ctx.rules.isOn('official/country-other-side')) break;
    const other = mostNamedExcept(ctx, z);
    if (!other) continue;
    r.country = other;
    r.countrySource = 'counterpart';
    r.ruleIds.add('official/country-other-side');
    nots.delete(r);
    home ??= other;
  }
  return { home, not: nots };
}

function countryByDocument(ctx: ExtractContext): string | null {
  const counts = new Map<string, number>();
  for (const c of ctx.countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const top = sorted[0];
  if (!top) return null;
  // only a clear majority speaks for the whole article
  if (sorted[1] && sorted[1][1] * 2 > top[1]) return null;
  return top[0];
}

/** One record per person from the anchors, with every mention of their name. */
function recordsFromAnchors(ctx: ExtractContext, sentences: SentencePieces[], anchors: Anchor[]): Rec[] {
  const recs = groupAnchors(anchors);
  for (const r of recs) {
    settle(r, ctx.rules);
    for (const a of r.anchors) {
      const honorific = a.name.honorificStart < a.name.start;
      const abbreviated = a.title !== null && a.head !== null && a.name.start > 0 && /^(pm|fm)$/.test(a.sp.pieces[a.name.start - 1]!.key);
      const from = abbreviated ? a.name.start - 1 : honorific ? a.name.honorificStart : a.name.start;
      const m = mentionOf(a.sp, from, a.name.end);
      const text = ctx.doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
      addMention(r, m, text);
    }
  }
  findNameMentions(sentences, recs, ctx.rules);
  return recs;
}

/** Named counterparts join or start records; then everyone's mentions are looked up again. */
function mergeCounterparts(sentences: SentencePieces[], recs: Rec[], extra: Anchor[], rules: RuleSwitch): Rec[] {
  for (const a of extra) {
    const r = recs.find((x) => nameFits(a.tokens, x.tokens) || nameFits(x.tokens, a.tokens));
    if (r) {
      r.anchors.push(a);
      if (a.tokens.length > r.tokens.length) {
        r.tokens = a.tokens;
        r.name = a.name.text;
      }
    } else recs.push(...groupAnchors([a]));
  }
  const merged = recs.map((r) => {
    const keep = { mentions: r.mentions, aliases: r.aliases, country: r.country, countrySource: r.countrySource, ruleIds: r.ruleIds };
    settle(r, rules);
    if ((keep.countrySource === 'counterpart' || keep.countrySource === 'descriptor') && !r.country) {
      r.country = keep.country;
      r.countrySource = keep.countrySource;
    }
    for (const a of r.anchors) addMention(r, mentionOf(a.sp, a.name.start, a.name.end), null);
    return r;
  });
  findNameMentions(sentences, merged, rules);
  return merged;
}

/** What the country fallbacks of one document know. */
interface CountryEvidence {
  on: (id: string) => boolean;
  mentioned: ReadonlySet<string>;
  notCountry: Map<Rec, Set<string>>;
  dateline: string | null;
  homeCountry: string | null;
  hostCountry: string | null;
  documentCountry: string | null;
  /** the roster's state for a titled official the text leaves unplaced, or null */
  rosterCountry: (r: Rec) => { country: string; ruleId: string } | null;
  /** the state the official's own words or office point to (state-cues.ts), or null */
  textState: (r: Rec) => { country: string; ruleId: 'official/country-speech' | 'official/country-office' } | null;
}

/** The record as output: its state settled (or taken from weaker evidence, at a cost), its aliases cleaned. */
function finishRecord(r: Rec, ev: CountryEvidence): OfficialDraft {
  const { on, mentioned, notCountry, dateline, homeCountry, hostCountry, documentCountry } = ev;
  let country = r.country;
  let evidence: OfficialDraft['evidence'] = r.countrySource === 'roster' || r.ruleIds.has('official/roster') ? 'roster' : 'text';
  // text evidence before the roster: "Canberra would provide ..., Foreign Minister X said", "the home secretary"
  // (also over a state only guessed from a same-office pairing, the most-named other state)
  const guessed = r.countrySource === 'counterpart' && r.ruleIds.has('official/country-other-side');
  if ((country === null || guessed) && !r.international && r.countrySource !== 'party') {
    const t = ev.textState(r);
    if (t && t.country !== country && !notCountry.get(r)?.has(t.country)) {
      country = t.country;
      r.confidence -= CONFIDENCE.officialCountryFallback[t.ruleId];
      r.ruleIds.delete('official/country-other-side');
      r.ruleIds.add(t.ruleId);
    }
  }
  // a foreign official under a dateline: the roster's state before the dateline's, never before the text's
  if (country === null && !r.international && r.countrySource !== 'party') {
    const c = ev.rosterCountry(r);
    if (c && !notCountry.get(r)?.has(c.country)) {
      country = c.country;
      evidence = 'roster';
      r.ruleIds.add(c.ruleId);
    }
  }
  let confidence = r.confidence;
  const ruleIds = [...r.ruleIds];
  // a state inferred from the pairing, not stated
  if (r.ruleIds.has('official/country-other-side')) confidence -= CONFIDENCE.officialOtherSide;
  // party names repeat across states (Labour in Britain and in Israel): trust the lexicon's country only
  // when the article itself is about that state
  if (r.countrySource === 'party' && ((mentioned.size > 0 && country && !mentioned.has(country)) || !on('official/country-party'))) country = null;
  else if (r.countrySource === 'party') ruleIds.push('official/country-party');
  // the partner's state is the one state a paired official is known not to serve
  const excluded = notCountry.get(r);
  if (country === null && !r.international && excluded) {
    for (const [c, rule] of [[dateline, 'official/country-dateline'], [homeCountry, 'official/country-institutions'], [hostCountry, 'official/country-host'], [documentCountry, 'official/country-document']] as const) {
      if (!c || excluded.has(c) || !on(rule)) continue;
      country = c;
      if (rule === 'official/country-dateline') evidence = 'dateline';
      confidence -= CONFIDENCE.officialCountryExcluded;
      ruleIds.push(rule);
      break;
    }
  } else if (country === null && !r.international) {
    // weaker evidence, in order of trust, each costing confidence
    const fallbacks: Array<[string | null | undefined, number, string]> = [
      [dateline, CONFIDENCE.officialCountryFallback['official/country-dateline'], 'official/country-dateline'],
      [homeCountry, CONFIDENCE.officialCountryFallback['official/country-institutions'], 'official/country-institutions'],
      [hostCountry, CONFIDENCE.officialCountryFallback['official/country-host'], 'official/country-host'],
      [documentCountry, CONFIDENCE.officialCountryFallback['official/country-document'], 'official/country-document'],
    ];
    const hit = fallbacks.find(([c, , rule]) => c && on(rule));
    if (hit) {
      country = hit[0]!;
      confidence -= hit[1];
      ruleIds.push(hit[2]);
    }
  }
  if (ruleIds.includes('official/country-dateline')) evidence = 'dateline';
  r.mentions.sort((a, b) => a.start - b.start);
  // "NAWAZ SHARIF" in a capitals headline is the name itself, not another form of it
  const aliases = [...new Map([...r.aliases].filter((x) => x.toLowerCase() !== r.name.toLowerCase()).map((x) => [x.toLowerCase(), x])).values()];
  return {
    name: r.name,
    title: r.title,
    portfolio: r.portfolio?.name ?? null,
    country,
    aliases,
    mentions: r.mentions,
    confidence: Math.round(Math.max(CONFIDENCE.officialFloor, confidence) * 100) / 100,
    ruleIds,
    evidence,
  };
}

/** "Blair and Brown clashed again": people the text gives no office whom the roster knows to hold one that day */
function rosterOfficials(ctx: ExtractContext, sentences: SentencePieces[], recs: Rec[]): Rec[] {
  const covered = new Set<number>();
  for (const r of recs) for (const m of r.mentions) for (let t = m.firstToken; t <= m.lastToken; t++) covered.add(t);
  const anchors: Anchor[] = [];
  const tried = new Map<string, ReturnType<typeof rosterHolder>>();
  for (const { sp, name } of untitledPersonNames(sentences, covered)) {
    const tokens = nameTokens(name.text);
    if (recs.some((r) => nameFits(tokens, r.tokens) || nameFits(r.tokens, tokens))) continue;
    const key = tokens.join(' ');
    let holder = tried.get(key);
    if (holder === undefined) tried.set(key, (holder = rosterHolder(ctx, tokens)));
    if (!holder) continue;
    const a = makeAnchor(sp, name, null, 'official/roster');
    a.title = holder.title;
    a.country = holder.country;
    a.countrySource = holder.country ? 'roster' : null;
    a.international = holder.role === 'igo' && !holder.country;
    anchors.push(a);
  }
  const out = groupAnchors(anchors);
  for (const r of out) {
    settle(r);
    for (const a of r.anchors) addMention(r, mentionOf(a.sp, a.name.honorificStart, a.name.end), ctx.doc.text.slice(a.sp.pieces[a.name.honorificStart]!.start, a.sp.pieces[a.name.end - 1]!.end).replace(/\s+/g, ' '));
  }
  return out;
}

/**
 * "Nicolas Sarkozy and Angela Merkel ... The German chancellor said": a description of a state's office
 * that fits no titled official gives its office to the one untitled person of that state the roster
 * knows who was named before it. A description already taken by someone else is not reused.
 */
function titleRosterPeople(unresolved: readonly Descriptor[], recs: Rec[], known: readonly Rec[]): void {
  for (const d of unresolved) {
    const t = d.title;
    // without a state ("the prime minister") the office is too often someone the article never names
    if (t.international || t.nonState || !t.country) continue;
    const m = mentionOf(d.sp, d.from, d.to);
    if (recs.some((r) => r.mentions.some((x) => x.start === m.start))) continue;
    const fits = known.filter((r) => r.title === null && !r.international && (!t.country || r.country === t.country) && r.mentions.some((x) => x.start < m.start));
    if (fits.length !== 1) continue;
    const r = fits[0]!;
    Object.assign(r, { title: t.title, head: t.head.phrase, portfolio: t.portfolio });
    addMention(r, asReference(m), null);
    r.ruleIds.add('official/roster-descriptive');
  }
}

// an honorific as the first word ("Mr Naqvi") or a title ending ("spokeswoman"): grammar-words.json
const showsGender = (form: string, firstWords: ReadonlySet<string>, endings: ReadonlySet<string>): boolean => {
  const lower = form.toLowerCase();
  const first = /^[a-z]+/.exec(lower)?.[0];
  return (first !== undefined && firstWords.has(first)) || [...endings].some((e) => lower.endsWith(e));
};

/** what the text shows of a person's gender: an honorific ("Mr Naqvi") or a gendered title ("spokeswoman") */
function genderOf(r: Rec): 'm' | 'f' | null {
  const forms = [...r.aliases, r.title ?? ''].map((x) => x.trim());
  const m = forms.some((x) => showsGender(x, GRAMMAR_WORDS.maleHonorifics, GRAMMAR_WORDS.maleTitleEndings));
  const f = forms.some((x) => showsGender(x, GRAMMAR_WORDS.femaleHonorifics, GRAMMAR_WORDS.femaleTitleEndings));
  if (m || f) return m === f ? null : m ? 'm' : 'f';
  // the text shows nothing: the given name the person was introduced with ("Ana Ruiz"), if all agree
  const byName = new Set(r.anchors.filter((a) => a.name.end - a.name.start >= 2).map((a) => givenNameGender(a.sp.pieces[a.name.start]!.token.tags)));
  return byName.size === 1 ? [...byName][0]! : null;
}

/** "The two ministers agreed", "He said": references to officials already found, as further mentions */
function resolveReferences(ctx: ExtractContext, sentences: SentencePieces[], recs: Rec[]): void {
  const refs: Array<Referent & { rec: Rec }> = recs.map((r) => ({ rec: r, mentions: r.mentions, head: r.head, portfolio: r.portfolio?.name ?? null, country: r.country, gender: genderOf(r), ruleIds: r.ruleIds }));
  if (ctx.rules.isOn('official/plural-reference')) resolvePluralReferences(sentences, refs);
  if (ctx.rules.isOn('official/visiting')) resolveVisitors(sentences, refs, ctx.article.dateline?.country ?? null);
  if (ctx.rules.isOn('official/sides-reference')) resolveSides(sentences, refs);
  if (ctx.rules.isOn('official/pronoun')) resolvePronouns(sentences, refs);
  if (ctx.rules.isOn('official/possessive')) resolvePossessives(sentences, refs);
}

export function extractOfficials(ctx: ExtractContext): OfficialDraft[] {
    const sentences = buildPieces(ctx.doc, ctx.countries);
    const found = findAnchors(sentences, ctx.countries);
    const { descriptors, counterparts } = found;
    const on = (id: string): boolean => ctx.rules.isOn(id);
    const anchors = ctx.rules === allRulesOn ? found.anchors : found.anchors.filter((a) => on(a.ruleId));
    if (!on('official/country-region')) for (const a of anchors) if (a.extraRuleIds?.includes('official/country-region')) Object.assign(a, { country: null, countrySource: null, extraRuleIds: undefined });
    // "X resigned as finance minister", "named X acting finance minister": offices given by a verb (verb-titles.ts)
    if (on('official/verb-title')) for (const v of findVerbTitles(sentences)) anchors.push({ ...makeAnchor(v.sp, v.name, v.title, 'official/verb-title'), current: v.current });
    let recs = recordsFromAnchors(ctx, sentences, anchors);
    // descriptive mentions first, so that "the Turkish minister thanked his Pakistani counterpart" knows
    // whose counterpart; the ones left over get a second chance once counterparts gave countries
    const pending = resolveDescriptors(descriptors, recs, ctx.rules);
    const extra: Anchor[] = [];
    const sides: Side[] = [];
    if (on('official/counterpart')) resolveCounterparts(counterparts, recs, extra, sides, ctx.rules);
    if (extra.length) recs = mergeCounterparts(sentences, recs, extra, ctx.rules);
    const unresolved = resolveDescriptors(pending, recs, ctx.rules);
    const linked = on('official/descriptor-link') ? linkUnresolvedDescriptors(sentences, unresolved, recs) : [];
    if (linked.length) {
      findNameMentions(sentences, linked, ctx.rules);
      recs.push(...linked);
    }

    if (on('official/roster')) {
      const known = rosterOfficials(ctx, sentences, recs);
      if (known.length) {
        findNameMentions(sentences, known, ctx.rules);
        if (on('official/roster-descriptive')) titleRosterPeople(unresolved, recs, known);
        recs.push(...known);
      }
    }
    resolveReferences(ctx, sentences, recs);
    const { home: hostCountry, not: notCountry } = placeOtherSide(recs, ctx, sides, sentences);
    const dateline = ctx.article.dateline?.country ?? null;
    const documentCountry = countryByDocument(ctx);
    const homeCountry = countryByInstitutions(sentences);
    const mentioned = new Set(ctx.countries.map((c) => c.code));
    // only an official the fallbacks would place by the dateline or weaker evidence asks the roster
    const rosterCountry = (r: Rec): { country: string; ruleId: string } | null => {
      const c = r.title && !r.country ? rosterStateFor(ctx, r.tokens) : null;
      return c && on(c.ruleId) ? c : null;
    };
    const textState = (r: Rec): { country: string; ruleId: 'official/country-speech' | 'official/country-office' } | null => {
      const said = on('official/country-speech') ? speechState(sentences, r.mentions) : null;
      if (said) return { country: said, ruleId: 'official/country-speech' };
      const office = on('official/country-office') ? officeState(r.title, dateline, mentioned) : null;
      return office ? { country: office, ruleId: 'official/country-office' } : null;
    };
    const ev: CountryEvidence = { on, mentioned, notCountry, dateline, homeCountry, hostCountry, documentCountry, rosterCountry, textState };
    return recs.map((r) => finishRecord(r, ev));
}
