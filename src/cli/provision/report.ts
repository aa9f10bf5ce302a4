import type { Deviation } from '../../store/site-permissions/audit';
import type { ApplyResult } from '../../store/site-permissions/apply';
import type { ChairsFromMembers } from '../../store/site-permissions/chairs';
import { line } from '../../store/site-permissions/wording';
import type { CliIo } from '../cli-command';

/** What `provision` and `provision --check` print about a site's permissions. */

export function printChairs(io: CliIo, found: ChairsFromMembers): void {
  const list = found.chairs.length > 0 ? found.chairs.join(', ') : '(ingen / none)';
  io.out(`Formandskab / chairs (Members-rækker skrevet af gruppens ejere / rows written by the group's owners): ${list}`);
  for (const row of found.ignored) {
    io.out(
      `  Ignoreret / ignored: ${row.email} som medformand / as chair – rækken er skrevet af ${row.by}, der ikke er ejer af gruppen / the row was written by a non-owner`,
    );
  }
}

export function printWithoutAccount(io: CliIo, emails: readonly string[]): void {
  for (const email of emails)
    io.out(
      `  Uden konto / no account: ${email} – kan ikke få rettigheder på sitet (kun mail) / can be given no permissions on the site (mail only)`,
    );
}

export function printDeviations(io: CliIo, deviations: readonly Deviation[]): void {
  for (const d of deviations) io.out(`  ${line(d.subject, d.words)}`);
}

export function printApplied(io: CliIo, result: ApplyResult): void {
  for (const change of result.changes) io.out(`  ${line(change.subject, change.words)}`);
  io.out(
    result.changes.length === 0
      ? 'Ingen ændringer – sitet følger allerede planen / no changes – the site already matches the plan'
      : `Ændringer / changes: ${result.changes.length}`,
  );
  printWithoutAccount(io, result.withoutAccount);
  if (result.unresolved.length > 0) {
    io.err('Kunne ikke rettes af provision / provision could not fix:');
    for (const d of result.unresolved) io.err(`  ${line(d.subject, d.words)}`);
  }
}
