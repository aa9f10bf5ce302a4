import type { ForumMember, OrganisationKind, Role } from '../../domain/types';
import type { MemberInput } from '../../store/members-store';

/** The member form: what the secretariat types, and the way to a MemberInput with a message per field. */
export interface MemberForm {
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly organisationKind: OrganisationKind;
  readonly jobTitle: string;
  readonly role: Role;
  readonly substituteEmail: string;
  readonly external: boolean;
}

export interface MemberFieldError {
  readonly key: 'required' | 'email' | 'duplicateEmail' | 'substituteSelf';
}

export type MemberResult =
  { readonly ok: true; readonly value: MemberInput } | { readonly ok: false; readonly errors: Readonly<Record<string, MemberFieldError>> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const EMPTY_MEMBER: MemberForm = {
  name: '',
  email: '',
  organisation: '',
  organisationKind: 'municipality',
  jobTitle: '',
  role: 'member',
  substituteEmail: '',
  external: false,
};

export function memberToForm(m: ForumMember): MemberForm {
  return {
    name: m.name,
    email: m.email,
    organisation: m.organisation,
    organisationKind: m.organisationKind,
    jobTitle: m.jobTitle,
    role: m.unverified?.listedRole ?? m.role,
    substituteEmail: m.substituteEmail ?? '',
    external: m.external,
  };
}

/** `others`: the e-mail addresses of the other members (an address is listed once). */
export function memberFromForm(form: MemberForm, others: readonly string[]): MemberResult {
  const errors: Record<string, MemberFieldError> = {};
  const email = form.email.trim().toLowerCase();
  const substitute = form.substituteEmail.trim().toLowerCase();
  if (form.name.trim() === '') errors.name = { key: 'required' };
  if (email === '') errors.email = { key: 'required' };
  else if (!EMAIL.test(email)) errors.email = { key: 'email' };
  else if (others.some((o) => o.toLowerCase() === email)) errors.email = { key: 'duplicateEmail' };
  if (substitute !== '' && !EMAIL.test(substitute)) errors.substituteEmail = { key: 'email' };
  else if (substitute !== '' && substitute === email) errors.substituteEmail = { key: 'substituteSelf' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: form.name.trim(),
      email,
      organisation: form.organisation.trim(),
      organisationKind: form.organisationKind,
      jobTitle: form.jobTitle.trim(),
      role: form.role,
      ...(substitute !== '' ? { substituteEmail: substitute } : {}),
      external: form.external,
    },
  };
}
