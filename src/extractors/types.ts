import type { ParsedDoc } from '../document/document.js';
import type { RuleSwitch } from '../rules/types.js';
import type { UserRosterEntry } from '../lexicon/roster.js';
import type { Agreement, Commitment, Meeting } from '../schema/extraction.js';

/** UTF-16 offsets into doc.text; the pipeline turns them into code-point spans. */
export interface Range {
  start: number;
  end: number;
}

export interface ArticleInfo {
  headline: Range | null;
  highlights: Range[];
  dateline: { place: string; country: string | null; range: Range } | null;
  publisher: string | null;
  published: string | null;
  /** sentence indices that belong to the headline and highlight lines */
  headerSentences: ReadonlySet<number>;
}

export interface CountryMention extends Range {
  code: string;
  sentence: number;
  /** tokens covered, doc.tokens[firstToken..lastToken] */
  firstToken: number;
  lastToken: number;
  kind: 'name' | 'demonym' | 'capital';
  ruleId: string;
}

export interface OfficialMention extends Range {
  sentence: number;
  firstToken: number;
  lastToken: number;
  /** 'reference' for a pronoun or description resolved to the person ("he", "the two ministers"); a form of the name when absent */
  kind?: 'name' | 'reference';
}

export interface OfficialDraft {
  name: string;
  title: string | null;
  portfolio: string | null;
  country: string | null;
  aliases: string[];
  mentions: OfficialMention[];
  confidence: number;
  ruleIds: string[];
  /** where the country and title came from: the text, the dated roster, or the dateline */
  evidence: 'text' | 'roster' | 'dateline';
}

// source and sameAs are set once ids exist (src/extractors/events/source.ts)
type EventDraftOf<T> = Omit<T, 'id' | 'evidence' | 'officials' | 'source' | 'sameAs'> & {
  evidence: Range;
  sentence: number;
  /** indices into ctx.officials */
  officials: number[];
};

export type AgreementDraft = EventDraftOf<Agreement>;
export type CommitmentDraft = Omit<EventDraftOf<Commitment>, 'by'> & {
  by: { country: string | null; official: number | null };
};
export type MeetingDraft = EventDraftOf<Meeting>;

export interface QuoteDraft {
  speaker: number;
  text: Range;
}

/** What a stage reads: the stages before it have filled it in; no stage writes into it. */
export interface ExtractContext {
  readonly doc: ParsedDoc;
  readonly article: ArticleInfo;
  readonly countries: readonly CountryMention[];
  readonly officials: readonly OfficialDraft[];
  /** which rules may fire (ExtractOptions.disable) */
  readonly rules: RuleSwitch;
  /** roster lookups: the user's roster (--roster) and the article's date (published, else --date) */
  readonly roster?: { readonly user: readonly UserRosterEntry[] | null; readonly date: string | null };
}

export interface EventDrafts {
  agreements: AgreementDraft[];
  commitments: CommitmentDraft[];
  meetings: MeetingDraft[];
  quotes: QuoteDraft[];
}
