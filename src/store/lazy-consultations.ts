import type { Graph } from '../graph/types';
import type { ConsultationApi } from './consultation/consultation-api';

export type { ConsultationApi } from './consultation/consultation-api';

/**
 * The written consultations as the UI gets them (`stores.consultations`): the store's code loads with the first
 * call (the secretariat's "Skriftlige høringer" view), not with anyone's first paint.
 */
export function lazyConsultations(graph: Graph, clock?: () => Date): ConsultationApi {
  let loaded: Promise<ConsultationApi> | undefined;
  const store = (): Promise<ConsultationApi> => (loaded ??= import('./consultation/consultation-store.js').then((m) => m.consultationStore(graph, clock)));
  return {
    list: async (...a) => (await store()).list(...a),
    start: async (...a) => (await store()).start(...a),
    send: async (...a) => (await store()).send(...a),
    signOff: async (...a) => (await store()).signOff(...a),
    overview: async (...a) => (await store()).overview(...a),
    correct: async (...a) => (await store()).correct(...a),
    remind: async (...a) => (await store()).remind(...a),
    remindDue: async (...a) => (await store()).remindDue(...a),
    close: async (...a) => (await store()).close(...a),
    addToMeeting: async (...a) => (await store()).addToMeeting(...a),
  };
}
