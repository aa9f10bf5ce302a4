import { approvalStatus } from '../../../../src/domain/approval';
import {
  approvalAppendix,
  approvalRule,
  approvalTrail,
  approvedByLine,
  danishDateTime,
} from '../../../../src/domain/minutes/approval-appendix';
import { approvedMarking, buildMinutesDocument, circulationMail } from '../../../../src/domain/minutes/minutes-document';
import type { Approval, ApprovalRequestRecord, ForumMember } from '../../../../src/domain/types';
import { content } from './minutes-fixture';

/** Issue 13 point 5: the approved minutes carry their proof — who approved which hash, when, and how. */
const HASH = 'c0ffee'.padEnd(64, '0');
const OTHER = 'b'.repeat(64);

const chair = (id: string, name: string, organisation: string, jobTitle = ''): ForumMember => ({
  id,
  name,
  email: `${id}@fjordklyngen.example`,
  organisation,
  organisationKind: 'other',
  jobTitle,
  role: 'chair',
  external: false,
});
const JONAS = chair('jonas', 'Jonas Vestergaard', 'Regionshospitalet', 'Hospitalsdirektør');
const LENE = chair('lene', 'Lene Damgaard', 'Fjordby Kommune');
const YRSA = chair('yrsa', 'Yrsa Holm', '');
const CHAIRS = [JONAS, LENE, YRSA];

function answer(by: ForumMember, createdAt: string, over: Partial<Approval> = {}): Approval {
  return {
    id: `${by.id}-${createdAt}`,
    minutesVersionId: 'v1',
    contentHash: HASH,
    decision: 'approved',
    channel: 'teams',
    createdBy: { id: `u-${by.id}`, name: `${by.name} (konto)`, email: by.email.toUpperCase() },
    modifiedById: `u-${by.id}`,
    createdAt,
    ...over,
  };
}

const asked = (who: ForumMember, channel: ApprovalRequestRecord['channel']): ApprovalRequestRecord => ({
  email: who.email,
  channel,
  at: '2026-12-01T09:00:00Z',
});

describe('the approval appendix', () => {
  it.each([
    [3, 3, 3, 'alle 3 medformænd'],
    [3, 3, 2, 'alle 3 medformænd'],
    [2, 2, 2, 'begge medformænd'],
    [1, 1, 1, 'forummets medformand'],
    [2, 3, 2, '2 af 3 medformænd, som forummets regel kræver'],
    [2, 3, 1, '2 af 3 medformænd (forummets regel kræver 1)'],
  ])('%i approvals of %i chairs, rule %i: "%s"', (approvals, chairs, required, expected) => {
    expect(approvalRule(approvals, chairs, required)).toBe(expected);
  });

  it.each([
    ['2026-12-03T13:05:00Z', '3. december 2026 kl. 14.05'], // winter: UTC+1
    ['2027-06-30T22:30:00Z', '1. juli 2027 kl. 00.30'], // summer: UTC+2, already the next day in Copenhagen
    ['2027-03-28T01:30:00Z', '28. marts 2027 kl. 03.30'], // the morning the clocks go forward
  ])('%s is "%s" on the Copenhagen clock', (iso, expected) => {
    expect(danishDateTime(iso)).toBe(expected);
  });

  it('lists each co-chair whose counted answer approved, with organisation, e-mail, hash, time and channel in Danish', () => {
    const records = [
      answer(JONAS, '2026-12-03T13:05:00Z'),
      answer(LENE, '2026-12-02T08:00:00Z', { decision: 'changes-requested', channel: 'outlook' }),
      answer(LENE, '2026-12-04T15:45:00Z', { channel: 'browser' }), // her latest answer counts
      answer(YRSA, '2026-12-05T10:00:00Z', { channel: 'outlook' }),
    ];
    const status = approvalStatus({ contentHash: HASH }, records, CHAIRS);
    const appendix = approvalAppendix(
      2,
      approvalTrail({ contentHash: HASH, requests: [asked(JONAS, 'activity'), asked(LENE, 'mail'), asked(YRSA, 'activity')] }, status),
    );
    expect(appendix).toEqual({
      heading: 'Bilag: Formandskabets godkendelse',
      version: 2,
      contentHash: HASH,
      summary: 'Version 2 af referatet er godkendt af alle 3 medformænd.',
      hashNote:
        'SHA-256 er et fingeraftryk af referatets indhold; enhver ændring af indholdet giver en ny værdi. Hver medformand nedenfor har godkendt netop denne værdi.',
      chairs: [
        {
          name: 'Jonas Vestergaard',
          email: 'jonas@fjordklyngen.example',
          jobTitle: 'Hospitalsdirektør',
          organisation: 'Regionshospitalet',
          contentHash: HASH,
          at: '3. december 2026 kl. 14.05',
          channel: 'i Teams',
        },
        {
          name: 'Lene Damgaard',
          email: 'lene@fjordklyngen.example',
          organisation: 'Fjordby Kommune',
          contentHash: HASH,
          at: '4. december 2026 kl. 16.45',
          channel: 'i browseren, anmodet på mail',
        },
        {
          name: 'Yrsa Holm',
          email: 'yrsa@fjordklyngen.example',
          contentHash: HASH,
          at: '5. december 2026 kl. 11.00',
          channel: 'i Outlook',
        },
      ],
    });
  });

  it.each<[string, Approval[], number | undefined, string, string[]]>([
    [
      'two of three, as the rule asks; the pending chair is not listed',
      [answer(JONAS, '2026-12-03T13:05:00Z'), answer(YRSA, '2026-12-03T14:00:00Z')],
      2,
      'Version 1 af referatet er godkendt af 2 af 3 medformænd, som forummets regel kræver.',
      ['Jonas Vestergaard', 'Yrsa Holm'],
    ],
    [
      'an approval of another hash and one a member rewrote are not the chair’s approval',
      [
        answer(JONAS, '2026-12-03T13:05:00Z'),
        answer(LENE, '2026-12-03T13:10:00Z', { contentHash: OTHER }),
        answer(YRSA, '2026-12-03T13:20:00Z', { modifiedById: 'u-member' }),
      ],
      1,
      'Version 1 af referatet er godkendt af 1 af 3 medformænd, som forummets regel kræver.',
      ['Jonas Vestergaard'],
    ],
    [
      'a chair who asked for changes last is not listed',
      [
        answer(JONAS, '2026-12-03T13:05:00Z'),
        answer(LENE, '2026-12-03T13:00:00Z'),
        answer(LENE, '2026-12-03T13:30:00Z', { decision: 'changes-requested' }),
      ],
      1,
      'Version 1 af referatet er godkendt af 1 af 3 medformænd, som forummets regel kræver.',
      ['Jonas Vestergaard'],
    ],
  ])('%s', (_, records, required, summary, names) => {
    const appendix = approvalAppendix(
      1,
      approvalTrail({ contentHash: HASH }, approvalStatus({ contentHash: HASH }, records, CHAIRS, required)),
    );
    expect(appendix.summary).toBe(summary);
    expect(appendix.chairs.map((c) => c.name)).toEqual(names);
  });

  it('falls back to the account’s name and the chair’s address, and says when the channel is unknown', () => {
    const nameless: ForumMember = { ...LENE, name: ' ' };
    const { channel: _unknown, ...record } = answer(nameless, '2026-12-03T13:05:00Z', {
      createdBy: { id: 'u-lene', name: 'Lene D.', email: LENE.email },
    });
    const appendix = approvalAppendix(1, approvalTrail({ contentHash: HASH }, approvalStatus({ contentHash: HASH }, [record], [nameless])));
    expect(appendix.chairs).toEqual([
      {
        name: 'Lene D.',
        email: LENE.email,
        organisation: 'Fjordby Kommune',
        contentHash: HASH,
        at: '3. december 2026 kl. 14.05',
        channel: 'kanal ikke oplyst',
      },
    ]);
    expect(appendix.summary).toBe('Version 1 af referatet er godkendt af forummets medformand.');
  });
});

describe('the approved minutes as a document and a mail', () => {
  const status = approvalStatus(
    { contentHash: HASH },
    [answer(JONAS, '2026-12-03T13:05:00Z'), answer({ ...LENE, name: 'Lene <b>Damgaard</b>' }, '2026-12-03T14:05:00Z')],
    [JONAS, { ...LENE, name: 'Lene <b>Damgaard</b>' }],
  );

  it('a draft has no appendix; the approved version carries it', () => {
    expect(buildMinutesDocument(content(), { kind: 'draft', version: 3 }).approval).toBeUndefined();
    const doc = buildMinutesDocument(content(), approvedMarking({ version: 3, contentHash: HASH }, status));
    // The day the last counted approval came, and who approved.
    expect(doc.marking).toBe('Godkendt 3. december 2026 af Jonas Vestergaard og Lene <b>Damgaard</b>');
    expect(doc.approval?.summary).toBe('Version 3 af referatet er godkendt af begge medformænd.');
    expect(doc.approval?.chairs.map((c) => [c.name, c.contentHash])).toEqual([
      ['Jonas Vestergaard', HASH],
      ['Lene <b>Damgaard</b>', HASH],
    ]);
  });

  it('the circulation mail names who approved in one escaped line and points to the appendix', () => {
    const doc = buildMinutesDocument(content(), approvedMarking({ version: 3, contentHash: HASH }, status));
    expect(approvedByLine(doc.approval ?? { chairs: [] })).toBe(
      'Godkendt af Jonas Vestergaard og Lene <b>Damgaard</b> (se bilaget sidst i referatet).',
    );
    const mail = circulationMail(doc, { pdfName: 'Referat.pdf' });
    expect(String(mail.html)).toContain(
      '<p>Godkendt af Jonas Vestergaard og Lene &lt;b&gt;Damgaard&lt;/b&gt; (se bilaget sidst i referatet).</p>',
    );
    expect(String(mail.html)).not.toContain('<b>Damgaard');
    expect(
      String(circulationMail(buildMinutesDocument(content(), { kind: 'draft', version: 3 }), { pdfName: 'x.pdf' }).html),
    ).not.toContain('Godkendt af');
  });
});
