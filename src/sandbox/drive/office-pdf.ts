import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `content?format=pdf` as Office does it: the .docx laid out by LibreOffice (headless, from Debian's packages) into a
 * tagged PDF with bookmarks, embedded fonts, working links and the document's language — so what a member sees in the
 * sandbox is what a tenant would send. Where LibreOffice is missing the sandbox falls back to its plain text PDF and
 * says so once (see `pdfConverter`).
 */

export type PdfRenderer = 'libreoffice' | 'text';

/** LibreOffice's PDF export: tagged (PDF/UA structure), with the headings as bookmarks, links kept. */
const EXPORT_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
  ExportLinksRelativeFsys: { type: 'boolean', value: 'false' },
})}`;

const CONVERT_TIMEOUT_MS = 90_000;
const CACHE_SIZE = 64;

/** `soffice` from SEKRETARIAT_SOFFICE, Debian's place or the PATH; undefined when there is none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.SEKRETARIAT_SOFFICE;
  if (given) return existsSync(given) ? given : undefined;
  const candidates = [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    ...(env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((d) => join(d, 'soffice')),
  ];
  return candidates.find((c) => existsSync(c));
}

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: CONVERT_TIMEOUT_MS, env }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
    );
  });
}

/**
 * Converts one document at a time (LibreOffice's profile is not shared between running instances) with a profile of
 * its own, and remembers the last results by content (the same agenda is converted for the folder and the mail).
 */
export class LibreOfficePdf {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cache = new Map<string, Uint8Array>();
  private profile?: Promise<string>;

  constructor(private readonly soffice: string) {}

  /**
   * Starts LibreOffice once in the background (its first start makes the profile, several seconds), so the first
   * agenda a person generates does not wait for it. A failure here shows again at the first real conversion.
   */
  warmUp(): void {
    void this.serial(() => this.convertNow(Buffer.from('Sekretariat\n', 'utf8'), 'txt')).catch(() => undefined);
  }

  convert(docx: Uint8Array): Promise<Uint8Array> {
    const key = createHash('sha256').update(docx).digest('hex');
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    return this.serial(() => this.convertNow(docx)).then((pdf) => {
      this.cache.set(key, pdf);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value ?? '');
      return pdf;
    });
  }

  /** Runs `work` after everything queued before it; a failure is the caller's, never the queue's. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Removes the profile once the conversions queued so far are done. */
  async dispose(): Promise<void> {
    await this.queue;
    if (this.profile) await rm(await this.profile, { recursive: true, force: true });
  }

  private async convertNow(docx: Uint8Array, ext: 'docx' | 'txt' = 'docx'): Promise<Uint8Array> {
    this.profile ??= mkdtemp(join(tmpdir(), 'sekretariat-lo-profile-'));
    const profile = await this.profile;
    const dir = await mkdtemp(join(tmpdir(), 'sekretariat-lo-'));
    try {
      const input = join(dir, `document.${ext}`);
      await writeFile(input, docx);
      await mkdir(join(dir, 'out'));
      // HOME too: LibreOffice writes caches there, and a CI user's home may not be writable.
      const env = { ...process.env, HOME: profile };
      await run(
        this.soffice,
        [
          '--headless',
          '--norestore',
          '--nologo',
          '--nodefault',
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--convert-to',
          EXPORT_FILTER,
          '--outdir',
          join(dir, 'out'),
          input,
        ],
        env,
      );
      return new Uint8Array(await readFile(join(dir, 'out', 'document.pdf')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
