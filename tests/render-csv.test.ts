import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createCsvWriter, eventRowsOf } from '../src/render/csv.js';
import { extract } from '../src/pipeline/extract.js';
import { readFixture } from './helpers.js';

const doc = extract(readFixture('dawn-2025-11-07-pakistan-turkiye.txt'), { path: 'dawn, "final".txt' });
const render = (results: Parameters<ReturnType<typeof createCsvWriter>['write']>[0][]): string => {
  let out = '';
  const w = createCsvWriter((s) => void (out += s), { chalk: new Chalk({ level: 0 }) });
  for (const r of results) w.write(r);
  w.end();
  return out;
};

describe('--format csv', () => {
  it('writes one row per event with names and codes, RFC 4180 quoted, CRLF line ends', () => {
    const rows = eventRowsOf(doc);
    expect(rows).toHaveLength(doc.agreements.length + doc.commitments.length + doc.meetings.length);
    const out = render([doc]);
    const records = out.split('\r\n');
    expect(records[0]).toBe('document,published,ref,kind,subkind,negated,action,place,when,countries,by,to,people,by_person,topics,confidence,rule_id,evidence,start,end,timing,date_from,date_to,source,same_as');
    expect(records[1]).toMatch(/^"dawn, ""final"".txt",2025-11-07,a1,agreement,/);
    expect(out).toMatch(/Mohsin Naqvi/);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.match(/\r\n/g)!.length).toBe(rows.length + 1);
  });
  it('gives each event its timing, dates and origin', () => {
    const rows = eventRowsOf(doc);
    expect(rows.find((r) => r.ref === 'm1')).toMatchObject({ place: 'Islamabad', when: 'on Thursday', timing: 'happened', date_from: '2025-11-06', date_to: '2025-11-06', source: 'body', same_as: null });
    expect(rows.find((r) => r.ref === 'a1')).toMatchObject({ source: 'highlight', same_as: 'a2' });
  });
  it('prints the header alone for no events, and escapes control characters from the text', () => {
    expect(render([])).toBe('document,published,ref,kind,subkind,negated,action,place,when,countries,by,to,people,by_person,topics,confidence,rule_id,evidence,start,end,timing,date_from,date_to,source,same_as\r\n');
    const m = doc.meetings[0]!;
    const evil = { ...doc, agreements: [], commitments: [], meetings: [{ ...m, evidence: { ...m.evidence, text: 'talks\u001b[2J held' } }] };
    expect(render([evil])).toContain('talks\\u001b[2J held');
  });
});
