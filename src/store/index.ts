export { ConflictError, ForumAccessError } from './errors';
export { AgendaStore, ApprovalStore, ForumStore, MeetingStore, MinutesStore, SubmissionStore } from './forum-stores';
export { highestRole, type ForumHome, type HomeData, type HomeSource, type SkipReason } from './home-data';
export { copenhagenYearStart, HomeLoader } from './home-loader';
export { createMemoryStores, createStores, type ForumStores, type Stores } from './stores';
export { updateItemFields, type UpdatedItem } from './update-item';
export type { ForumDeadlines } from './mappers/forum-settings';
export { ForumSettingsStore, InvalidSettingsError, saveSettings, type SettingsItem, type SettingsRepository, type StoredSettings } from './forum-settings-store';
export { MembersStore, type MemberInput, type StoredMember, type MembersRepository } from './members-store';
