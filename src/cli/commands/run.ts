import { SandboxTokenProvider } from '../../auth/sandbox-token-provider';
import { GRAPH_SCOPES, type TokenProvider } from '../../auth/token-provider';
import { loadConfig } from '../../config/app-config';
import { createGraph } from '../../graph/client';
import { certificateTokenProvider } from '../app-credentials';
import type { CliCommand } from '../cli-command';
import { EXIT, parseOptions, passClock, UsageError } from '../cli-command';
import { forumRefs } from '../due/forum-refs';
import { runDuePass } from '../due/pass';
import { refuseTokenArguments } from '../tokens';

/**
 * `sekretariat run`: one pass of everything due in every configured forum — the mail intake with its receipts,
 * consultations due to be closed (a to-do for the secretariat), calls for items, and the consultation,
 * minutes-approval and action reminders — as the forum's own application (app-only: MSAL Node client credentials
 * with a certificate, from the environment; see app-credentials.ts), restricted by the tenant to the forum mailboxes
 * and sites. Safe every few minutes from cron or an Azure Functions timer, and safe twice at once: every effect is
 * claimed, keyed or looked up by its store before it happens. Against the sandbox, `--sandbox-app` uses the
 * application the sandbox registered.
 */
export const runCommand: CliCommand = {
  name: 'run',
  summary:
    "Én gennemgang af alt, der er forfaldent i hvert forum (indbakke og kvitteringer, høringer der kan afsluttes, indkaldelser, påmindelser) som forummets egen app · One pass of everything due in every forum (intake and receipts, consultations to close, calls for items, reminders) as the forum's own application",
  usage: '[--forum GROUP_ID]... [--dry-run [--now ISO]] [--graph-url URL] [--sandbox-app]',
  async run(args, io) {
    refuseTokenArguments(args);
    const options = parseOptions(args, {
      forum: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      now: { type: 'string' },
      'graph-url': { type: 'string' },
      'sandbox-app': { type: 'boolean' },
    });
    const now = passClock(options);
    const config = loadConfig(io.env);
    const graphUrl = options['graph-url'] ?? config.graphBaseUrl;
    let tokens: TokenProvider;
    if (options['sandbox-app']) {
      if (!config.automationAppId)
        throw new UsageError('Ingen app at køre som: sæt SEKRETARIAT_AUTOMATION_APP_ID / no application to run as');
      tokens = SandboxTokenProvider.forApp(new URL(graphUrl).origin, config.automationAppId);
    } else {
      tokens = await certificateTokenProvider(io, { ...config, graphBaseUrl: graphUrl });
    }
    const graph = createGraph({ tokens, baseUrl: graphUrl, scopes: GRAPH_SCOPES });
    const trusted = config.automationAppId ? [config.automationAppId] : undefined;
    const refs = await forumRefs(graph, config.forums, options.forum ?? [], trusted);
    const ok = await runDuePass(io, graph, refs, { now, appBaseUrl: config.appBaseUrl, dryRun: options['dry-run'] === true });
    return ok ? EXIT.ok : EXIT.failed;
  },
};
