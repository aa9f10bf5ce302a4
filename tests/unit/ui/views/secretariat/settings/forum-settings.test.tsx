/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PRESETS, type Commissorium } from '../../../../../../src/domain/commissorium';
import type { ForumRef } from '../../../../../../src/domain/types';
import { ConflictError } from '../../../../../../src/store/failures';
import type { SettingsItem, ForumSettingsApi, StoredSettings } from '../../../../../../src/store/forum-settings-store';
import type { MemberInput, MembersApi, StoredMember } from '../../../../../../src/store/members-store';
import { createStores, type ForumStores } from '../../../../../../src/store/stores';
import { FakeGraph } from '../../../../store/fake-graph';
import { forumHome, homeData, SECRETARY } from '../../../fixtures';
import { renderApp } from '../../../render-app';

// The drawer holds a long Fluent form; jsdom takes seconds to render it on a loaded machine.
jest.setTimeout(60_000);

/** The Forum item in memory: a save with a stale eTag is refused as Graph would (412 → ConflictError). */
class FakeSettings implements ForumSettingsApi {
  version = 1;
  saves: Commissorium[] = [];
  constructor(public stored: Commissorium) {}
  get item(): SettingsItem {
    return { id: '1', etag: `"f,${this.version}"` };
  }
  load(): Promise<StoredSettings> {
    return Promise.resolve({ settings: this.stored, item: this.item });
  }
  save(current: SettingsItem | undefined, c: Commissorium): Promise<SettingsItem> {
    if (current?.etag !== this.item.etag) return Promise.reject(new ConflictError('Forum', '1'));
    this.stored = c;
    this.saves.push(c);
    this.version += 1;
    return Promise.resolve(this.item);
  }
  /** Someone else saves in between. */
  changeElsewhere(c: Commissorium): void {
    this.stored = c;
    this.version += 1;
  }
}

class FakeMembers implements MembersApi {
  members: StoredMember[] = [];
  private next = 1;
  list(): Promise<StoredMember[]> {
    return Promise.resolve([...this.members]);
  }
  add(input: MemberInput): Promise<{ member: StoredMember; created: boolean }> {
    const found = this.members.find((m) => m.member.email === input.email);
    if (found) return Promise.resolve({ member: found, created: false });
    const member: StoredMember = { member: { id: String(this.next++), ...input }, etag: '"m,1"' };
    this.members.push(member);
    return Promise.resolve({ member, created: true });
  }
  update(id: string, _etag: string, input: MemberInput): Promise<StoredMember> {
    const updated = { member: { id, ...input }, etag: '"m,2"' };
    this.members = this.members.map((m) => (m.member.id === id ? updated : m));
    return Promise.resolve(updated);
  }
  remove(id: string): Promise<void> {
    this.members = this.members.filter((m) => m.member.id !== id);
    return Promise.resolve();
  }
  confirm(stored: StoredMember, corrected?: MemberInput): Promise<StoredMember> {
    const { unverified, ...member } = stored.member;
    const confirmed = {
      member: { ...member, ...(corrected ?? {}), role: corrected?.role ?? unverified?.listedRole ?? member.role },
      etag: '"m,3"',
    };
    this.members = this.members.map((m) => (m.member.id === member.id ? confirmed : m));
    return Promise.resolve(confirmed);
  }
}

function setup(initial: Commissorium = { ...PRESETS['horsens-2024'], rooms: ['Konferencesal A'] }) {
  const settings = new FakeSettings(initial);
  const members = new FakeMembers();
  let loads = 0;
  const base = createStores(new FakeGraph(() => ({ status: 404 })), []);
  const forum = (ref: ForumRef): ForumStores => {
    const stores = base.forum?.(ref);
    if (!stores) throw new Error('createStores gives forum stores');
    return { ...stores, settings, members };
  };
  const load = () => {
    loads += 1;
    const home = forumHome('secretariat');
    return Promise.resolve(
      homeData(SECRETARY, [{ ...home, forum: { ...home.forum, settings: settings.stored, settingsItem: settings.item } }]),
    );
  };
  renderApp(load, { stores: { forum } });
  return { settings, members, loads: () => loads };
}

/** As a pointer does it: focus, then click (Fluent's focus trap follows focus; fireEvent.click alone moves none). */
function press(element: HTMLElement): void {
  act(() => element.focus());
  fireEvent.click(element);
}

/** The dialog (or drawer) titled `title`; found from its heading, which is faster than a role query over the page. */
async function dialogTitled(title: string): Promise<HTMLElement> {
  // The drawer's code loads when it is first opened (a lazy chunk in the app; in jest its modules compile then).
  const heading = await screen.findByText(title, { selector: 'h2' }, { timeout: 15_000 });
  const dialog = heading.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error(`no dialog around ${title}`);
  return dialog;
}

/**
 * The button named `name` (its aria-label, else its text). Role queries are exact but take seconds each over
 * Fluent's DOM in jsdom; the e2e test covers the same controls by role and with axe in Chromium.
 */
function button(container: HTMLElement, name: string): HTMLElement {
  const found = Array.from(container.querySelectorAll<HTMLElement>('button')).find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

function tab(container: HTMLElement, name: string): HTMLElement {
  const found = Array.from(container.querySelectorAll<HTMLElement>('[role="tab"]')).find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`no tab named ${name}`);
  return found;
}

async function openSettings() {
  const button = (await screen.findByText('Forumindstillinger', { selector: 'button' })) as HTMLElement;
  press(button);
  return dialogTitled('Forumindstillinger');
}

describe('forum settings', () => {
  it('lets the secretariat change the number of meetings, previews the year and saves', async () => {
    const { settings, loads } = setup();
    const drawer = await openSettings();
    expect(tab(drawer, 'Møder og frister').getAttribute('aria-selected')).toBe('true');
    expect(within(drawer).getByText('Giver 4 møder i 2027')).toBeTruthy();

    fireEvent.change(within(drawer).getByLabelText('Antal om året'), { target: { value: '5' } });
    fireEvent.change(within(drawer).getByLabelText('Lokale 1 (sædvanligt)'), { target: { value: 'Mødelokale 3' } });
    expect(within(drawer).getByText('Giver 5 møder i 2027')).toBeTruthy();
    press(button(drawer, 'Gem indstillinger'));

    await waitFor(() => expect(settings.saves).toHaveLength(1));
    expect(settings.saves[0]?.series[0]?.perYear).toBe(5);
    expect(settings.saves[0]?.rooms).toEqual(['Mødelokale 3']);
    expect(settings.saves[0]?.deadlines).toEqual(PRESETS['horsens-2024'].deadlines);
    await waitFor(() => expect(loads()).toBe(2)); // the home reloads to show the new settings
    expect(screen.queryByText('Forumindstillinger', { selector: 'h2' })).toBeNull();

    const again = await openSettings();
    expect((within(again).getByLabelText('Antal om året') as HTMLInputElement).value).toBe('5');
  });

  it('shows a message per field and keeps Save disabled while the form is invalid', async () => {
    const { settings } = setup();
    const drawer = await openSettings();
    fireEvent.change(within(drawer).getByLabelText('Antal om året'), { target: { value: '0' } });
    expect(within(drawer).getByText('Skriv et helt tal fra 1 til 24')).toBeTruthy();
    expect(within(drawer).getByLabelText('Antal om året').getAttribute('aria-invalid')).toBe('true');
    expect(within(drawer).getByText('Ret felterne for at se årets møder')).toBeTruthy();
    const save = button(drawer, 'Gem indstillinger');
    expect(save.hasAttribute('disabled')).toBe(true);
    press(save);
    expect(settings.saves).toHaveLength(0);
  });

  it('after a conflict, reloads the stored settings instead of overwriting them', async () => {
    const { settings } = setup();
    const drawer = await openSettings();
    settings.changeElsewhere({
      ...PRESETS['horsens-2024'],
      series: [{ kind: 'ordinary', perYear: 6, durationMinutes: 120, form: 'physical' }],
    });
    fireEvent.change(within(drawer).getByLabelText('Antal om året'), { target: { value: '5' } });
    press(button(drawer, 'Gem indstillinger'));

    expect(await within(drawer).findByText('Nogen har ændret indstillingerne — genindlæs')).toBeTruthy();
    expect(button(drawer, 'Gem indstillinger').hasAttribute('disabled')).toBe(true);
    press(button(drawer, 'Genindlæs'));
    await waitFor(() => expect((within(drawer).getByLabelText('Antal om året') as HTMLInputElement).value).toBe('6'));
    expect(within(drawer).queryByText('Nogen har ændret indstillingerne — genindlæs')).toBeNull();
    expect(within(drawer).queryByLabelText('Lokale 1 (sædvanligt)')).toBeNull(); // the rooms someone else removed stay removed

    press(button(drawer, 'Gem indstillinger'));
    await waitFor(() => expect(settings.saves).toHaveLength(1));
    expect(settings.saves[0]?.series[0]?.perYear).toBe(6);
  });

  it('starts from a preset only after confirmation', async () => {
    setup();
    const drawer = await openSettings();
    fireEvent.change(within(drawer).getByLabelText('Start fra skabelon'), { target: { value: 'horsens-2023' } });
    const confirm = await dialogTitled('Erstat felterne med skabelonen?');
    press(button(confirm, 'Erstat'));
    await waitFor(() => expect(within(drawer).getAllByLabelText('Antal om året')).toHaveLength(2));
    expect(within(drawer).getByText('Giver 6 møder i 2027')).toBeTruthy();
    expect((within(drawer).getByLabelText('Lokale 1 (sædvanligt)') as HTMLInputElement).value).toBe('Konferencesal A');
  });

  it('adds, lists and removes members, chairs named as the forum names them', async () => {
    const { members } = setup();
    const drawer = await openSettings();
    press(tab(drawer, 'Medlemmer'));
    expect(await within(drawer).findByText('Forummet har ingen medlemmer endnu.')).toBeTruthy();

    press(button(drawer, 'Tilføj medlem'));
    const form = await dialogTitled('Nyt medlem');
    fireEvent.change(within(form).getByLabelText('Navn'), { target: { value: 'Nina Ny' } });
    fireEvent.change(within(form).getByLabelText('E-mail'), { target: { value: 'nina' } });
    expect(within(form).getByText('Skriv en gyldig e-mailadresse, fx navn@kommune.dk')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('E-mail'), { target: { value: 'Nina.Ny@Fjordby.example' } });
    fireEvent.change(within(form).getByLabelText('Rolle'), { target: { value: 'chair' } });
    press(button(form, 'Gem medlem'));

    const table = await waitFor(() => {
      const found = drawer.querySelector<HTMLElement>('table');
      if (!found) throw new Error('no table yet');
      return found;
    });
    expect(within(table).getByText('Nina Ny')).toBeTruthy();
    expect(within(table).getByText('Medformand')).toBeTruthy();
    expect(members.members[0]?.member.email).toBe('nina.ny@fjordby.example');

    press(button(table, 'Fjern Nina Ny'));
    const confirm = await dialogTitled('Fjern Nina Ny?');
    press(button(confirm, 'Fjern'));
    expect(await within(drawer).findByText('Nina Ny er fjernet')).toBeTruthy();
    expect(members.members).toHaveLength(0);
  });

  it('flags a row someone other than the secretariat wrote, and makes it the secretariat’s when confirmed', async () => {
    const { members } = setup();
    const base = {
      name: 'Otto Udenfor',
      email: 'otto@fjordby.example',
      organisation: 'Fjordby Kommune',
      organisationKind: 'municipality' as const,
      jobTitle: 'Direktør',
      external: false,
    };
    members.members = [
      { member: { id: '7', ...base, role: 'observer', unverified: { listedRole: 'chair', by: 'Otto Udenfor' } }, etag: '"m,1"' },
    ];
    const drawer = await openSettings();
    press(tab(drawer, 'Medlemmer'));
    expect(
      await within(drawer).findByText(
        '1 række er skrevet eller ændret af andre end sekretariatet. Kontrollér den, og bekræft eller ret den.',
      ),
    ).toBeTruthy();
    const table = drawer.querySelector<HTMLElement>('table');
    if (!table) throw new Error('no table');
    // What the row claims is shown, marked as not confirmed.
    expect(within(table).getByText('Medformand')).toBeTruthy();
    expect(within(table).getByText('Ikke bekræftet (Otto Udenfor)')).toBeTruthy();
    press(button(table, 'Bekræft Otto Udenfor'));
    expect(await within(drawer).findByText('Otto Udenfor er bekræftet af sekretariatet')).toBeTruthy();
    expect(members.members[0]?.member).toMatchObject({ role: 'chair' });
    expect(members.members[0]?.member.unverified).toBeUndefined();
  });
});
