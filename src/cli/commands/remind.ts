import { loadConfig } from '../../config/app-config';
import type { Forum } from '../../domain/types';
import { ForumStore } from '../../store/forum-stores';
import type { CliCommand } from '../cli-command';
import { EXIT, parseOptions, passClock } from '../cli-command';
import { errorText, forumRefs } from '../due/forum-refs';
import { remindForum } from '../due/reminders';
import { connectGraph } from '../provision/connect';
import { refuseTokenArguments, resolveTokens } from '../tokens';

export const remindCommand: CliCommand = {
  name: 'remind',
  summary:
    'Send indkaldelser af punkter og påmindelser om skriftlige høringer, godkendelse af referater og opfølgning, der er forfaldne (én gang) · Send the calls for items, consultation, minutes-approval and action reminders that are due (once)',
  usage: '[--forum GROUP_ID]... [--dry-run [--now ISO]] [--graph-url URL] [--token-stdin | --sandbox-user UPN]',
  async run(args, io) {
    refuseTokenArguments(args);
    const options = parseOptions(args, {
      forum: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      now: { type: 'string' },
      graph: { type: 'string' },
      'graph-url': { type: 'string' },
      'token-stdin': { type: 'boolean' },
      'sandbox-user': { type: 'string' },
    });
    const now = passClock(options);
    const config = loadConfig(io.env);
    const graphUrl = options['graph-url'] ?? options.graph ?? config.graphBaseUrl;
    const tokens = await resolveTokens({ tokenStdin: options['token-stdin'], sandboxUser: options['sandbox-user'], graphUrl }, io, {
      sharePoint: false,
    });
    const graph = connectGraph(graphUrl, tokens.graph);
    const refs = await forumRefs(graph, config.forums, options.forum ?? [], config.automationAppId ? [config.automationAppId] : undefined);

    let failed = false;
    for (const ref of refs) {
      let forum: Forum;
      try {
        forum = await new ForumStore(graph).load(ref);
      } catch (error) {
        failed = true;
        io.err(`Forum ${ref.groupId} kunne ikke læses / could not be read: ${errorText(error)}`);
        continue;
      }
      if (!(await remindForum(io, graph, forum, { now, dryRun: options['dry-run'] === true, appBaseUrl: config.appBaseUrl })))
        failed = true;
    }
    return failed ? EXIT.failed : EXIT.ok;
  },
};
