import type { CliCommand } from '../command';
import { DEFAULT_BASE_URL } from '../manifest/settings';

/** Danish first, English after; every command with its arguments. */
export function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.flatMap((c) => [`  ${c.name.padEnd(width)}  ${c.summary}`, `  ${' '.repeat(width)}    sekretariat ${c.name} ${c.usage}`]);
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
    '  SEKRETARIAT_FORUMS          forummerne remind gennemgår / the forums remind goes through (JSON [{groupId, siteId}])',
    '',
    'sekretariat --help viser denne tekst / shows this text.',
  ].join('\n');
}
