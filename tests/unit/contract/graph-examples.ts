// Response bodies as Microsoft's Graph v1.0 documentation shows them (learn.microsoft.com/graph/api/...),
// trimmed of long strings. The contract checker must accept all of them.

/** GET /me/events/{id} — "Get event", example 1. */
export const docsEvent = {
  '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('cd209b0b-3f83-4c35-82d2-d88a61820480')/events/$entity",
  '@odata.etag': 'W/"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ=="',
  id: 'AAMkAGI1AAAt9AHjAAA=',
  createdDateTime: '2017-04-15T03:00:50.7579581Z',
  lastModifiedDateTime: '2017-04-15T03:00:51.245372Z',
  changeKey: 'ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==',
  categories: [],
  originalStartTimeZone: 'Pacific Standard Time',
  originalEndTimeZone: 'Pacific Standard Time',
  iCalUId: '040000008200E00074C5B7101A82E00800000000DA2B357D94B5D201000000000000000010000000EC4597557F0CB34EA4CC2887EA7B17C3',
  reminderMinutesBeforeStart: 15,
  isReminderOn: true,
  hasAttachments: false,
  hideAttendees: false,
  subject: "Let's go brunch",
  bodyPreview: 'Does noon time work for you?',
  importance: 'normal',
  sensitivity: 'normal',
  isAllDay: false,
  isCancelled: false,
  isDraft: false,
  isOrganizer: true,
  responseRequested: true,
  seriesMasterId: null,
  transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7',
  showAs: 'busy',
  type: 'singleInstance',
  webLink: 'https://outlook.office365.com/owa/?itemid=AAMkAGI1AAAt9AHjAAA%3D&exvsurl=1&path=/calendar/item',
  onlineMeetingUrl: null,
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
  onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzIyNzhlMGEt%40thread.v2/0' },
  allowNewTimeProposals: true,
  responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
  body: { contentType: 'html', content: '<html><body>Does noon time work for you?</body></html>' },
  start: { dateTime: '2017-04-15T11:00:00.0000000', timeZone: 'Pacific Standard Time' },
  end: { dateTime: '2017-04-15T12:00:00.0000000', timeZone: 'Pacific Standard Time' },
  location: { displayName: "Harry's Bar", locationType: 'default', uniqueId: "Harry's Bar", uniqueIdType: 'private' },
  locations: [{ displayName: "Harry's Bar", locationType: 'default', uniqueIdType: 'unknown' }],
  recurrence: null,
  attendees: [
    {
      type: 'required',
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: 'Samantha Booth', address: 'samanthab@contoso.com' },
    },
  ],
  organizer: { emailAddress: { name: 'Dana Swope', address: 'danas@contoso.com' } },
};

/** GET /me/messages/{id} — "Get message", example 1. */
export const docsMessage = {
  '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('bb8775a4-4d8c-42cf-a1d4-4d58c2bb668f')/messages/$entity",
  '@odata.etag': 'W/"CQAAABYAAAC4ofQHEIqCSbQPot83AFcbAAAW/Fhm"',
  id: 'AAMkAGI1AAAoZCfHAAA=',
  createdDateTime: '2017-02-28T21:56:27Z',
  lastModifiedDateTime: '2017-02-28T21:56:28Z',
  changeKey: 'CQAAABYAAAC4ofQHEIqCSbQPot83AFcbAAAW/Fhm',
  categories: [],
  receivedDateTime: '2017-02-28T21:56:27Z',
  sentDateTime: '2017-02-28T21:56:26Z',
  hasAttachments: false,
  internetMessageId: '<MWHPR1301MB2160B7EF3CD18D2A4A9D3B5DC85C0@MWHPR1301MB2160.namprd13.prod.outlook.com>',
  subject: 'Meet for lunch?',
  bodyPreview: 'The new cafeteria is open.',
  importance: 'normal',
  parentFolderId: 'AAMkAGI1AAAAAAEMAAA=',
  conversationId: 'AAQkAGI1AAAB8ZcTdE9JG0rEQ2EwH2xk=',
  conversationIndex: 'AQHSkfCN4QXhuwPtzUWxnnYhNZOTvQ==',
  isDeliveryReceiptRequested: false,
  isReadReceiptRequested: false,
  isRead: true,
  isDraft: false,
  webLink: 'https://outlook.office365.com/owa/?ItemID=AAMkAGI1AAAoZCfHAAA%3D&exvsurl=1&viewmodel=ReadMessageItem',
  inferenceClassification: 'focused',
  body: { contentType: 'text', content: 'The new cafeteria is open.' },
  sender: { emailAddress: { name: 'Adele Vance', address: 'adelev@contoso.com' } },
  from: { emailAddress: { name: 'Adele Vance', address: 'adelev@contoso.com' } },
  toRecipients: [{ emailAddress: { name: 'Alex Wilber', address: 'alexw@contoso.com' } }],
  ccRecipients: [],
  bccRecipients: [],
  replyTo: [],
  flag: { flagStatus: 'notFlagged' },
};

/** GET /sites/{site-id}/lists/{list-id}/items/{item-id}?expand=fields — "Get listItem". */
export const docsListItem = {
  '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#sites('contoso')/lists('Issues')/items/$entity",
  '@odata.etag': '"7d8b1f4d-77bb-4b0e-a5a5-08c4e2d43f2a,2"',
  createdDateTime: '2016-08-30T08:32:00Z',
  eTag: '"7d8b1f4d-77bb-4b0e-a5a5-08c4e2d43f2a,2"',
  id: '1',
  lastModifiedDateTime: '2016-08-30T08:32:00Z',
  webUrl: 'https://contoso.sharepoint.com/sites/site/Lists/Issues/1_.000',
  createdBy: { user: { id: '8b5a8a5a-2a22-4e8b-9bb8-0d1a8cd6a2e1', displayName: 'Ryan Gregg' } },
  lastModifiedBy: { user: { id: '8b5a8a5a-2a22-4e8b-9bb8-0d1a8cd6a2e1', displayName: 'Ryan Gregg' } },
  parentReference: { id: 'e3a0b4e5-0d2a-4c7d-9b4a-1a6f1a5e7b77', siteId: 'contoso.sharepoint.com,da60e844,712a4d6f' },
  contentType: { id: '0x01001F7A2DEAC9DF4A4193BD9C9F1F3A56A4', name: 'Item' },
  'fields@odata.context': "https://graph.microsoft.com/v1.0/$metadata#sites('contoso')/lists('Issues')/items('1')/fields/$entity",
  fields: {
    '@odata.etag': '"7d8b1f4d-77bb-4b0e-a5a5-08c4e2d43f2a,2"',
    Title: 'Widget',
    Color: 'Red',
    Quantity: 178,
    AuthorLookupId: '12',
    Attachments: false,
    Modified: '2016-08-30T08:32:00Z',
  },
};

/** GET /users/{id} — "Get user", example 1. */
export const docsUser = {
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
  businessPhones: ['+1 425 555 0109'],
  displayName: 'Adele Vance',
  givenName: 'Adele',
  jobTitle: 'Retail Manager',
  mail: 'AdeleV@contoso.com',
  mobilePhone: null,
  officeLocation: '18/2111',
  preferredLanguage: 'en-US',
  surname: 'Vance',
  userPrincipalName: 'AdeleV@contoso.com',
  id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
};

/** GET /me/messages/{id}/attachments/{id} — "Get attachment", file attachment. */
export const docsFileAttachment = {
  '@odata.context':
    "https://graph.microsoft.com/v1.0/$metadata#users('ddfcd489-628b-40d7-b48b-57002df800e5')/messages('AAMkAGUzY5QKjAAA%3D')/attachments/$entity",
  '@odata.type': '#microsoft.graph.fileAttachment',
  '@odata.mediaContentType': 'text/plain',
  id: 'AAMkAGUzY5QKjAAABEgAQAMkpJI_X-LBFgvrv1PlZYd8=',
  lastModifiedDateTime: '2017-01-26T08:48:28Z',
  name: 'Test attachment.txt',
  contentType: 'text/plain',
  size: 110,
  isInline: false,
  contentId: null,
  contentLocation: null,
  contentBytes: 'VGhpcyBpcyBhIGZpbGUgdG8gYmUgYXR0YWNoZWQu',
};

/** POST /me/findMeetingTimes — "user: findMeetingTimes", trimmed to one suggestion. */
export const docsFindMeetingTimes = {
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.meetingTimeSuggestionsResult',
  emptySuggestionsReason: '',
  meetingTimeSuggestions: [
    {
      confidence: 100,
      organizerAvailability: 'free',
      suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
      meetingTimeSlot: {
        start: { dateTime: '2017-04-17T18:00:00.0000000', timeZone: 'Pacific Standard Time' },
        end: { dateTime: '2017-04-17T20:00:00.0000000', timeZone: 'Pacific Standard Time' },
      },
      attendeeAvailability: [{ availability: 'free', attendee: { type: 'required', emailAddress: { address: 'alexw@contoso.com' } } }],
      locations: [{ displayName: 'Conf room Hood', locationEmailAddress: 'hood@contoso.com' }],
    },
  ],
};

/** POST /me/calendar/getSchedule — "calendar: getSchedule", one schedule. */
export const docsGetSchedule = {
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
  value: [
    {
      scheduleId: 'adelev@contoso.com',
      availabilityView: '000220000',
      scheduleItems: [
        {
          isPrivate: false,
          status: 'busy',
          subject: "Let's go for lunch",
          location: "Harry's Bar",
          start: { dateTime: '2019-03-15T12:00:00.0000000', timeZone: 'Pacific Standard Time' },
          end: { dateTime: '2019-03-15T14:00:00.0000000', timeZone: 'Pacific Standard Time' },
        },
      ],
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'Pacific Standard Time' },
      },
    },
  ],
};

/** GET /me/mailFolders/{id}/messages/delta — the last page, with one removed message. */
export const docsMessagesDelta = {
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(message)',
  '@odata.deltaLink': "https://graph.microsoft.com/v1.0/me/mailfolders('inbox')/messages/delta?$deltatoken=GwcBoTmPuoTQWfcsAbkYM",
  value: [
    { '@odata.type': '#microsoft.graph.message', '@odata.etag': 'W/"CQAAABYAAAB"', id: 'AAMkADNkNAAASq35xAAA=', subject: 'Holiday' },
    { '@odata.type': '#microsoft.graph.message', id: 'AAMkADNkNAAASq35yAAA=', '@removed': { reason: 'deleted' } },
  ],
};

/** A Graph error body — learn.microsoft.com/graph/errors. */
export const docsError = {
  error: {
    code: 'ErrorItemNotFound',
    message: 'The specified object was not found in the store.',
    innerError: {
      date: '2024-05-01T10:00:00',
      'request-id': 'b0d7b9a6-3b5e-4f2a-9a5d-1c3e5f7a9b1c',
      'client-request-id': 'b0d7b9a6-3b5e-4f2a-9a5d-1c3e5f7a9b1c',
    },
  },
};
