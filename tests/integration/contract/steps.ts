// The contract table: every step of the walk, in order (later steps use ids earlier ones captured).
import { calendarSteps } from './steps-calendar';
import { directorySteps } from './steps-directory';
import { driveSteps } from './steps-drive';
import { allMailSteps } from './steps-mail';
import { onlineMeetingSteps } from './steps-meetings';
import { appSteps } from './steps-app';
import { siteSteps } from './steps-sites';
import type { Step } from './walk';

export const ALL_STEPS: readonly Step[] = [
  ...directorySteps,
  ...siteSteps,
  ...driveSteps,
  ...calendarSteps,
  ...allMailSteps,
  ...onlineMeetingSteps,
  ...appSteps,
];
