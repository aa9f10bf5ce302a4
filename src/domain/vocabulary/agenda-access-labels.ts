import type { AgendaItemAccess, ClosedReason } from './agenda-access';

/**
 * The Danish labels of an agenda item's access and closed reasons (meeting-labels.ts says how labels are used). A
 * reason reads as the regions' published agendas cite it: the ground in a few words and its paragraph.
 */
export const AGENDA_ACCESS_DA: {
  readonly access: Readonly<Record<AgendaItemAccess, string>>;
  readonly reason: Readonly<Record<ClosedReason, string>>;
} = {
  access: { open: 'Åbent', closed: 'Lukket' },
  reason: {
    'personal-data': 'Personoplysninger (offentlighedsloven § 30, nr. 1)',
    'business-secrets': 'Forretningshemmeligheder (offentlighedsloven § 30, nr. 2)',
    'internal-deliberation': 'Interne overvejelser (offentlighedsloven §§ 23–27)',
    negotiations: 'Økonomiske interesser og forhandlinger (offentlighedsloven § 33, nr. 3)',
    confidentiality: 'Særlig tavshedspligt (offentlighedsloven § 35)',
  },
};
