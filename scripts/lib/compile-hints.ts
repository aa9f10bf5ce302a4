import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * V8's explicit compile hint (issue 17 pt 1): a script that starts with this comment has all its functions compiled
 * eagerly, on a background thread while it streams in, instead of each on the main thread the first time it runs
 * (Chromium 136 and later: Edge's WebView2 in Outlook and Teams on Windows, Chrome and Edge on the web; other engines
 * read a comment). https://v8.dev/blog/explicit-compile-hints
 *
 * Our pages are busy on the main thread from their first script to the first view's data — compiling React, Fluent and
 * the view as they first run is a large part of that. Almost every function of those files runs when the file loads
 * (a view's chunk is loaded to render the view), so compiling them ahead costs little that would not be spent anyway.
 * Measured in the cold-load bench (15 alternating loads, one browser, with and without): the task pane's answer
 * 344 → 319 ms, the Teams tab's home 517 → 483 ms.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Libraries of which a page calls a few entry points — TeamsJS (every host capability, of which the tab uses a handful)
 * and MSAL: compiling all of them ahead cost the Teams tab more than it saved (its home ~6 % slower with TeamsJS hinted).
 */
const CALLED_IN_PART = /(^|\/)(teams-js|msal)\.[^/]*\.js$/;

/** Whether a built file gets the hint: our scripts, React's and Fluent's, not the libraries called in part. */
export function wantsCompileHint(file: string): boolean {
  return file.endsWith('.js') && !CALLED_IN_PART.test(file);
}

/** The script with the hint as its first line, where V8 looks for it. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}\n${source}`;
}

/** The scripts in a production build's `js/` folder that do not start as `wantsCompileHint` says they should. */
export function compileHintMisses(dir: string): string[] {
  const scripts = join(dir, 'js');
  return readdirSync(scripts)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => readFileSync(join(scripts, file), 'utf8').startsWith(COMPILE_HINT) !== wantsCompileHint(file))
    .sort();
}
