import type { CliIo } from './cli-command';
import { UsageError } from './cli-command';
import { sandboxToken } from './provision/connect';

/**
 * Where the CLI's access tokens come from: the environment, standard input, or the local sandbox — never the command
 * line, whose arguments end up in shell history and in every user's process list (`ps`).
 */

export const GRAPH_TOKEN_ENV = 'SEKRETARIAT_GRAPH_TOKEN';
export const SHAREPOINT_TOKEN_ENV = 'SEKRETARIAT_SHAREPOINT_TOKEN';

/** `--token`, `--token=…` and their Graph/SharePoint variants. */
const TOKEN_ARGUMENT = /^--(graph-|sharepoint-)?token(=.*)?$/;

export const TOKEN_ARGUMENT_REFUSED =
  `--token findes ikke: tokens på kommandolinjen havner i shell-historikken og proceslisten; brug ${GRAPH_TOKEN_ENV} eller --token-stdin` +
  ` / --token is not accepted: tokens on the command line end up in shell history and process lists; use ${GRAPH_TOKEN_ENV} or --token-stdin`;

/** Refuses a token given as an argument, before the arguments are parsed (so the refusal says why, not just "unknown option"). */
export function refuseTokenArguments(args: readonly string[]): void {
  if (args.some((a) => TOKEN_ARGUMENT.test(a))) throw new UsageError(TOKEN_ARGUMENT_REFUSED);
}

export interface TokenSources {
  /** `--token-stdin`: the Graph token is the first line of standard input, the SharePoint token the second. */
  readonly tokenStdin?: boolean;
  /** `--sandbox-user UPN`: one sandbox token, which serves Graph and SharePoint alike. */
  readonly sandboxUser?: string;
  /** The Graph root, to find the sandbox's token endpoint. */
  readonly graphUrl: string;
}

export interface CliTokens {
  readonly graph: string;
  readonly sharePoint?: string;
}

const present = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** The tokens a command needs; a SharePoint token only when `sharePoint` is asked for. Missing ones are a usage error that says where to put them. */
export async function resolveTokens(sources: TokenSources, io: CliIo, need: { readonly sharePoint: boolean }): Promise<CliTokens> {
  if (sources.tokenStdin && sources.sandboxUser)
    throw new UsageError('Brug enten --token-stdin eller --sandbox-user, ikke begge / use one of them');
  if (sources.sandboxUser) {
    const token = await sandboxToken(sources.graphUrl, sources.sandboxUser);
    return { graph: token, sharePoint: token };
  }
  let graph = present(io.env[GRAPH_TOKEN_ENV]);
  let sharePoint = present(io.env[SHAREPOINT_TOKEN_ENV]);
  if (sources.tokenStdin) {
    const [first, second] = (io.readStdin ? await io.readStdin() : '').split(/\r?\n/);
    graph = present(first);
    sharePoint = present(second) ?? sharePoint;
    if (!graph)
      throw new UsageError(
        '--token-stdin: standardinput havde intet token på første linje / standard input had no token on its first line',
      );
  }
  if (!graph) {
    throw new UsageError(
      `Intet Graph-token: sæt ${GRAPH_TOKEN_ENV}, giv det på standardinput med --token-stdin, eller brug --sandbox-user UPN mod sandkassen` +
        ` / no Graph token: set ${GRAPH_TOKEN_ENV}, pipe it in with --token-stdin, or use --sandbox-user UPN against the sandbox`,
    );
  }
  if (need.sharePoint && !sharePoint) {
    throw new UsageError(
      `Intet SharePoint-token: sæt ${SHAREPOINT_TOKEN_ENV} eller giv det som anden linje på standardinput med --token-stdin (SharePoints REST-API kræver sit eget token med AllSites.FullControl)` +
        ` / no SharePoint token: set ${SHAREPOINT_TOKEN_ENV} or pipe it as the second line with --token-stdin (SharePoint's REST API needs its own token with AllSites.FullControl)`,
    );
  }
  return { graph, ...(sharePoint ? { sharePoint } : {}) };
}
