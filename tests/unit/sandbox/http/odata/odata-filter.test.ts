import { evaluateFilter, filterPaths, matches, parseFilter, type FilterGrammar } from '../../../../../src/sandbox/http/odata/filter';
import { OUTLOOK_FILTER } from '../../../../../src/sandbox/http/odata/json-collection';
import { orderBy, parseOrderBy } from '../../../../../src/sandbox/http/odata/orderby';
import { paginate } from '../../../../../src/sandbox/http/odata/page';
import { applySelect, selectList } from '../../../../../src/sandbox/http/odata/select';
import { GraphHttpError } from '../../../../../src/sandbox/http/types';

const events = [
  {
    id: '1',
    subject: 'Styrelsesmøde',
    isCancelled: false,
    attendees: 4,
    start: { dateTime: '2026-03-17T08:00:00' },
    fields: { Start: '2026-03-17T08:00:00Z' },
  },
  {
    id: '2',
    subject: 'Generalforsamling',
    isCancelled: true,
    attendees: 40,
    start: { dateTime: '2026-04-20T17:00:00' },
    fields: { Start: '2026-04-20T17:00:00Z' },
  },
  {
    id: '3',
    subject: "Kaffe 'n' kage",
    isCancelled: false,
    attendees: null,
    start: { dateTime: '2026-05-01T10:00:00' },
    fields: { Start: '2026-05-01T10:00:00Z' },
  },
];

const ids = (filter: string, grammar?: FilterGrammar): string[] => {
  const expr = parseFilter(filter, grammar);
  return events.filter((e) => matches(e, expr)).map((e) => e.id);
};

function errorOf(run: () => unknown): GraphHttpError {
  try {
    run();
  } catch (e) {
    if (e instanceof GraphHttpError) return e;
    throw e;
  }
  throw new Error('expected a GraphHttpError');
}

describe('the one $filter grammar, evaluated over plain JSON', () => {
  it('reads and, or, not, parentheses, startswith and every comparison', () => {
    expect(ids("startswith(subject,'gen') or attendees lt 10")).toEqual(['1', '2']);
    expect(ids('not (isCancelled eq true) and attendees ne null')).toEqual(['1']);
    expect(ids('attendees ge 4 and attendees le 40 and not attendees gt 4')).toEqual(['1']);
    expect(ids("subject eq 'KAFFE ''N'' KAGE'")).toEqual(['3']);
    expect(ids('attendees eq null')).toEqual(['3']);
    expect(ids('isCancelled eq TRUE')).toEqual(['2']);
  });

  it('follows property paths and compares dates as instants', () => {
    expect(ids('fields/Start ge 2026-04-01T00:00:00Z and fields/Start lt 2026-05-01T10:00:00+00:00')).toEqual(['2']);
    expect(ids("fields/Start gt datetime'2026-04-20T16:59:59Z'")).toEqual(['2', '3']);
    // a zone-less date time (an event's start) is read as UTC
    expect(ids('start/dateTime le 2026-04-20T17:00:00Z')).toEqual(['1', '2']);
    expect(ids("missing/path eq 'x'")).toEqual([]);
  });

  it('records the paths a grammar maps them to, and lets the caller decide each comparison', () => {
    const grammar: FilterGrammar = {
      property: (path, invalid) =>
        /^fields\/(\w+)$/.exec(path)?.[1] ??
        (path === 'id'
          ? 'id'
          : (() => {
              throw invalid(`'${path}' is not a field`);
            })()),
    };
    const expr = parseFilter("(fields/Title eq 'a' or not fields/Score gt 3) and startswith(fields/Code,'X') and id eq 7", grammar);
    expect(filterPaths(expr)).toEqual(['Title', 'Score', 'Code', 'id']);
    const seen: string[] = [];
    expect(
      evaluateFilter(expr, (clause) => (seen.push(`${clause.kind}:${clause.path}`), clause.path !== 'Title' && clause.path !== 'Score')),
    ).toBe(true);
    expect(seen).toEqual(['cmp:Title', 'cmp:Score', 'startswith:Code', 'cmp:id']);
    expect(errorOf(() => parseFilter("Title eq 'a'", grammar))).toMatchObject({
      status: 400,
      code: 'invalidRequest',
      message: "Invalid filter clause: 'Title' is not a field",
    });
  });

  it('refuses malformed filters with a 400', () => {
    for (const bad of [
      "subject eq 'open",
      'subject eq',
      'subject like 1',
      '(subject eq 1',
      'subject eq 1 1',
      'subject eq bare',
      "startswith(subject 'x')",
    ]) {
      expect(errorOf(() => parseFilter(bad))).toMatchObject({
        status: 400,
        code: 'invalidRequest',
        message: expect.stringMatching(/^Invalid filter clause: /),
      });
    }
  });

  it("narrows to what Outlook's collections accept here: and-joined comparisons on property paths", () => {
    expect(ids('isCancelled eq false and attendees gt 1', OUTLOOK_FILTER)).toEqual(['1']);
    for (const bad of ["startswith(subject,'D')", 'attendees eq 1 or attendees eq 4', 'not isCancelled eq true', "sub-ject eq 'x'"]) {
      expect(errorOf(() => parseFilter(bad, OUTLOOK_FILTER))).toMatchObject({ status: 400, code: 'BadRequest' });
    }
  });

  it('lets a grammar refuse connectives and comparisons it cannot evaluate', () => {
    const eqOnly: FilterGrammar = {
      and: false,
      errorCode: 'Request_UnsupportedQuery',
      clause: (c, invalid) => {
        if (c.kind !== 'cmp' || c.op !== 'eq') throw invalid('eq only');
      },
    };
    expect(ids("subject eq 'Generalforsamling' or id eq '1'", eqOnly)).toEqual(['1', '2']);
    expect(errorOf(() => parseFilter("id eq '1' and id eq '2'", eqOnly)).code).toBe('Request_UnsupportedQuery');
    expect(errorOf(() => parseFilter('attendees gt 1', eqOnly)).message).toBe('Invalid filter clause: eq only');
  });
});

describe('$orderby, $select and paging', () => {
  it('parses order keys, strictly when asked', () => {
    expect(parseOrderBy('fields/Start desc, id')).toEqual([
      { path: 'fields/Start', desc: true, clause: 'fields/Start desc' },
      { path: 'id', desc: false, clause: 'id' },
    ]);
    expect(parseOrderBy('subject sideways')).toEqual([{ path: 'subject', desc: false, clause: 'subject sideways' }]);
    expect(() => parseOrderBy('subject sideways', (c) => new Error(`bad ${c}`))).toThrow('bad subject sideways');
    expect(() => parseOrderBy('a,,b', (c) => new Error(`bad '${c}'`))).toThrow("bad ''");
    expect(orderBy(events, 'start/dateTime desc').map((e) => e.id)).toEqual(['3', '2', '1']);
    expect(orderBy(events, undefined, 'subject').map((e) => e.id)).toEqual(['2', '3', '1']);
  });

  it('selects case-insensitively, keeps annotations and the always-returned properties', () => {
    expect(selectList(' a, ,B ')).toEqual(['a', 'B']);
    expect(selectList('a,*')).toBeUndefined();
    const entity = { id: 'x', '@odata.etag': 'e', '@removed': { reason: 'deleted' }, Title: 't', other: 1 };
    expect(applySelect(entity, ['title'])).toEqual({ '@odata.etag': 'e', '@removed': { reason: 'deleted' }, Title: 't' });
    expect(applySelect(entity, ['title'], ['id'])).toEqual({ id: 'x', '@odata.etag': 'e', '@removed': { reason: 'deleted' }, Title: 't' });
    expect(applySelect(entity, undefined, ['id'])).toBe(entity);
  });

  it('pages by $skiptoken or by $skip, each with its own nextLink', () => {
    const all = Array.from({ length: 7 }, (_, i) => i);
    const first = paginate(all, {
      query: new URLSearchParams('$top=3&$expand=fields($select=Title)'),
      url: 'http://sb/v1.0/sites/s/lists/l/items',
      defaultTop: 100,
      maxTop: 1000,
    });
    expect(first.items).toEqual([0, 1, 2]);
    expect(first.nextLink).toMatch(
      /^http:\/\/sb\/v1\.0\/sites\/s\/lists\/l\/items\?\$top=3&\$expand=fields\(%24select%3DTitle\)&\$skiptoken=[\w-]+$/,
    );
    const second = paginate(all, {
      query: new URL(first.nextLink ?? '').searchParams,
      url: 'http://sb/v1.0/x',
      defaultTop: 100,
      maxTop: 1000,
    });
    expect(second.items).toEqual([3, 4, 5]);
    expect(() => paginate(all, { query: new URLSearchParams('$top=0'), url: 'http://sb', defaultTop: 100, maxTop: 1000 })).toThrow(
      /Invalid value '0' for \$top/,
    );

    const bySkip = paginate(all, {
      query: new URLSearchParams('$top=oops&$skip=2'),
      url: 'http://sb/v1.0/me/messages',
      defaultTop: 4,
      maxTop: 1000,
      paging: 'skip',
    });
    expect(bySkip).toEqual({ items: [2, 3, 4, 5], nextLink: 'http://sb/v1.0/me/messages?%24top=4&%24skip=6' });
    expect(paginate(all, { query: new URLSearchParams('$skip=6'), url: 'http://sb', defaultTop: 4, maxTop: 1000, paging: 'skip' })).toEqual(
      { items: [6] },
    );
  });
});
