import { expect, test, type Frame, type Page } from '@playwright/test';

/**
 * What takes a click in the middle of the page belongs to the page: the element the browser hit-tests at the centre
 * of the visible part of `main`, and a quarter above and below it, is inside `main`; at the same points of every open
 * dialog, inside that dialog. A layer nobody opened — a portal mount node carrying the page's full-height background
 * (issue 15), a toast container, a leftover backdrop — fails with what it is, its z-index and size.
 *
 * Belonging, precisely: while a modal dialog is open its own backdrop covers `main`, so the dialog is checked instead
 * of `main` (and instead of dialogs under it); a popup anchored in the region (a tooltip, listbox or menu that an
 * element there names by aria-describedby/-labelledby/-controls/-owns, e.g. the hover tooltip of the button just
 * clicked) belongs to it. Running finite animations (a dialog fading out, a toast sliding in) are let finish first,
 * at most 2 s, so what is judged is the settled screen. One round trip to the page.
 */
export async function expectNothingCovers(page: Page | Frame): Promise<void> {
  // A step of its own in the report and trace (boxed: a failure points at the journey step that called it).
  await test.step(
    'nothing covers or hides main or an open dialog',
    async () => {
      const problems = await page.evaluate(findCoveredRegions);
      if (problems.length > 0)
        throw new Error(`Something covers the page where a person would click:\n${problems.map((p) => `- ${p}`).join('\n')}`);
      // With no modal dialog open, nothing may hide the app from assistive technology: a modal's focus trap sets
      // aria-hidden on the rest of the page while it is open and takes it off shortly after it closes (a timer), so
      // this waits for that before it calls it hidden for good.
      await expect
        .poll(() => page.evaluate(findHiddenMain), {
          message: 'main is hidden from assistive technology with no modal dialog open',
          timeout: 3000,
        })
        .toBe('');
    },
    { box: true },
  );
}

/** Runs in the page: a sentence for each point of a region whose topmost element is not the region's own. */
async function findCoveredRegions(): Promise<string[]> {
  const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2000))]);

  const visiblePart = (el: Element): DOMRect | undefined => {
    const r = el.getBoundingClientRect();
    const left = Math.max(r.left, 0);
    const top = Math.max(r.top, 0);
    const right = Math.min(r.right, window.innerWidth);
    const bottom = Math.min(r.bottom, window.innerHeight);
    return right - left >= 1 && bottom - top >= 1 && getComputedStyle(el).visibility !== 'hidden'
      ? new DOMRect(left, top, right - left, bottom - top)
      : undefined;
  };
  const name = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    // Griffel's atomic classes (f1abc23, ___x1y2z3) say nothing to a reader: named ones are shown, the rest counted.
    const isAtomic = (c: string): boolean => /^(?:f[0-9a-z]{5,8}|___[0-9a-z_]+)$/.test(c);
    const atomic = [...el.classList].filter(isAtomic).length;
    const classes = [...el.classList]
      .filter((c) => !isAtomic(c))
      .map((c) => `.${c}`)
      .join('');
    const attrs = ['role', 'aria-label', 'data-portal-node']
      .filter((a) => el.hasAttribute(a))
      .map((a) => `[${a}="${el.getAttribute(a) ?? ''}"]`)
      .join('');
    return `<${el.tagName.toLowerCase()}${id}${classes}${attrs}${atomic > 0 ? ` +${atomic} atomic classes` : ''}>`;
  };
  const describe = (el: Element): string => {
    let stacked: Element | null = el;
    while (stacked && getComputedStyle(stacked).zIndex === 'auto') stacked = stacked.parentElement;
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const z = stacked ? `z-index ${getComputedStyle(stacked).zIndex}${stacked === el ? '' : ` from ${name(stacked)}`}` : 'no z-index';
    return `${name(el)} (${z}; position ${style.position}; ${Math.round(r.width)}×${Math.round(r.height)} px at ${Math.round(r.left)},${Math.round(r.top)}; background ${style.backgroundColor})`;
  };
  // A popup belongs to a region when its trigger is there: an element naming it by id (a description tooltip, a
  // listbox, a menu), or — Fluent's label tooltips copy plain text into the trigger's aria-label — the hovered or
  // focused element there carrying its text.
  const anchoredIn = (hit: Element, region: Element): boolean => {
    const popup = hit.closest('[role="tooltip"], [role="listbox"], [role="menu"]');
    if (!popup) return false;
    const refs = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns']
      .map((a) => `[${a}~="${CSS.escape(popup.id)}"]`)
      .join(', ');
    if (popup.id && region.querySelector(refs)) return true;
    return (
      popup.getAttribute('role') === 'tooltip' &&
      [...region.querySelectorAll(':hover, :focus')].some((e) => e.getAttribute('aria-label') === popup.textContent)
    );
  };

  const problems: string[] = [];
  const dialogs = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].filter((d) => visiblePart(d));
  const topModal = dialogs.filter((d) => d.getAttribute('aria-modal') === 'true').at(-1);
  const main = topModal ? undefined : document.querySelector('main, [role="main"]');
  if (!topModal && !main) problems.push('the page has no main region to check');

  const regions: { label: string; el: Element }[] = main ? [{ label: 'main', el: main }] : [];
  // Dialogs above the topmost modal one (later in the document) stay in view; those under it are behind its backdrop.
  for (const d of dialogs.slice(topModal ? dialogs.indexOf(topModal) : 0))
    regions.push({ label: `dialog "${d.getAttribute('aria-label') ?? d.querySelector('h1, h2, h3')?.textContent ?? ''}"`, el: d });

  for (const { label, el } of regions) {
    const r = visiblePart(el);
    if (!r) continue; // scrolled out of view: nothing of it to cover
    const x = r.left + r.width / 2;
    for (const y of [r.top + r.height / 4, r.top + r.height / 2, r.top + (3 * r.height) / 4]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || el.contains(hit) || anchoredIn(hit, el)) continue;
      // While a non-modal dialog is open over main, main's points may lie under it: the dialog is checked on its own.
      if (el === main && dialogs.some((d) => d.contains(hit))) continue;
      problems.push(`${label} ${name(el)} is covered at (${Math.round(x)}, ${Math.round(y)}) by ${describe(hit)}`);
    }
  }
  return problems;
}

/** Runs in the page: what hides main from assistive technology while no modal dialog is open ('' when nothing does). */
function findHiddenMain(): string {
  const modalOpen = [...document.querySelectorAll('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]')].some(
    (d) => d.getBoundingClientRect().width > 0,
  );
  const hidden = modalOpen ? null : document.querySelector('main, [role="main"]')?.closest('[aria-hidden="true"], [inert]');
  return hidden ? `<${hidden.tagName.toLowerCase()}${hidden.id ? `#${hidden.id}` : ''}> is aria-hidden or inert` : '';
}
