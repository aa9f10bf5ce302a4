import { PROCESSED_FOLDER } from '../../domain/mail/intake-folders';
import { GraphError, type Graph, type GraphPage } from '../../graph/graph-types';
import { ensureProcessedFolder } from '../../store/intake/mail-folders';
import { Fields, listItemsUrl, type GraphListItem } from '../../store/list-item';
import type { CliIo } from '../cli-command';

/**
 * The forum mailbox's "Behandlet" folder, where the intake moves what it has recorded. Made here so it is there
 * from the start; the intake makes it too when it is missing, so a provision that cannot reach the mailbox (the
 * admin has no access to it) says so and goes on. Idempotent: a second run finds it.
 */
export async function provisionProcessedFolder(graph: Graph, siteId: string, io: CliIo): Promise<void> {
  const page = await graph.get<GraphPage<GraphListItem>>(listItemsUrl(siteId, 'Forum', { top: 1 }));
  const first = page.value[0];
  const mailbox = first ? Fields.of(first).text('Mailbox').trim() : '';
  if (mailbox === '') {
    io.out(
      `Postkasse / mailbox: ingen angivet i forummets indstillinger – mappen ${PROCESSED_FOLDER} oprettes ved første indlæsning / none set in the forum's settings – the first intake run makes the folder ${PROCESSED_FOLDER}`,
    );
    return;
  }
  try {
    const folder = await ensureProcessedFolder(graph, mailbox);
    io.out(
      folder.created
        ? `Postkasse / mailbox ${mailbox}: mappen ${PROCESSED_FOLDER} oprettet / folder ${PROCESSED_FOLDER} created`
        : `Postkasse / mailbox ${mailbox}: mappen ${PROCESSED_FOLDER} findes allerede / folder ${PROCESSED_FOLDER} exists`,
    );
  } catch (error) {
    if (!(error instanceof GraphError && (error.status === 403 || error.status === 404))) throw error;
    io.out(
      `Postkasse / mailbox ${mailbox}: ingen adgang (${error.status}) – mappen ${PROCESSED_FOLDER} oprettes ved første indlæsning / no access (${error.status}) – the first intake run makes the folder ${PROCESSED_FOLDER}`,
    );
  }
}
