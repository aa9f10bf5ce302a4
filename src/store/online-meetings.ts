import type { OnlineMeeting } from '@microsoft/microsoft-graph-types';
import type { Graph } from '../graph/graph-types';

export interface OnlineMeetingRequest {
  readonly subject: string;
  /** ISO UTC. */
  readonly start: string;
  readonly end: string;
}

export interface OnlineMeetingLink {
  readonly id: string;
  readonly joinUrl: string;
}

/**
 * Teams meetings for appointments Outlook cannot give a Teams link itself (Office.js has no switch for the
 * Teams button): `POST /me/onlineMeetings` makes a standalone meeting whose join link goes into the invitation.
 * Needs the delegated `OnlineMeetings.ReadWrite` permission.
 */
export class OnlineMeetingStore {
  constructor(private readonly graph: Graph) {}

  async create(request: OnlineMeetingRequest): Promise<OnlineMeetingLink> {
    // Not repeatable: a lost answer is an UncertainOutcomeError for the person to try again. A standalone meeting
    // made by the lost attempt invites no one and is never used (only the link returned here goes into an invitation).
    const meeting = await this.graph.post<OnlineMeeting>('/me/onlineMeetings', {
      startDateTime: request.start,
      endDateTime: request.end,
      subject: request.subject,
    });
    const joinUrl = meeting.joinWebUrl ?? '';
    if (!/^https:\/\//i.test(joinUrl)) throw new Error('Graph made the online meeting without a join link');
    return { id: meeting.id ?? '', joinUrl };
  }
}
