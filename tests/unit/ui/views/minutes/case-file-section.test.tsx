/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { Forum, Meeting } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import { CaseFileRefusedError, type CaseFileApi, type CaseFileResult } from '../../../../../src/store/case-file/case-file-api';
import type { MinutesVersionsApi } from '../../../../../src/store/minutes/minutes-versions-api';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { CaseFileSection } from '../../../../../src/ui/views/minutes/CaseFileSection';
import { homeData, NOW, SECRETARY } from '../../fixtures';
import { fakePart, fakeStores, memoryHome } from '../../../support/fake-stores';

/**
 * "Arkivpakke til sagssystemet": the button makes or finds the package and hands the zip to the browser under its
 * name; the section lists what it holds, links to it in the meeting's folder, warns when it no longer matches its
 * manifest, and names the files that keep it from being made.
 */

configure({ asyncUtilTimeout: 8000 });

const forum: Forum = {
  groupId: 'g',
  siteId: 's',
  name: 'Klyngestyregruppen',
  shortName: 'KSG',
  kind: 'steering-group',
  mailbox: 'ksg@x.example',
  members: [SECRETARY],
};
const meeting: Pick<Meeting, 'id'> = { id: '7' };

const PACKAGE: CaseFileResult = {
  outcome: 'created',
  fileName: 'Arkivpakke 2026-06-11 KSG v1.zip',
  webUrl: 'https://sp.example/Arkivpakke.zip',
  bytes: new Uint8Array([80, 75, 5, 6]),
  intact: true,
  documents: [
    {
      file: 'Dokumenter/01 Dagsorden.pdf',
      kind: 'Dagsorden',
      date: '2026-06-03',
      description: 'Dagsorden til Møde 2/2026',
      size: 10,
      sha256: 'a',
    },
    {
      file: 'Dokumenter/02 Svar.txt',
      kind: 'Høringssvar',
      date: '2026-06-20',
      description: '<img src=x onerror=alert(1)>',
      size: 5,
      sha256: 'b',
    },
  ],
};

function renderSection(api: CaseFileApi) {
  const minutesVersions = fakePart<MinutesVersionsApi>('stores.minutesVersions', { archivePackage: api.archivePackage });
  const stores = fakeStores({ home: memoryHome(homeData(SECRETARY, [])), minutesVersions });
  const services = { host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <CaseFileSection forum={forum} meeting={meeting} />
    </AppProviders>,
  );
}

describe('the archive package section', () => {
  let saved: { name: string; type: string; size: number }[];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push({ name: '', type: blob.type, size: blob.size });
      return 'blob:arkiv';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const last = saved.at(-1);
      if (last) last.name = this.download;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('makes the package, downloads it under its name and lists its documents as text', async () => {
    const archivePackage = jest.fn(() => Promise.resolve(PACKAGE));
    renderSection({ archivePackage });
    const section = screen.getByRole('region', { name: 'Arkivpakke til sagssystemet' });
    fireEvent.click(within(section).getByRole('button', { name: 'Hent arkivpakke' }));
    expect(await screen.findByText('Arkivpakken er dannet med 2 dokumenter og gemt i mødets mappe. Den hentes nu.')).toBeTruthy();
    expect(archivePackage).toHaveBeenCalledWith(forum, meeting);
    expect(saved).toEqual([{ name: 'Arkivpakke 2026-06-11 KSG v1.zip', type: 'application/zip', size: 4 }]);
    const list = screen.getByRole('list', { name: 'Dokumenter i arkivpakken' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Dagsorden, 3. juni 2026: Dagsorden til Møde 2/2026', 'Høringssvar, 20. juni 2026: <img src=x onerror=alert(1)>']);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Åbn arkivpakken i mødets mappe' }).getAttribute('href')).toBe(PACKAGE.webUrl);
    expect(screen.queryByText(/stemmer ikke længere/)).toBeNull();
  });

  it('says when the package was there already, and warns when it no longer matches its manifest', async () => {
    renderSection({ archivePackage: () => Promise.resolve({ ...PACKAGE, outcome: 'found', intact: false }) });
    fireEvent.click(screen.getByRole('button', { name: 'Hent arkivpakke' }));
    expect(await screen.findByText(/Arkivpakken var allerede dannet \(2 dokumenter\)/)).toBeTruthy();
    expect(screen.getByText(/stemmer ikke længere med sit manifest/)).toBeTruthy();
  });

  it('names the missing files when it cannot be made, and downloads nothing', async () => {
    renderSection({
      archivePackage: () =>
        Promise.reject(new CaseFileRefusedError('missing-documents', ['Godkendte referater/Referat v1 (godkendt).pdf'])),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Hent arkivpakke' }));
    expect(
      await screen.findByText(
        'Arkivpakken kan ikke dannes, fordi disse filer mangler: Godkendte referater/Referat v1 (godkendt).pdf. Læg dem tilbage på deres plads, og prøv igen.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hent arkivpakke' }).hasAttribute('disabled')).toBe(false));
    expect(saved).toEqual([]);
  });
});
