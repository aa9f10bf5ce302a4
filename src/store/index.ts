export { ConflictError, ForumAccessError } from './errors';
export { AgendaStore, ApprovalStore, ForumStore, MeetingStore, MinutesStore, SubmissionStore } from './forum-stores';
export { highestRole, type ForumHome, type HomeData, type HomeSource, type SkipReason } from './home-data';
export { copenhagenYearStart, HomeLoader } from './home-loader';
export { createMemoryStores, createStores, type ForumStores, type Stores } from './stores';
export { updateItemFields, type UpdatedItem } from './update-item';
export type { ForumDeadlines } from './mappers/forum-settings';
export { callForItemsBooking, callForItemsMessage, callForItemsRequest, findDueCallsForItems, sendDueCallsForItems, withdrawScheduledCallForItems, type CallForItemsBooking, type CallForItemsReport, type CallForItemsSender } from './call-for-items';
