export interface CalendarState { [key: string]: unknown }
