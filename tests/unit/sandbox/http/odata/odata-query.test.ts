import { matches, parseFilter as parseAnyFilter } from '../../../../../src/sandbox/http/odata/filter';
import { collectionPage, OUTLOOK_FILTER, selectJson as select } from '../../../../../src/sandbox/http/odata/json-collection';

const parseFilter = (text: string): ReturnType<typeof parseAnyFilter> => parseAnyFilter(text, OUTLOOK_FILTER);

const items = [
  { id: '1', subject: 'Dagsorden', receivedDateTime: '2026-11-01T10:00:00Z', isRead: false, from: { emailAddress: { address: 'a@x' } } },
  { id: '2', subject: "Punkt: 'test'", receivedDateTime: '2026-11-03T10:00:00Z', isRead: true, from: { emailAddress: { address: 'b@x' } } },
  { id: '3', subject: 'Referat', receivedDateTime: '2026-11-02T10:00:00Z', isRead: false, from: { emailAddress: { address: 'a@x' } } },
];

describe('OData query options over rendered Graph JSON', () => {
  it('filters with and, dates, booleans, paths and quoted quotes', () => {
    const f = (filter: string): string[] => items.filter((i) => matches(i, parseFilter(filter))).map((i) => i.id);
    expect(f('receivedDateTime ge 2026-11-02T00:00:00Z')).toEqual(['2', '3']);
    expect(f("isRead eq false and from/emailAddress/address eq 'a@x'")).toEqual(['1', '3']);
    expect(f("subject eq 'Punkt: ''test'''")).toEqual(['2']);
    expect(() => parseFilter("startswith(subject,'D')")).toThrow(/Invalid filter/);
  });

  it('orders, pages with a nextLink and selects', () => {
    const page = collectionPage(items, {
      query: new URLSearchParams('$top=2&$select=subject'),
      url: 'http://sb/v1.0/me/messages',
      defaultTop: 10,
      defaultOrder: 'receivedDateTime desc',
    });
    expect(page.value).toEqual([
      { id: '2', subject: "Punkt: 'test'" },
      { id: '3', subject: 'Referat' },
    ]);
    expect(String(page['@odata.nextLink'])).toContain('%24skip=2');
    expect(select({ id: 'x', '@odata.etag': 'e', a: 1, b: 2 }, 'b')).toEqual({ id: 'x', '@odata.etag': 'e', b: 2 });
  });
});
