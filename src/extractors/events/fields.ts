import type { ExtractContext } from '../types.js';
import type { MoneyContext } from './currency.js';
import type { EventDate, Timing } from './dates.js';
import { findSetting } from './setting.js';
import { timeOfEvent, type TriggerPlace } from './status.js';

/** The fields every agreement, commitment and meeting has about its time and place. */
export interface EventTimeFields {
  place: string | null;
  when: string | null;
  date: EventDate | null;
  timing: Timing;
}

/**
 * Place, raw `when`, the date it resolves to and whether the event happened or is planned. A meeting
 * passes the setting it has already read (its place also names the host of a visit).
 */
export function eventTimeFields(
  ctx: ExtractContext,
  sentence: number,
  hit: TriggerPlace,
  opts: { proposed?: boolean; setting?: { place: string | null; when: string | null } } = {},
): EventTimeFields {
  const setting = opts.setting ?? findSetting(ctx.doc, ctx.article, sentence);
  const { date, timing } = timeOfEvent(ctx.doc, sentence, hit, setting.when, ctx.article.published, opts.proposed);
  return { place: setting.place, when: setting.when, date, timing };
}

/** The states that settle a bare "$" or "rupees" in this document: its dateline and the countries it names. */
export function moneyContextOf(ctx: ExtractContext): MoneyContext {
  return { dateline: ctx.article.dateline?.country ?? null, countries: [...new Set(ctx.countries.map((c) => c.code))] };
}
