import { checkCollection, checkShape, formatViolations } from '../../support/csdl/check';
import type { Violation } from '../../support/csdl/check';
import { checkGraphError } from '../../support/csdl/error-shape';
import { graphModel } from '../../support/csdl/metadata';
import { checkOperationResult } from '../../support/csdl/operations';
import {
  docsError,
  docsEvent,
  docsFileAttachment,
  docsFindMeetingTimes,
  docsGetSchedule,
  docsListItem,
  docsMessage,
  docsMessagesDelta,
  docsUser,
} from './graph-examples';

const model = graphModel();
const paths = (violations: readonly Violation[]): string[] => violations.map((v) => v.path);

describe('real Graph v1.0 bodies from the documentation pass', () => {
  it.each([
    ['microsoft.graph.event', docsEvent],
    ['microsoft.graph.message', docsMessage],
    ['microsoft.graph.listItem', docsListItem],
    ['microsoft.graph.user', docsUser],
    ['microsoft.graph.attachment', docsFileAttachment],
  ])('%s', (type, body) => {
    expect(formatViolations(type, checkShape(model, type, body))).toBe('');
  });

  it('findMeetingTimes and getSchedule results, by their CSDL return types', () => {
    expect(checkOperationResult(model, 'microsoft.graph.findMeetingTimes', 'microsoft.graph.user', docsFindMeetingTimes)).toEqual([]);
    expect(checkOperationResult(model, 'graph.getSchedule', 'graph.calendar', docsGetSchedule)).toEqual([]);
  });

  it('a delta page with @removed and @odata.deltaLink', () => {
    expect(checkCollection(model, 'microsoft.graph.message', docsMessagesDelta)).toEqual([]);
    expect(checkOperationResult(model, 'graph.delta', 'Collection(graph.message)', docsMessagesDelta)).toEqual([]);
  });

  it('sendMail returns no body', () => {
    expect(checkOperationResult(model, 'microsoft.graph.sendMail', 'microsoft.graph.user', undefined)).toEqual([]);
    expect(paths(checkOperationResult(model, 'microsoft.graph.sendMail', 'microsoft.graph.user', { ok: true }))).toEqual(['']);
  });
});

describe('properties Graph does not define fail', () => {
  it('names a made-up property on an event', () => {
    const violations = checkShape(model, 'microsoft.graph.event', { subject: 'x', agendaNumber: 3 });
    expect(violations).toEqual([expect.objectContaining({ path: 'agendaNumber', kind: 'unknown-property' })]);
    expect(formatViolations('GET /groups/:id/events/:id', violations)).toBe(
      'GET /groups/:id/events/:id: agendaNumber -> agendaNumber is not a property of microsoft.graph.event',
    );
  });

  it('even though the CSDL marks event, message and user OpenType', () => {
    expect(model.isOpen('microsoft.graph.event')).toBe(true);
    expect(paths(checkShape(model, 'graph.message', { ...docsMessage, forumId: 'f1' }))).toEqual(['forumId']);
    expect(paths(checkShape(model, 'graph.user', { ...docsUser, role: 'chair' }))).toEqual(['role']);
    expect(checkShape(model, 'graph.user', { ...docsUser, role: 'chair' }, '', { openTypes: 'csdl' })).toEqual([]);
  });

  it('in nested complex types and collections, with the full path', () => {
    const event = { attendees: [{ emailAddress: { address: 'a@b.dk', organisation: 'Region' } }] };
    expect(paths(checkShape(model, 'microsoft.graph.event', event))).toEqual(['attendees[0].emailAddress.organisation']);
  });

  it('in collection responses, at the top level too', () => {
    const body = { value: [docsEvent, { ...docsEvent, color: 'red' }], total: 2 };
    expect(paths(checkCollection(model, 'microsoft.graph.event', body))).toEqual(['total', 'value[1].color']);
  });

  it('annotations on properties that do not exist, and unknown instance annotations', () => {
    expect(paths(checkShape(model, 'graph.listItem', { 'values@odata.context': 'x', '@sandbox.note': 'y' }))).toEqual([
      'values@odata.context',
      '@sandbox.note',
    ]);
  });

  it('list item fields accept any column, but the item itself does not', () => {
    expect(checkShape(model, 'graph.listItem', { id: '1', fields: { AnyColumn: 1, Other: 'x' } })).toEqual([]);
    expect(paths(checkShape(model, 'graph.listItem', { id: '1', Title: 'x' }))).toEqual(['Title']);
  });
});

describe('values of the wrong kind fail', () => {
  it('an enum value that is not a member', () => {
    const violations = checkShape(model, 'microsoft.graph.event', { showAs: 'maybe', importance: 'high' });
    expect(violations).toEqual([expect.objectContaining({ path: 'showAs', kind: 'enum-value' })]);
    expect(violations[0]?.message).toContain('microsoft.graph.freeBusyStatus');
  });

  it('flags enums take comma-separated members', () => {
    expect(model.enumType('graph.applicationDataType')?.flags).toBe(true);
  });

  it('primitive types', () => {
    const event = { subject: 3, isAllDay: 'no', reminderMinutesBeforeStart: 1.5, createdDateTime: '15/04/2017', categories: 'x' };
    expect(paths(checkShape(model, 'microsoft.graph.event', event))).toEqual([
      'subject',
      'isAllDay',
      'reminderMinutesBeforeStart',
      'createdDateTime',
      'categories',
    ]);
  });

  it('null where the CSDL says Nullable=false', () => {
    expect(paths(checkShape(model, 'microsoft.graph.event', { id: null, seriesMasterId: null }))).toEqual(['id']);
  });
});

describe('derived types via @odata.type', () => {
  it('accepts a fileAttachment where an attachment is expected', () => {
    expect(checkShape(model, 'microsoft.graph.attachment', docsFileAttachment)).toEqual([]);
  });

  it('checks the derived type’s own properties', () => {
    const item = { ...docsFileAttachment, '@odata.type': '#microsoft.graph.itemAttachment' };
    expect(paths(checkShape(model, 'microsoft.graph.attachment', item))).toEqual(['contentId', 'contentLocation', 'contentBytes']);
  });

  it('rejects a type that does not derive from the expected one', () => {
    const body = { '@odata.type': '#microsoft.graph.event', id: 'x' };
    expect(checkShape(model, 'microsoft.graph.attachment', body)).toEqual([
      expect.objectContaining({ path: '@odata.type', kind: 'not-derived' }),
    ]);
  });

  it('rejects unknown types and abstract types without @odata.type', () => {
    expect(checkShape(model, 'graph.attachment', { '@odata.type': '#microsoft.graph.pdfAttachment' })).toEqual([
      expect.objectContaining({ kind: 'unknown-type' }),
    ]);
    expect(checkShape(model, 'graph.attachment', { id: 'a', name: 'x.txt' })).toEqual([
      expect.objectContaining({ path: '', kind: 'abstract-type' }),
    ]);
  });
});

describe('Graph error bodies', () => {
  it('accepts the documented shape', () => {
    expect(checkGraphError(docsError)).toEqual([]);
  });

  it('rejects a body without innerError, extra keys, or not an error at all', () => {
    expect(paths(checkGraphError({ error: { code: 'x', message: 'y' } }))).toEqual(['error.innerError']);
    expect(paths(checkGraphError({ error: { ...docsError.error, status: 404 } }))).toEqual(['error.status']);
    expect(paths(checkGraphError({ message: 'nope' }))).toEqual(['']);
  });
});
