import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseMail } from '../../domain/mail/parse-mail';
import { CONSULTATION_DA } from '../../domain/vocabulary/consultation-labels';
import type { ParsedMail } from '../../domain/mail/mail-types';
import { emlToMailMessage } from '../../store/mail/eml-to-message';
import type { CliCommand } from '../cli-command';
import { EXIT, UsageError } from '../cli-command';

const KIND_DA: Readonly<Record<ParsedMail['kind'], string>> = {
  submission: 'Punkt til dagsordenen',
  consultationReply: 'Svar på skriftlig høring',
  autoReply: 'Autosvar / leveringsrapport',
  other: 'Andet',
};
const VERDICT_DA = CONSULTATION_DA.verdict;

/** The JSON the issue names, in its key order; absent fields are null. */
export function intakeJson(parsed: ParsedMail): Record<string, unknown> {
  return {
    kind: parsed.kind,
    title: parsed.title,
    recommendations: parsed.recommendations,
    description: parsed.description,
    presenter: parsed.presenter,
    meetingHint: parsed.meetingHint,
    durationMinutes: parsed.durationMinutes,
    attachments: parsed.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })),
    sender: parsed.sender ? { name: parsed.sender.name, address: parsed.sender.address } : null,
    ...(parsed.kind === 'consultationReply' ? { consultationRef: parsed.consultationRef, verdict: parsed.verdict } : {}),
  };
}

const size = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function intakeText(parsed: ParsedMail): string {
  const none = '–';
  const lines = [
    `${KIND_DA[parsed.kind]}`,
    `  Afsender:      ${parsed.sender ? `${parsed.sender.name} <${parsed.sender.address}>`.trim() : none}`,
    `  Titel:         ${parsed.title ?? none}`,
  ];
  if (parsed.kind === 'consultationReply') {
    lines.push(
      `  Høring:        ${parsed.consultationRef ?? none}`,
      `  Svar:          ${parsed.verdict ? VERDICT_DA[parsed.verdict] : none}`,
    );
    if (parsed.replyText) lines.push('', ...parsed.replyText.split('\n').map((l) => `  ${l}`));
    return lines.join('\n');
  }
  if (parsed.kind !== 'submission') return lines.join('\n');
  lines.push(
    `  Oplægsholder:  ${parsed.presenter ?? none}`,
    `  Møde:          ${parsed.meetingHint ?? none}`,
    `  Tidsforbrug:   ${parsed.durationMinutes === null ? none : `${parsed.durationMinutes} min`}`,
    '',
    'Indstilling',
    ...(parsed.recommendations.length ? parsed.recommendations.map((r) => `  • ${r}`) : [`  ${none}`]),
    '',
    'Sagsfremstilling',
    ...(parsed.description ? parsed.description.split('\n').map((l) => `  ${l}`) : [`  ${none}`]),
    '',
    'Bilag',
    ...(parsed.attachments.length ? parsed.attachments.map((a) => `  • ${a.name} (${a.contentType}, ${size(a.size)})`) : [`  ${none}`]),
  );
  return lines.join('\n');
}

function options(args: readonly string[]): { file: string; json: boolean } {
  const [sub, ...rest] = args;
  if (sub !== 'parse')
    throw new UsageError(
      sub === undefined ? 'Mangler underkommando / missing subcommand: parse' : `Ukendt underkommando / unknown subcommand: ${sub}`,
    );
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { json: { type: 'boolean' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('Angiv én .eml-fil / give one .eml file');
  return { file, json: parsed.values.json === true };
}

export const intakeCommand: CliCommand = {
  name: 'intake',
  summary: 'Læs en mail (.eml) som punkt til dagsordenen · Parse a mail (.eml) as an agenda item',
  usage: 'parse FILE.eml [--json]',
  async run(args, io) {
    const { file, json } = options(args);
    let raw: Buffer;
    try {
      raw = readFileSync(resolve(io.cwd, file));
    } catch (error) {
      throw new Error(`Kan ikke læse ${file} / cannot read it: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = parseMail(await emlToMailMessage(raw));
    io.out(json ? JSON.stringify(intakeJson(parsed), null, 2) : intakeText(parsed));
    return EXIT.ok;
  },
};
