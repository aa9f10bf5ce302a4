import type { ForumMember, ForumRef, OrganisationKind, Role } from '../domain/types';
import { isNotFound, isPreconditionFailed } from '../graph/errors';
import type { Graph } from '../graph/graph-types';
import { createOrFind } from './create-or-find';
import { ConflictError } from './failures';
import { etagOf, listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type FieldBag, type GraphListItem } from './list-item';
import { createdByOwners, verifyMembers } from '../domain/forum-trust';
import { forumOwners } from './forum-stores';
import { toForumMember } from './mappers/forum-mapper';
import { updateItemFields } from './update-item';

/** What the secretariat enters for a member (the item id and eTag come from the list). */
export interface MemberInput {
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly organisationKind: OrganisationKind;
  readonly jobTitle: string;
  readonly role: Role;
  readonly substituteEmail?: string;
  readonly external: boolean;
}

/** A member as the Members list holds it, with the eTag an update or removal must send. */
export interface StoredMember {
  readonly member: ForumMember;
  readonly etag: string;
}

function fieldsOf(input: MemberInput): FieldBag {
  return {
    Title: input.name.trim(),
    Email: input.email.trim().toLowerCase(),
    Organisation: input.organisation.trim(),
    OrganisationKind: input.organisationKind,
    JobTitle: input.jobTitle.trim(),
    Role: input.role,
    SubstituteEmail: input.substituteEmail?.trim().toLowerCase() ?? '',
    External: input.external,
  };
}

function stored(item: GraphListItem): StoredMember {
  return { member: toForumMember(item), etag: etagOf(item) };
}

/** A row just written by the secretariat: verified against the owners. */
function storedVerified(
  item: GraphListItem,
  owners: Parameters<typeof verifyMembers>[1],
  trustedApps: readonly string[] | undefined,
): StoredMember {
  return { member: verifyMembers([toForumMember(item)], owners, trustedApps)[0] ?? toForumMember(item), etag: etagOf(item) };
}

/** What the members view needs; `MembersStore` over Graph, fakes in UI tests. */
export interface MembersApi {
  /** The rows, each marked `unverified` when someone other than the secretariat wrote or changed it (forum-trust.ts). */
  list(): Promise<StoredMember[]>;
  add(input: MemberInput): Promise<{ readonly member: StoredMember; readonly created: boolean }>;
  update(id: string, etag: string, input: MemberInput): Promise<StoredMember>;
  remove(id: string, etag: string): Promise<void>;
  /**
   * The secretariat has checked a row someone else wrote or changed and says it is right: it becomes the
   * secretariat's, and its role counts again.
   */
  confirm(stored: StoredMember, corrected?: MemberInput): Promise<StoredMember>;
}

/**
 * The forum's Members list. Adding is idempotent by e-mail (an indexed column): a retry, a double click or a
 * second secretary adding the same person finds the existing item instead of making a second one. Updates
 * and removals send the item's eTag.
 */
export class MembersStore implements MembersApi {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  async list(): Promise<StoredMember[]> {
    const [items, owners] = await Promise.all([
      this.graph.all<GraphListItem>(listItemsUrl(this.ref.siteId, 'Members')),
      forumOwners(this.graph, this.ref),
    ]);
    const members = verifyMembers(items.map(toForumMember), owners, this.ref.trustedAppIds);
    return items
      .map((item, i) => ({ member: members[i] ?? toForumMember(item), etag: etagOf(item) }))
      .sort((a, b) => a.member.name.localeCompare(b.member.name, 'da'));
  }

  /**
   * A row the secretariat created is saved again as it is (If-Match: the secretariat becomes its last writer). A row
   * someone else created is replaced: the same values in a new item the secretariat creates, then the old one
   * removed (If-Match) — SharePoint's createdBy cannot be rewritten. A retry after the copy was made finds the
   * secretariat's row with that address and only removes the old one: never two copies.
   */
  async confirm(stored: StoredMember, corrected?: MemberInput): Promise<StoredMember> {
    const { member } = stored;
    const input: MemberInput = corrected ?? {
      name: member.name,
      email: member.email,
      organisation: member.organisation,
      organisationKind: member.organisationKind,
      jobTitle: member.jobTitle,
      role: member.unverified?.listedRole ?? member.role,
      ...(member.substituteEmail ? { substituteEmail: member.substituteEmail } : {}),
      external: member.external,
    };
    const owners = await forumOwners(this.graph, this.ref);
    const createdBySecretariat = createdByOwners(member.stamp, owners, this.ref.trustedAppIds);
    if (createdBySecretariat) return this.update(member.id, stored.etag, input);
    const madeBefore = async (): Promise<StoredMember | undefined> =>
      (await this.list()).find((s) => s.member.email === member.email && s.member.id !== member.id && !s.member.unverified);
    // Members has no unique key: a copy whose create lost its answer is found as above, never made twice.
    const copy =
      (await madeBefore()) ??
      (await createOrFind(
        async () =>
          storedVerified(
            await this.graph.post<GraphListItem>(listItemsCollectionUrl(this.ref.siteId, 'Members'), { fields: fieldsOf(input) }),
            owners,
            this.ref.trustedAppIds,
          ),
        madeBefore,
      ));
    await this.remove(member.id, stored.etag);
    return copy;
  }

  async byEmail(email: string): Promise<StoredMember | undefined> {
    const filter = `fields/Email eq ${odataString(email.trim().toLowerCase())}`;
    const items = await this.graph.get<{ value: GraphListItem[] }>(listItemsUrl(this.ref.siteId, 'Members', { filter, top: 1 }));
    const first = items.value[0];
    return first ? stored(first) : undefined;
  }

  /** Adds a member, or returns the one already listed with that e-mail address (unchanged). */
  async add(input: MemberInput): Promise<{ readonly member: StoredMember; readonly created: boolean }> {
    const existing = await this.byEmail(input.email);
    if (existing) return { member: existing, created: false };
    // No unique key: a create whose answer was lost is found by its address, never repeated.
    const member = await createOrFind(
      async () =>
        stored(await this.graph.post<GraphListItem>(listItemsCollectionUrl(this.ref.siteId, 'Members'), { fields: fieldsOf(input) })),
      () => this.byEmail(input.email),
    );
    return { member, created: true };
  }

  async update(id: string, etag: string, input: MemberInput): Promise<StoredMember> {
    const updated = await updateItemFields(this.graph, this.ref, 'Members', id, etag, fieldsOf(input));
    return stored({ id, '@odata.etag': updated.etag ?? etag, fields: { ...updated.fields, ...fieldsOf(input) } });
  }

  /** Removes a member; one already gone counts as removed. */
  async remove(id: string, etag: string): Promise<void> {
    try {
      await this.graph.delete(listItemUrl(this.ref.siteId, 'Members', id), { ifMatch: etag });
    } catch (error) {
      if (isNotFound(error)) return;
      if (isPreconditionFailed(error)) throw new ConflictError('Members', id, error);
      throw error;
    }
  }
}
