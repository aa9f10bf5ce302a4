import type { CliCommand } from '../command';
import { EXIT, UsageError, parseOptions } from '../command';
import { loadConfig } from '../../config/app-config';
import { connectGraph } from '../provision/connect';
import { provisionLists } from '../provision/provision-lists';

/** Graph cannot set item-level permissions; this is the one manual step after provisioning. */
export const APPROVALS_PERMISSION_STEP =
  'Manuelt trin / manual step: i listen Approvals skal brugerne kun kunne redigere egne elementer: ' +
  'Listeindstillinger → Avancerede indstillinger → Tilladelser på elementniveau → Redigeringsadgang: ' +
  '"Opret elementer og rediger elementer, som brugeren har oprettet" ' +
  '(List settings → Advanced settings → Item-level permissions → Create items and edit items that were created by the user).';

export const provisionCommand: CliCommand = {
  name: 'provision',
  summary: "Opret forummets SharePoint-lister (springer eksisterende over) · Create the forum's lists (idempotent)",
  usage: '--site SITE_ID [--graph-url URL] [--token TOKEN | --sandbox-user UPN]',
  async run(args, io) {
    const options = parseOptions(args, {
      site: { type: 'string' },
      'graph-url': { type: 'string' },
      token: { type: 'string' },
      'sandbox-user': { type: 'string' },
    });
    if (!options.site) throw new UsageError('--site mangler / is required');
    if (options.token && options['sandbox-user']) throw new UsageError('Brug enten --token eller --sandbox-user, ikke begge');
    const graphUrl = options['graph-url'] ?? loadConfig(io.env).graphBaseUrl;
    const graph = await connectGraph({ graphUrl, token: options.token, sandboxUser: options['sandbox-user'] });
    const result = await provisionLists(graph, options.site, undefined, (line) => io.out(`  ${line}`));
    io.out(`Lister oprettet / created: ${result.created.length}, fandtes allerede / existed: ${result.existing.length} (${graphUrl})`);
    if (result.created.includes('Approvals')) io.out(APPROVALS_PERMISSION_STEP);
    return EXIT.ok;
  },
};
