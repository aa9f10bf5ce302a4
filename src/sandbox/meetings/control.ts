import { GraphHttpError, type ControlHandler, type ControlRoute } from '../http/types';
import type { StoredAttendanceRecord } from './state';

const bad = (message: string): GraphHttpError => new GraphHttpError(400, 'BadRequest', message);
const isInstant = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

/**
 * POST /_sandbox/attendance-report `{ joinWebUrl, start, end, attendees: [{ address, name, join?, leave? }] }`: a
 * session of a Teams meeting ended and Teams made its attendance report (what Graph's attendanceReports then list).
 * A person in the tenant is recorded with their user id; anyone else by address only, as an external guest is.
 */
const addReport: ControlHandler = async (req, ctx) => {
  const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
  const { joinWebUrl, start, end, attendees } = body;
  if (typeof joinWebUrl !== 'string' || !isInstant(start) || !isInstant(end) || !Array.isArray(attendees)) {
    throw bad('Expected { joinWebUrl, start, end, attendees: [{ address, name, join?, leave? }] }.');
  }
  const report = await ctx.db.mutate((state) => {
    const records: StoredAttendanceRecord[] = attendees.map((a: unknown) => {
      const p = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
      if (typeof p.address !== 'string') throw bad('Every attendee needs an address.');
      const user = state.directory.users.find((u) => u.mail.toLowerCase() === String(p.address).toLowerCase());
      return {
        emailAddress: p.address,
        displayName: typeof p.name === 'string' ? p.name : (user?.displayName ?? p.address),
        ...(user ? { userId: user.id } : {}),
        role: 'Attendee',
        intervals: [{ joinDateTime: isInstant(p.join) ? p.join : start, leaveDateTime: isInstant(p.leave) ? p.leave : end }],
      };
    });
    state.onlineMeetings ??= { meetings: [] };
    const stored = { id: ctx.newId(), joinWebUrl, meetingStartDateTime: start, meetingEndDateTime: end, records };
    (state.onlineMeetings.reports ??= []).push(stored);
    return stored;
  });
  return { status: 201, body: { id: report.id, records: report.records.length } };
};

export const onlineMeetingControlRoutes: ControlRoute[] = [{ method: 'POST', pattern: '/attendance-report', handler: addReport }];
