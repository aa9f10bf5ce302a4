/**
 * `npm run bench`: measures, against a naive baseline in the same run, and writes bench/results.json:
 *  - Graph round trips to open the secretariat home (the app's one-$batch HomeStore vs one GET per list);
 *  - Graph round trips to book a year plan (two $batch rounds vs one request per event and item);
 *  - one intake pass over 500 new mails, page by page (round trips, peak heap, time) vs the all-in-memory round it
 *    replaced, and a sync with nothing new;
 *  - each entry's gzipped initial JS (vs every emitted script loaded eagerly);
 *  - load time of the secretariat home in headless Chromium (vs the sign-in page alone);
 *  - cold loads of the Outlook task pane and the Teams tab against Microsoft's React task pane template, and of
 *    `npm start`'s development build against the production build (bench/cold-loads.ts; issue 17 points 1 and 6);
 *  - mails parsed per second over the fixture corpus (postal-mime decode + parseMail vs decode only).
 * Flag --skip-build reuses dist/app.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import budgets from '../bench/budgets.json';
import { checkBudgets, measureBundles } from '../bench/bundle-size';
import { measureBookingRoundTrips } from '../bench/booking-round-trips';
import { measureHomeRoundTrips } from '../bench/home-round-trips';
import { measureIntakeSync } from '../bench/intake-sync';
import { measureLoadTime } from '../bench/load-time';
import { measureColdLoads } from '../bench/cold-loads';
import { measureParseThroughput } from '../bench/parse-throughput';
import { measurePlanningOpen } from '../bench/planning-open';
import { measureApprovalView } from '../bench/approval-view';
import { measureMinutesCirculation } from '../bench/minutes-circulation';
import { freePort } from './lib/ports';

const root = resolve(__dirname, '..');
const ratio = (value: number, baseline: number): number => Math.round((value / baseline) * 1000) / 1000;

async function main(): Promise<void> {
  const appPort = await freePort();
  const sandboxPort = await freePort();
  if (!process.argv.includes('--skip-build')) {
    const env = {
      ...process.env,
      SEKRETARIAT_GRAPH_BASE_URL: `http://localhost:${sandboxPort}/v1.0`,
      SEKRETARIAT_APP_BASE_URL: `http://localhost:${appPort}`,
    };
    const built = spawnSync(join(root, 'node_modules/.bin/webpack'), ['--mode', 'production'], { cwd: root, stdio: 'inherit', env });
    if (built.status !== 0) throw new Error('bench: the production build failed');
  }

  const trips = await measureHomeRoundTrips();
  const booking = await measureBookingRoundTrips();
  const intake = await measureIntakeSync();
  const planning = await measurePlanningOpen();
  const approvalView = await measureApprovalView();
  const circulation = await measureMinutesCirculation();
  const bundles = measureBundles(join(root, 'dist/app'));
  const load = await measureLoadTime(root, appPort, sandboxPort);
  const cold = await measureColdLoads(root, appPort, sandboxPort);
  const parser = await measureParseThroughput();

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    graphRoundTrips: {
      goal: 'opening the secretariat home takes at most 2 sequential round trips',
      secretariatHome: trips.homeLoader,
      naiveBaseline: trips.naive,
      ratioToBaseline: ratio(trips.homeLoader.roundTrips, trips.naive.roundTrips),
      meetsGoal: trips.homeLoader.roundTrips <= 2,
    },
    bookingRoundTrips: {
      goal: 'booking a year plan takes at most 2 sequential round trips',
      ...booking,
      ratioToBaseline: ratio(booking.app.sequentialRounds, booking.naive.sequentialRounds),
      meetsGoal: booking.app.sequentialRounds <= 2,
    },
    bundles: {
      entries: bundles.entries.map((e) => ({ ...e, ratioToAllJs: ratio(e.initialJsGzip, bundles.allJsGzip) })),
      naiveBaselineAllJsGzip: bundles.allJsGzip,
      budgetsKiB: budgets.initialJsGzipKiB,
      overBudget: checkBudgets(bundles, budgets.initialJsGzipKiB),
    },
    loadTimeChromium: load,
    hostColdLoadsVsTemplate: {
      goal: "in headless Chromium, 9 alternating cold loads, medians: what the host opened on with its data visible ≤ 1.5× Microsoft's React task pane template, first contentful paint ≤ 1.0×, JavaScript fetched before the data is visible ≤ 2× the template's raw bytes; the Outlook task pane (simulated Outlook, a message open: the pane leads with it, ready when it says whether the mail is on an agenda) and the Teams tab (framed by a stand-in Teams client: the home with its role view)",
      template: cold.template,
      outlookTaskPane: cold.outlookTaskPane,
      teamsTab: cold.teamsTab,
      meetsGoal: cold.outlookTaskPane.meetsTargets && cold.teamsTab.meetsTargets,
    },
    npmStartFirstLoad: {
      goal: "`npm start`'s first load of the secretariat home (development build) at most 2× the production build's, same run",
      ...cold.npmStart,
    },
    parser: { goal: 'mails parsed per second over the fixture corpus (decode + parse vs decode only)', ...parser },
    intakeSync: {
      goal: "one intake pass over 500 new mails holds about a page in memory: its peak heap under half the all-in-memory round's; a sync with nothing new at most 4 round trips",
      ...intake,
      heapRatioToBaseline: ratio(intake.pageByPage.peakHeapMiB, intake.allInMemory.peakHeapMiB),
      roundTripRatioToBaseline: ratio(intake.pageByPage.roundTrips, intake.allInMemory.roundTrips),
      meetsGoal: intake.pageByPage.peakHeapMiB < intake.allInMemory.peakHeapMiB / 2 && intake.nothingNew.roundTrips <= 4,
    },
    runPass: {
      goal: "one `sekretariat run` pass over 500 new mails (app-only: intake and receipts, then everything else due) holds about a page in memory: its peak heap under half the all-in-memory intake round's",
      mails: intake.mails,
      ...intake.runPass,
      allInMemoryBaseline: intake.allInMemory,
      heapRatioToBaseline: ratio(intake.runPass.peakHeapMiB, intake.allInMemory.peakHeapMiB),
      roundTripRatioToBaseline: ratio(intake.runPass.roundTrips, intake.allInMemory.roundTrips),
      timeRatioToBaseline: ratio(intake.runPass.ms, intake.allInMemory.ms),
      meetsGoal: intake.runPass.ok && intake.runPass.peakHeapMiB < intake.allInMemory.peakHeapMiB / 2,
    },
    planningOpen: {
      goal: 'opening the planning view takes 1–2 sequential round trips',
      ...planning,
      ratioToBaseline: ratio(planning.app.roundTrips, planning.naive.roundTrips),
      meetsGoal: planning.app.roundTrips <= 2 && planning.appWithoutHint.roundTrips <= 2,
    },
    approvalViewOpen: {
      goal: 'opening the chairs’ approval view of a re-requested version takes at most 2 sequential round trips',
      ...approvalView,
      ratioToBaseline: ratio(approvalView.app.roundTrips, approvalView.naive.roundTrips),
      meetsGoal: approvalView.app.roundTrips <= 2,
    },
    minutesCirculation: {
      goal: 'circulating approved minutes to 30 members costs a fixed number of round trips (one Bcc mail), not one per recipient',
      ...circulation,
      ratioToBaseline: ratio(circulation.app.roundTrips, circulation.naive.roundTrips),
      meetsGoal: circulation.app.roundTrips < circulation.recipients,
    },
  };
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
  if (!results.bookingRoundTrips.meetsGoal) {
    console.error(`bench: booking a year took ${booking.app.sequentialRounds} sequential round trips (goal: at most 2)`);
    process.exit(1);
  }
  if (!results.graphRoundTrips.meetsGoal) {
    console.error(`bench: the secretariat home took ${trips.homeLoader.roundTrips} round trips (goal: at most 2)`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
