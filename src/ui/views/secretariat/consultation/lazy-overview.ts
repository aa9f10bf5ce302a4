import { lazyView } from '../../../components/lazy-view';

/**
 * A consultation's overview (its replies, sign-off, the outcome's .docx), opened from the to-do list or the
 * consultations section: loaded when one is opened, not with the secretariat's home (issue 17 pt 1).
 */
export const ConsultationOverview = lazyView(['consultation', 'year'], () =>
  import('./ConsultationOverview.js').then((m) => m.ConsultationOverview),
);
