import { GRAPH_CSDL_PATH, graphMetadata, loadMetadataFile } from '../../support/csdl/metadata';
import { parseCsdl } from '../../support/csdl/parse';

describe('Graph v1.0 metadata', () => {
  const { model, parseMs } = graphMetadata();

  it('parses the shared CSDL quickly, once', () => {
    if (process.env['GRAPH_CSDL'] === undefined) expect(GRAPH_CSDL_PATH).toMatch(/shared[\\/]reference[\\/]graph[\\/]graph-v1\.0\.csdl$/);
    expect(parseMs).toBeLessThan(3000);
    expect(graphMetadata().model).toBe(model);
    expect(model.types.size).toBeGreaterThan(3000);
  });

  it('resolves schema aliases and #-prefixed @odata.type values', () => {
    expect(model.qualify('graph.event')).toBe('microsoft.graph.event');
    expect(model.qualify('#microsoft.graph.event')).toBe('microsoft.graph.event');
    expect(model.qualify('self.alert')).toBe('microsoft.graph.security.alert');
    expect(model.typeRef('Collection(graph.attendee)')).toEqual({ name: 'microsoft.graph.attendee', collection: true });
  });

  it('collects properties through base types, navigation properties included', () => {
    const event = model.properties('microsoft.graph.event');
    expect(event.get('id')?.type.name).toBe('Edm.String'); // entity
    expect(event.get('changeKey')).toBeDefined(); // outlookItem
    expect(event.get('attendees')?.type).toEqual({ name: 'microsoft.graph.attendee', collection: true });
    expect(event.get('attachments')?.navigation).toBe(true);
    expect(model.properties('microsoft.graph.listItem').get('fields')?.type.name).toBe('microsoft.graph.fieldValueSet');
  });

  it('knows abstract, open and derived types, enums and bound operations', () => {
    expect(model.structured('graph.attachment')?.abstract).toBe(true);
    expect(model.isOpen('graph.fieldValueSet')).toBe(true);
    expect(model.derivesFrom('graph.fileAttachment', 'graph.attachment')).toBe(true);
    expect(model.derivesFrom('graph.event', 'graph.attachment')).toBe(false);
    expect(model.enumType('graph.responseType')?.members.has('tentativelyAccepted')).toBe(true);
    expect(model.operation('graph.findMeetingTimes', 'graph.user')?.returnType?.name).toBe('microsoft.graph.meetingTimeSuggestionsResult');
    expect(model.operation('graph.getSchedule', 'graph.calendar')?.returnType).toEqual({
      name: 'microsoft.graph.scheduleInformation',
      collection: true,
    });
  });

  it('says where the file should be when it is missing', () => {
    expect(() => loadMetadataFile('/nowhere/graph-v1.0.csdl')).toThrow(/not found at \/nowhere.*shared\/reference\/graph/s);
  });

  it('rejects a document that is not CSDL', () => {
    expect(() => parseCsdl('<html><body/></html>')).toThrow(/no edmx:Edmx/);
  });
});
