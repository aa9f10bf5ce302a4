import { html, trusted, type Html } from './html';

/**
 * An online meeting's event body is ours and Exchange's: the invitation text the app wrote, then the Teams join block
 * Exchange appended when it made the Teams meeting (a line of underscores, "Microsoft Teams-møde", the join link,
 * the meeting id, another line). Graph ties the event's Teams meeting to that link in the body: a PATCH whose body no
 * longer holds the join URL leaves the event without its Teams meeting (onlineMeeting null — microsoft-graph-docs
 * #16336, #18056; msgraph-sdk-dotnet #2895). So rewriting the invitation replaces only our part and keeps Exchange's
 * byte for byte.
 */

export interface InvitationBody {
  /** The document's start up to and including `<body …>`, as Exchange stores an HTML body ('' when bare). */
  readonly head: string;
  /** Our invitation text. */
  readonly ours: string;
  /** From the element holding the join link (or the separator above it) to the end, untouched. */
  readonly teams: string;
}

/** Exchange's separator above (and below) the Teams block. */
const SEPARATOR = /_{20,}/g;
/** Elements that open nothing: a `<br>` before the separator is our text's end, not the block's start. */
const VOID = /^<(br|hr|img|meta|wbr|input)\b/i;
const OPENING_TAG_AT_END = /<[a-z][a-z0-9]*\b[^<>]*>\s*$/i;

/** Where the join link first appears, raw or as HTML writes it in an attribute (`&` as `&amp;`). */
function linkAt(html: string, joinUrl: string): number {
  const forms = [joinUrl, joinUrl.replace(/&/g, '&amp;')];
  const found = forms.map((f) => html.indexOf(f)).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** The start of the elements that open right before `at` (the separator's `<div><span>`), so they move with it. */
function openingTagsBefore(html: string, at: number): number {
  let start = at;
  for (;;) {
    const m = OPENING_TAG_AT_END.exec(html.slice(0, start));
    if (!m || VOID.test(m[0])) return start;
    start = m.index;
  }
}

/** The start of the innermost paragraph or block holding the link, else of its anchor, else the link itself. */
function holderOf(html: string, at: number): number {
  const before = html.slice(0, at);
  const blocks = [...before.matchAll(/<(p|div)\b[^<>]*>/gi)];
  const block = blocks[blocks.length - 1];
  if (block?.index !== undefined) return block.index;
  const anchor = before.lastIndexOf('<a ');
  return anchor >= 0 ? anchor : at;
}

/**
 * Splits an event's HTML body at its Teams block: the block starts at the last separator above the join link (with
 * the elements opening it), or — with no separator, as in a body the app wrote around its own link — at the element
 * holding the link. Undefined when the body does not hold the join link: then nothing in it may be rewritten safely.
 */
export function splitInvitationBody(html: string, joinUrl: string): InvitationBody | undefined {
  const head = /^[\s\S]*?<body\b[^<>]*>\s*/i.exec(html)?.[0] ?? '';
  const rest = html.slice(head.length);
  const link = linkAt(rest, joinUrl);
  if (link < 0) return undefined;
  const separators = [...rest.slice(0, link).matchAll(SEPARATOR)];
  const separator = separators[separators.length - 1];
  const start = separator?.index !== undefined ? openingTagsBefore(rest, separator.index) : holderOf(rest, link);
  return { head, ours: rest.slice(0, start), teams: rest.slice(start) };
}

/**
 * The event body with our invitation text replaced by `invitationHtml` and everything else kept: the document's
 * head and the Teams block byte for byte. Without a join link there is nothing to keep but the text. Undefined when
 * the event has a join link its body does not hold where we can find it: the body is then left as it is, since a body
 * without the link would cost the meeting its Teams meeting.
 */
export function withInvitationText(current: string, invitationHtml: Html, joinUrl: string | undefined): Html | undefined {
  if (!joinUrl) return invitationHtml;
  const parts = splitInvitationBody(current, joinUrl);
  if (!parts) return undefined;
  // trusted(): the event's own head and Exchange's Teams block go back byte for byte (above); nothing is added to them.
  return html`${trusted(parts.head)}${invitationHtml}\n${trusted(parts.teams)}`;
}
