import type { Message } from '@microsoft/microsoft-graph-types';

type FileAttachment = NonNullable<Message['attachments']>[number];

/** Bytes as base64, in slices (a spread of a whole file would overflow the call stack). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file attached to a mail draft, as Graph's `fileAttachment` carries it inline (under Graph's 4 MB request limit). */
export function fileAttachment(name: string, contentType: string, bytes: Uint8Array): FileAttachment {
  return { '@odata.type': '#microsoft.graph.fileAttachment', name, contentType, contentBytes: base64(bytes) } as FileAttachment;
}
