export interface MailState { [key: string]: unknown }
