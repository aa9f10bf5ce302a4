import type { FollowUpParts } from '../../parts';
import { ActionsSection } from './ActionsSection';
import { CreateActionButton } from './CreateActionButton';
import { MemberFollowUp } from './MemberFollowUp';

/** The follow-up parts bundled in (tests, previews); the entries load them lazily (src/startup/lazy-parts.ts). */
export const followUpParts: FollowUpParts = { Section: ActionsSection, Member: MemberFollowUp, CreateButton: CreateActionButton };
