/**
 * SharePoint REST's error body (`odata=nometadata`): `{ "odata.error": { code, message: { lang, value } } }`, where
 * `code` is "<HRESULT>, <exception type>". Distinct from Graph's `{ error: { code, message } }`, so a client of
 * `/_api` that parses Graph's shape fails here as it would against a tenant.
 */
export class SharePointError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SharePointError';
  }
}

export function sharePointError(status: number, code: string, message: string): SharePointError {
  return new SharePointError(status, code, message);
}

export function spAccessDenied(): SharePointError {
  return new SharePointError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );
}

export function spBadRequest(message: string): SharePointError {
  return new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

export function spListNotFound(title: string, webUrl: string): SharePointError {
  return new SharePointError(
    404,
    '-2130575322, Microsoft.SharePoint.SPException',
    `List '${title}' does not exist at site with URL '${webUrl}'.`,
  );
}

export function spFileNotFound(): SharePointError {
  return new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

export function spErrorBody(e: SharePointError): { 'odata.error': { code: string; message: { lang: string; value: string } } } {
  return { 'odata.error': { code: e.code, message: { lang: 'en-US', value: e.message } } };
}
