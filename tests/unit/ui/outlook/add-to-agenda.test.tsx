/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parseMail } from '../../../../src/domain/mail/parse-mail';
import type { Submission } from '../../../../src/domain/types';
import type { MessageRef, StructuredMail } from '../../../../src/host/capabilities';
import type { AddToAgendaRequest, IntakeMessage, OutlookIntakeApi } from '../../../../src/store/outlook-intake';
import { forumHome, homeData, MEMBER, SECRETARY } from '../fixtures';
import { renderApp } from '../render-app';

configure({ asyncUtilTimeout: 8000 });

const SHARED = 'ksg-sekretariat@regionfjord.example';
const REF: MessageRef = {
  id: 'AAMk-rest',
  subject: 'Sagsfremstilling: Fælles forløb',
  from: { name: 'Ukendt Person', address: 'ukendt@andetsted.example' },
  sharedMailbox: SHARED,
};
const MESSAGE: IntakeMessage = {
  id: 'AAMk-rest',
  mailbox: SHARED,
  receivedAt: '2026-04-18T08:00:00Z',
  mail: {
    subject: 'Sagsfremstilling: Fælles forløb',
    from: { name: 'Ukendt Person', address: 'ukendt@andetsted.example' },
    to: [{ name: 'KSG', address: SHARED }],
    html: '<p><b>Indstilling</b></p><ul><li>at klyngestyregruppen drøfter forløbet</li></ul><p><b>Sagsfremstilling</b></p><p>Baggrund.</p>',
    attachments: [{ name: 'Notat.pdf', contentType: 'application/pdf', size: 20480 }],
    internetMessageId: '<f1@andetsted.example>',
  },
  attachments: [{ id: 'a1', name: 'Notat.pdf', contentType: 'application/pdf', size: 20480, isInline: false }],
};

/** An intake store in memory: the first add creates KSG-0042, later ones find it. */
function memoryIntake(existing?: Submission) {
  const loads: unknown[] = [];
  const adds: AddToAgendaRequest[] = [];
  let stored = existing;
  const intake: OutlookIntakeApi = {
    load: (open, fallback) => {
      loads.push({ open, fallback });
      return Promise.resolve(MESSAGE);
    },
    find: () => Promise.resolve(stored),
    add: (request) => {
      adds.push(request);
      const created = stored === undefined;
      stored ??= {
        id: '42',
        forumId: 'g-ksg',
        reference: 'KSG-0042',
        title: request.item.title,
        senderName: request.item.senderName,
        senderAddress: request.item.senderAddress,
        receivedAt: request.message.receivedAt,
        status: 'new',
        recommendations: [...request.item.recommendations],
        description: request.item.description,
        internetMessageId: request.message.mail.internetMessageId ?? '',
        etag: '"1"',
      };
      return Promise.resolve({ submission: stored, created, copied: created ? 1 : 0 });
    },
  };
  return { intake, loads, adds };
}

describe('Tilføj til dagsorden (Outlook read command)', () => {
  it('is offered to the secretariat only, where a message is open', async () => {
    const m = memoryIntake();
    renderApp(homeData(MEMBER, [forumHome('member')]), {
      host: { currentMessage: () => Promise.resolve(REF) },
      stores: { outlookIntake: m.intake },
    });
    await screen.findByText('Forsiden er indlæst');
    expect(screen.queryByRole('region', { name: 'Tilføj til dagsorden' })).toBeNull();
    expect(m.loads).toHaveLength(0);
  });

  it('shows the parsed fields for correction, flags the unknown sender, and creates the item once', async () => {
    const m = memoryIntake();
    const { host } = renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      host: { currentMessage: () => Promise.resolve(REF) },
      stores: { outlookIntake: m.intake },
    });
    const panel = await screen.findByRole('region', { name: 'Tilføj til dagsorden' });
    const title = await within(panel).findByRole('textbox', { name: /Titel/ });
    // Whatever the parser makes of the mail is what the form starts with.
    const parsed = parseMail(MESSAGE.mail);
    expect((title as HTMLInputElement).value).toBe(parsed.title ?? MESSAGE.mail.subject);
    expect(m.loads).toEqual([{ open: { id: 'AAMk-rest', sharedMailbox: SHARED }, fallback: [SHARED] }]);
    expect(
      within(panel).getByText(/Ukendt afsender: ukendt@andetsted.example er ikke medlem af Klyngestyregruppen for Fjordklyngen/),
    ).toBeTruthy();
    expect(within(panel).getByText('Notat.pdf (20 kB)')).toBeTruthy();

    // The default meeting: the next one still open for items (not the held one, the planning one or the cancelled one).
    const meeting = within(panel).getByRole('combobox', { name: 'Møde' }) as HTMLSelectElement;
    expect(meeting.value).toBe('3');
    expect([...meeting.options].map((o) => o.value)).toEqual(['3', '5']);
    fireEvent.change(meeting, { target: { value: '5' } });

    fireEvent.change(title, { target: { value: 'Fælles forløb for borgere med KOL' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Indstilling/ }), {
      target: { value: '- at klyngestyregruppen drøfter forløbet\n\nat sekretariatet følger op' },
    });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Tidsforbrug/ }), { target: { value: '20' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Tilføj til dagsorden' }));
    await within(panel).findByText(
      'Punktet KSG-0042 "Fælles forløb for borgere med KOL" er oprettet, og 1 bilag er kopieret til mødets mappe.',
    );
    expect(m.adds).toHaveLength(1);
    expect(m.adds[0]).toMatchObject({
      forum: { groupId: 'g-ksg', shortName: 'KSG' },
      meeting: { id: '5' },
      message: MESSAGE,
      item: {
        title: 'Fælles forløb for borgere med KOL',
        recommendations: ['at klyngestyregruppen drøfter forløbet', 'at sekretariatet følger op'],
        durationMinutes: 20,
        senderAddress: 'ukendt@andetsted.example',
        unknownSender: true,
      },
    });
    expect((host as { record: { notices: unknown[] } }).record.notices).toHaveLength(1);

    // Pressed again: "already added" with the reference — the store is asked, and makes nothing new.
    fireEvent.click(within(panel).getByRole('button', { name: 'Tilføj til dagsorden' }));
    await within(panel).findByText(
      'Mailen er allerede tilføjet som KSG-0042 "Fælles forløb for borgere med KOL". Der er ikke oprettet et nyt punkt.',
    );
  });

  it('says up front when the mail was added before, and checks the title before creating anything', async () => {
    const before = {
      id: '7',
      forumId: 'g-ksg',
      reference: 'KSG-0007',
      title: 'Tidligere punkt',
      senderName: '',
      senderAddress: '',
      receivedAt: '',
      status: 'new',
      recommendations: [],
      description: '',
      internetMessageId: '<f1@andetsted.example>',
      etag: '"1"',
    } as const;
    const m = memoryIntake(before);
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      host: { currentMessage: () => Promise.resolve(REF) },
      stores: { outlookIntake: m.intake },
    });
    const panel = await screen.findByRole('region', { name: 'Tilføj til dagsorden' });
    await within(panel).findByText(
      'Mailen er allerede tilføjet som KSG-0007 "Tidligere punkt". Tryk på knappen for at gemme dine rettelser på det punkt – der oprettes ikke et nyt.',
    );
    fireEvent.change(within(panel).getByRole('textbox', { name: /Titel/ }), { target: { value: '  ' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Tidsforbrug/ }), { target: { value: 'en time' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Gem rettelser på punktet' }));
    await within(panel).findByText('Skal udfyldes.');
    expect(within(panel).getByText('Skriv et helt antal minutter fra 1 til 240.')).toBeTruthy();
    expect(m.adds).toHaveLength(0);
  });

  it('says so, instead of showing an empty card, when Outlook gives no id for the open mail', async () => {
    const m = memoryIntake();
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      host: { currentMessage: () => Promise.resolve({ ...REF, id: '' }) },
      stores: { outlookIntake: m.intake },
    });
    const panel = await screen.findByRole('region', { name: 'Tilføj til dagsorden' });
    expect(await within(panel).findByText(/Outlook har ikke givet mailens id endnu/)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Tilføj til dagsorden' })).toBeNull();
    expect(m.loads).toHaveLength(0);
  });
});

describe('Indsend dagsordenspunkt (Outlook compose command)', () => {
  function composer() {
    const written: StructuredMail[] = [];
    return { written, host: { composeInto: (draft: StructuredMail) => (written.push(draft), Promise.resolve()) } };
  }

  it('asks for the fields a case presentation needs before writing anything', async () => {
    const c = composer();
    renderApp(homeData(MEMBER, [forumHome('member')]), { host: c.host });
    const panel = await screen.findByRole('region', { name: 'Indsend dagsordenspunkt' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('textbox', { name: /Titel/ });
    fireEvent.click(within(panel).getByRole('button', { name: 'Skriv i mailen' }));
    await within(panel).findByText('Skriv mindst én indstilling.');
    expect(within(panel).getAllByText('Skal udfyldes.')).toHaveLength(2);
    expect(c.written).toHaveLength(0);
  });

  it('writes the structured mail to the forum mailbox, every value escaped', async () => {
    const c = composer();
    renderApp(homeData(MEMBER, [forumHome('member')]), { host: c.host });
    const panel = await screen.findByRole('region', { name: 'Indsend dagsordenspunkt' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('textbox', { name: /Titel/ });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Titel/ }), { target: { value: 'KOL <b>nu</b>' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Indstilling/ }), {
      target: { value: 'klyngestyregruppen drøfter <script>x</script>' },
    });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Sagsfremstilling/ }), { target: { value: 'Baggrund & status' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Oplægsholder/ }), { target: { value: 'Lars Harbo, Skovlund Kommune' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Tidsforbrug/ }), { target: { value: '15' } });
    expect((within(panel).getByRole('combobox', { name: 'Møde' }) as HTMLSelectElement).value).toBe('3');
    fireEvent.click(within(panel).getByRole('button', { name: 'Skriv i mailen' }));
    await within(panel).findByText(/Mailen er udfyldt til ksg-sekretariat@regionfjord.example/);
    expect(c.written).toHaveLength(1);
    const mail = c.written[0];
    expect(mail?.to).toEqual([SHARED]);
    expect(mail?.subject).toBe('Sagsfremstilling: KOL <b>nu</b>');
    expect(String(mail?.htmlBody)).toContain('Ønskes behandlet på mødet 11. juni 2026');
    expect(String(mail?.htmlBody)).toContain('<li>at klyngestyregruppen drøfter &lt;script&gt;x&lt;/script&gt;</li>');
    expect(String(mail?.htmlBody)).toContain('<p>Baggrund &amp; status</p>');
    expect(String(mail?.htmlBody)).not.toContain('<script>');
  });

  it('is not there when the host cannot write into a draft', async () => {
    renderApp(homeData(MEMBER, [forumHome('member')]));
    await screen.findByText('Forsiden er indlæst');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Indsend dagsordenspunkt' })).toBeNull());
  });
});
