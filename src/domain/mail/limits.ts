/**
 * Caps that keep parsing bounded on hostile input. Mail bodies are cut before any work is done, and every
 * regular expression in the parser runs on a line already cut to `MAX_LINE` characters.
 */
export const MAX_BODY_CHARS = 200_000;
export const MAX_SUBJECT_CHARS = 1_000;
export const MAX_LINES = 5_000;
export const MAX_LINE = 2_000;
/** Heading detection looks only at the start of a line. */
export const HEADING_PREFIX = 200;
export const MAX_DESCRIPTION_CHARS = 20_000;
export const MAX_RECOMMENDATIONS = 40;
export const MAX_FIELD_CHARS = 500;
export const MAX_REPLY_CHARS = 10_000;
/** Deeper HTML is cut off (hostile nesting); real mail bodies nest far less. */
export const MAX_HTML_DEPTH = 500;
export const MAX_HTML_CHILDREN = 3_000;
/** html-to-text slows down sharply on tens of thousands of nested elements: HTML is cut after this many tags. */
export const MAX_HTML_TAGS = 10_000;
