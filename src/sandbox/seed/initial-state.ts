import { seedCalendar } from '../calendar/seed';
import { seedDirectory } from '../directory/seed';
import { seedMail } from '../mail/seed';
import { seedSites } from '../sites/seed';
import type { SandboxState } from '../state';
import type { Seed } from './types';

/** A fresh sandbox state from the seed: directory, forum sites and lists, calendars, mailboxes. */
export function initialState(seed: Seed, now: Date): SandboxState {
  const directory = seedDirectory(seed);
  return {
    version: 1,
    directory,
    sites: seedSites(seed, directory, now),
    calendar: seedCalendar(seed, directory, now),
    mail: seedMail(seed, directory),
  };
}
