/**
 * The page shell: what each HTML page paints before any of our script has arrived (issue 17 pt 5). The app's header
 * (its name where React will put it) over a skeleton of the view the page opens on, drawn by the one inline style the
 * pages carry (allowed by its hash, see content-security-policy.ts) in Fluent's own colours, so the first paint needs
 * nothing from the network but the HTML. React replaces it on its first render (createRoot clears the container).
 *
 * Static HTML, so it cannot know the user's language or the host's theme: it says only the product's name and
 * follows the system's light or dark preference. It is `aria-busy` and its placeholders are hidden from assistive
 * technology; the app's live region announces loading once React is there.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/tokens';

/** Which view a page opens on, so the skeleton has that view's shape. */
export type ShellView = 'home' | 'pane' | 'config';

const colours = (theme: Theme): string =>
  [
    `--sk-bg:${theme.colorNeutralBackground1}`,
    `--sk-fg:${theme.colorNeutralForeground1}`,
    `--sk-brand:${theme.colorBrandForeground1}`,
    `--sk-stroke:${theme.colorNeutralStroke2}`,
    `--sk-stencil:${theme.colorNeutralStencil1}`,
    `--sk-shadow:${theme.shadow2}`,
  ].join(';');

/**
 * The pages' one inline style: no margins (as before) and the shell's look. Sizes are the tokens the app's header
 * (ui/shell/AppHeader.tsx) and main area (ui/AppShell.tsx) use, so React's first frame lands where the shell was.
 */
export function pageStyle(): string {
  const t = webLightTheme;
  return [
    'html,body{margin:0}',
    `.sk-shell{${colours(webLightTheme)};font-family:${t.fontFamilyBase};color:var(--sk-fg);background:var(--sk-bg);min-height:100vh}`,
    `@media (prefers-color-scheme:dark){.sk-shell{${colours(webDarkTheme)}}}`,
    `.sk-header{display:flex;align-items:center;gap:${t.spacingHorizontalS};padding:${t.spacingVerticalS} ${t.spacingHorizontalL};min-height:44px;box-sizing:border-box;border-bottom:${t.strokeWidthThin} solid var(--sk-stroke);box-shadow:var(--sk-shadow)}`,
    `.sk-mark{width:20px;height:20px;border-radius:${t.borderRadiusCircular};background:var(--sk-brand)}`,
    `.sk-name{font-size:${t.fontSizeBase400};font-weight:${t.fontWeightSemibold}}`,
    `.sk-main{max-width:80rem;margin-inline:auto;padding:${t.spacingVerticalXL} ${t.spacingHorizontalL};display:grid;gap:${t.spacingVerticalM}}`,
    `.sk-bar{height:16px;border-radius:${t.borderRadiusMedium};background:var(--sk-stencil)}`,
    '.sk-bar.sk-title{height:24px;width:40%}.sk-bar.sk-short{width:60%}.sk-bar.sk-tab{height:32px;width:70%}',
    `.sk-card{height:120px;border-radius:${t.borderRadiusMedium};background:var(--sk-stencil)}`,
    '@media (prefers-reduced-motion:no-preference){.sk-bar,.sk-card{animation:sk-pulse 1.5s ease-in-out infinite}}',
    '@keyframes sk-pulse{50%{opacity:.6}}',
  ].join('');
}

const SKELETON: Readonly<Record<ShellView, readonly string[]>> = {
  // The Outlook task pane: the item and year tabs, then the item's card.
  pane: ['sk-bar sk-tab', 'sk-bar sk-title', 'sk-card', 'sk-bar', 'sk-bar sk-short'],
  // A home (Teams tab, browser): a heading over rows of meetings.
  home: ['sk-bar sk-title', 'sk-card', 'sk-card', 'sk-bar', 'sk-bar sk-short'],
  config: ['sk-bar sk-title', 'sk-bar', 'sk-bar sk-short'],
};

/** The product's name, the same in Danish and English. */
const APP_NAME = 'Sekretariat';

/** The markup inside `#root` until React's first render. */
export function shellMarkup(view: ShellView): string {
  const bars = SKELETON[view].map((c) => `<div class="${c}"></div>`).join('');
  return (
    `<div class="sk-shell" aria-busy="true">` +
    `<header class="sk-header"><span class="sk-mark" aria-hidden="true"></span><span class="sk-name">${APP_NAME}</span></header>` +
    `<div class="sk-main" aria-hidden="true">${bars}</div>` +
    `</div>`
  );
}
