import type { SignedInUser } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';

/** Every role view gets one forum's home, the person and "now". */
export interface RoleViewProps {
  readonly home: ForumHome;
  readonly me: SignedInUser;
  readonly now: Date;
}
