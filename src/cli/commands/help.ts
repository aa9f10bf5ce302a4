import type { CliCommand } from '../cli-command';
import { DEFAULT_BASE_URL } from '../manifest/settings';

/** Danish first, English after; every command with its arguments. */
export function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.flatMap((c) => [
    `  ${c.name.padEnd(width)}  ${c.summary}`,
    `  ${' '.repeat(width)}    sekretariat ${c.name} ${c.usage}`,
  ]);
  return [
    'sekretariat – administration af Sekretariat (Teams-app og Outlook-tilføjelsesprogram)',
    'sekretariat – admin command line for Sekretariat (Teams app and Outlook add-in)',
    '',
    'Brug / usage: sekretariat <kommando> [tilvalg]',
    '',
    'Kommandoer / commands:',
    ...lines,
    '',
    'Miljøvariabler / environment:',
    `  SEKRETARIAT_APP_BASE_URL    hvor appen serveres / where the app is served (standard ${DEFAULT_BASE_URL})`,
    '  SEKRETARIAT_CLIENT_ID       app-registreringens klient-id / the app registration’s client id (GUID)',
    '  SEKRETARIAT_GRAPH_BASE_URL  Graph-rod til provision og remind / Graph root for provision and remind (standard: sandkassen)',
    '  SEKRETARIAT_FORUMS          forummerne remind og status gennemgår / the forums remind and status go through (JSON [{groupId, siteId}])',
    '  SEKRETARIAT_GRAPH_TOKEN     Graph-token til provision, doctor, remind og status / Graph access token for provision, doctor, remind and status',
    '  SEKRETARIAT_SHAREPOINT_TOKEN  SharePoint-token (AllSites.FullControl) til provision og doctor / SharePoint access token for provision and doctor',
    '',
    'Tokens gives aldrig som argumenter (de havner i shell-historikken og proceslisten): brug miljøvariablerne eller',
    '--token-stdin (Graph-token på første linje, SharePoint-token på anden) / tokens are never arguments (they end up in',
    'shell history and process lists): use the environment or --token-stdin (Graph token first line, SharePoint second).',
    '',
    'sekretariat --help viser denne tekst / shows this text.',
  ].join('\n');
}
