/** The closure's refusals, in a module of their own so the views can recognise them without loading the store. */

/** Circulated minutes cannot get a new version (or answers) until the secretariat reopens them. */
export class MinutesClosedError extends Error {
  constructor(readonly meetingId: string) {
    super(`The minutes of meeting ${meetingId} have been circulated; reopen them first.`);
    this.name = 'MinutesClosedError';
  }
}

/** Reopening needs a reason. */
export class ReopenReasonRequiredError extends Error {
  constructor() {
    super('Reopening circulated minutes needs a reason.');
    this.name = 'ReopenReasonRequiredError';
  }
}
