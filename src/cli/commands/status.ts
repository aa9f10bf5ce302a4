import { loadConfig } from '../../config/app-config';
import type { Forum } from '../../domain/types';
import { ForumStore } from '../../store/forum-stores';
import { stuckSteps } from '../../store/stuck-steps';
import type { CliCommand } from '../cli-command';
import { EXIT, parseOptions } from '../cli-command';
import { forumRefs } from '../due/forum-refs';
import { connectGraph } from '../provision/connect';
import { stuckStepLines } from '../status-report';
import { refuseTokenArguments, resolveTokens } from '../tokens';

/**
 * `sekretariat status`: the steps left half-done in each forum (a claim past its timeout that no later attempt took
 * over). Exit 0 when nothing is stuck, 1 when something is (or a forum could not be read): a monitor can alert on it.
 */
export const statusCommand: CliCommand = {
  name: 'status',
  summary:
    'Vis hængende trin (påbegyndte udsendelser, der ikke blev afsluttet) pr. forum; afslutter med 1, hvis der er nogen · Show stuck steps (sends started and not finished) per forum; exits 1 when there are any',
  usage: '[--forum GROUP_ID]... [--graph-url URL] [--token-stdin | --sandbox-user UPN]',
  async run(args, io) {
    refuseTokenArguments(args);
    const options = parseOptions(args, {
      forum: { type: 'string', multiple: true },
      'graph-url': { type: 'string' },
      'token-stdin': { type: 'boolean' },
      'sandbox-user': { type: 'string' },
    });
    const config = loadConfig(io.env);
    const graphUrl = options['graph-url'] ?? config.graphBaseUrl;
    const tokens = await resolveTokens({ tokenStdin: options['token-stdin'], sandboxUser: options['sandbox-user'], graphUrl }, io, {
      sharePoint: false,
    });
    const graph = connectGraph(graphUrl, tokens.graph);
    const now = new Date();
    let anything = false;
    for (const ref of await forumRefs(graph, config.forums, options.forum ?? [])) {
      let forum: Forum;
      try {
        forum = await new ForumStore(graph).load(ref);
      } catch (error) {
        anything = true;
        io.err(`Forum ${ref.groupId} kunne ikke læses / could not be read: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const steps = await stuckSteps(graph, forum, now);
      if (steps.length > 0) anything = true;
      for (const line of stuckStepLines(`${forum.name}${forum.shortName ? ` (${forum.shortName})` : ''}`, steps)) io.out(line);
    }
    return anything ? EXIT.failed : EXIT.ok;
  },
};
