import {
  compare,
  median,
  mediansOf,
  ratio,
  scriptsBefore,
  totalBytes,
  type ColdLoad,
  type ResourceEntry,
} from '../../../bench/cold-load-stats';

const ORIGIN = 'http://localhost:4360';
const entry = (name: string, responseEnd: number, decodedBodySize: number, initiatorType = 'script'): ResourceEntry => ({
  name,
  initiatorType,
  responseEnd,
  decodedBodySize,
});

describe('median', () => {
  it('is the middle of an odd count, whatever the order', () => {
    expect(median([900, 100, 500, 300, 700])).toBe(500);
  });
  it('is the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses no values', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('ratio', () => {
  it('rounds to two decimals', () => {
    expect(ratio(1998, 668)).toBe(2.99);
    expect(ratio(620, 620)).toBe(1);
  });
  it('refuses a zero baseline', () => {
    expect(() => ratio(1, 0)).toThrow('baseline of 0');
  });
});

describe('scriptsBefore', () => {
  const entries = [
    entry(`${ORIGIN}/js/react.1234abcd.js`, 120, 190_000),
    entry(`${ORIGIN}/js/outlook-taskpane.1234abcd.js`, 300, 40_000),
    entry(`${ORIGIN}/js/msal.1234abcd.js`, 1_500, 300_000), // after the data was visible
    entry('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 50, 9_000), // the host's, not ours
    entry(`${ORIGIN}/v1.0/$batch`, 400, 80_000, 'fetch'), // data, not script
    entry(`${ORIGIN}/assets/logo.png`, 200, 12_000, 'img'),
  ];

  it("counts the page origin's scripts that had arrived by the ready time, largest first", () => {
    const files = scriptsBefore(entries, 1_000, ORIGIN);
    expect(files).toEqual([
      { file: '/js/react.1234abcd.js', bytes: 190_000 },
      { file: '/js/outlook-taskpane.1234abcd.js', bytes: 40_000 },
    ]);
    expect(totalBytes(files)).toBe(230_000);
  });

  it('counts a script that completed exactly at the ready time, and none from another origin with the same prefix', () => {
    const files = scriptsBefore([entry(`${ORIGIN}/js/a.js`, 1_000, 10), entry(`${ORIGIN}0/js/b.js`, 10, 20)], 1_000, ORIGIN);
    expect(files).toEqual([{ file: '/js/a.js', bytes: 10 }]);
  });

  it("counts the scripts the page preloaded (the first view's chunks) once each, and no other preloaded file", () => {
    const files = scriptsBefore(
      [
        entry(`${ORIGIN}/js/render.js`, 90, 500, 'link'),
        entry(`${ORIGIN}/js/render.js`, 95, 500), // the script element that used the preload
        entry(`${ORIGIN}/js/entry.js`, 80, 100),
        entry(`${ORIGIN}/fonts/segoe.woff2`, 70, 9_000, 'link'),
      ],
      1_000,
      ORIGIN,
    );
    expect(files).toEqual([
      { file: '/js/render.js', bytes: 500 },
      { file: '/js/entry.js', bytes: 100 },
    ]);
  });
});

describe('mediansOf and compare', () => {
  const load = (fcpMs: number, readyMs: number, scriptBytes: number): ColdLoad => ({
    fcpMs,
    readyMs,
    scriptBytes,
    scripts: [{ file: `/js/${readyMs}.js`, bytes: scriptBytes }],
  });

  it("takes each measure's median on its own and keeps the scripts of the run nearest the median time", () => {
    const m = mediansOf([load(300, 900, 500), load(100, 700, 700), load(200, 800, 600)]);
    expect(m).toEqual({
      runs: 3,
      firstContentfulPaintMs: 200,
      dataVisibleMs: 800,
      scriptBytesBeforeDataVisible: 600,
      scriptsInMedianRun: [{ file: '/js/800.js', bytes: 600 }],
    });
  });

  it('meets the targets only when every ratio is within its limit', () => {
    const limits = { firstContentfulPaint: 1, dataVisible: 1.5, scriptBytes: 2 };
    const template = mediansOf([load(600, 700, 400_000)]);
    const within = compare(mediansOf([load(600, 1_050, 800_000)]), template, limits);
    expect(within).toEqual({ ratios: { firstContentfulPaint: 1, dataVisible: 1.5, scriptBytes: 2 }, limits, meetsTargets: true });
    const slowPaint = compare(mediansOf([load(610, 700, 400_000)]), template, limits);
    expect(slowPaint.ratios.firstContentfulPaint).toBe(1.02);
    expect(slowPaint.meetsTargets).toBe(false);
  });
});
