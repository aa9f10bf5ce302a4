// The Azure Functions app (v4 Node programming model): `sekretariat run` every five minutes. The handler is the
// repository's own command (run-timer.ts); this file only registers it with the host.
import { app } from '@azure/functions';
import { runTimer } from './run-timer';

app.timer('sekretariatRun', {
  // NCRONTAB with seconds: at second 0 of every fifth minute. The host holds a lease so one instance runs a tick.
  schedule: '0 */5 * * * *',
  runOnStartup: false,
  handler: (timer, context) => runTimer(timer, context),
});
