import type { ConsultationStatus, ConsultationVerdict } from './consultation';

/** The Danish labels of the written consultations' closed sets, once for every output (meeting-labels.ts says how they are used). */
export const CONSULTATION_DA: {
  readonly status: Readonly<Record<ConsultationStatus, string>>;
  readonly verdict: Readonly<Record<ConsultationVerdict, string>>;
} = {
  status: { draft: 'Kladde', 'awaiting-sign-off': 'Afventer formandskabet', open: 'Åben', closed: 'Afsluttet' },
  verdict: { approve: 'Godkendt', noComments: 'Ingen bemærkninger', comments: 'Bemærkninger', objection: 'Indsigelse' },
};
