import type { Graph, GraphRequest, GraphResponse } from '../../../../src/graph/graph-types';
import { removeDuplicates } from '../../../../src/store/planning/agenda-writes';
import type { PlanningAgendaItem } from '../../../../src/store/planning/planning-types';

/**
 * A concurrent writer's twin of a standing item is deleted as it was read (If-Match on its eTag): a twin somebody
 * edited in the meantime is theirs, and stays on the agenda; the others go.
 */
const item = (id: string, key: string, etag: string): PlanningAgendaItem => ({ id, etag, title: key }) as unknown as PlanningAgendaItem;

function graphAnswering(status: (request: GraphRequest) => number): { graph: Graph; sent: GraphRequest[] } {
  const sent: GraphRequest[] = [];
  const graph = {
    batch: async (requests: readonly GraphRequest[]): Promise<GraphResponse[]> => {
      sent.push(...requests);
      return requests.map((r) => ({
        id: r.id,
        status: status(r),
        headers: {},
        body: status(r) >= 400 ? { error: { code: 'x', message: 'x' } } : undefined,
      }));
    },
  } as unknown as Graph;
  return { graph, sent };
}

it('deletes each twin with If-Match on the eTag it was read with, and keeps one edited meanwhile (412)', async () => {
  const agenda = [item('1', 'Velkomst', '"a"'), item('2', 'Velkomst', '"b"'), item('3', 'Eventuelt', '"c"'), item('4', 'Eventuelt', '"d"')];
  const { graph, sent } = graphAnswering((r) => (r.id === '4' ? 412 : 204));
  const left = await removeDuplicates(graph, { groupId: 'g', siteId: 's' }, agenda, (i) => i.title);
  expect(sent.map((r) => [r.method, r.id, r.headers?.['If-Match']])).toEqual([
    ['DELETE', '2', '"b"'],
    ['DELETE', '4', '"d"'],
  ]);
  expect(left.map((i) => i.id)).toEqual(['1', '3', '4']);
});

it('still fails on any other refusal', async () => {
  const agenda = [item('1', 'Velkomst', '"a"'), item('2', 'Velkomst', '"b"')];
  const { graph } = graphAnswering(() => 403);
  await expect(removeDuplicates(graph, { groupId: 'g', siteId: 's' }, agenda, (i) => i.title)).rejects.toBeTruthy();
});
