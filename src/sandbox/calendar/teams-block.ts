import type { StoredEvent } from './state';

/**
 * Exchange's Teams block: creating an online meeting event, Exchange wraps an HTML body in a document and appends the
 * join information (a line of underscores, "Microsoft Teams-møde", the join link, the meeting id, another line) — the
 * body a GET returns and the attendees' invitation shows. A later PATCH whose body no longer holds the join URL turns
 * the event into a plain one (onlineMeeting null: microsoft-graph-docs #16336, #18056; msgraph-sdk-dotnet #2895).
 */

const LINE = '_'.repeat(80);
const SEPARATOR = `<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">${LINE}</span></div>`;

/** A stable meeting id for the block, derived from the link (Exchange shows one per meeting). */
function meetingIdOf(joinUrl: string): string {
  let n = 0;
  for (const ch of joinUrl) n = (n * 31 + ch.charCodeAt(0)) % 1_000_000_000_000;
  return String(n)
    .padStart(12, '0')
    .replace(/(\d{3})(?=\d)/g, '$1 ');
}

function teamsHtml(joinUrl: string): string {
  const href = joinUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [
    '<br>',
    SEPARATOR,
    '<div class="me-email-text" lang="da-DK" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif">',
    '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams-møde</span></div>',
    `<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Deltag på din computer, i din mobilapp eller på en rumenhed</span></div><a class="me-email-headline" href="${href}" target="_blank" rel="noreferrer noopener" style="font-size:14px;text-decoration:underline;color:#6264a7">Klik her for at deltage i mødet</a></div>`,
    `<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span style="font-size:14px;color:#252424">Møde-id: <span style="font-size:16px;color:#252424">${meetingIdOf(joinUrl)}</span></span></div></div>`,
    SEPARATOR,
    '</div>',
  ].join('\r\n');
}

/** The body Exchange stores for a new online meeting: ours in a document, then the Teams block. */
export function withTeamsBlock(body: StoredEvent['body'], joinUrl: string): StoredEvent['body'] {
  if (body.contentType === 'text')
    return { contentType: 'text', content: `${body.content}\r\n\r\n${LINE}\r\nMicrosoft Teams-møde\r\nDeltag: ${joinUrl}\r\n${LINE}\r\n` };
  const inner = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(body.content)?.[1] ?? body.content;
  return {
    contentType: 'html',
    content: `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${inner}\r\n${teamsHtml(joinUrl)}\r\n</body>\r\n</html>\r\n`,
  };
}

/** Whether a body still holds the join link (raw, or with `&` written `&amp;` as in an attribute). */
export function holdsJoinUrl(content: string, joinUrl: string): boolean {
  return content.includes(joinUrl) || content.includes(joinUrl.replace(/&/g, '&amp;'));
}
