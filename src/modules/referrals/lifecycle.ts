// Who may move a referral from which status to which (FHIR Task, as in the HL7 Gravity SDOH guide), and what
// each step needs. Pure: the service asks `allowed` with the caller's parties in this referral.
import type { Party, ReferralStatus } from './tables.ts';

const OPEN: ReferralStatus[] = ['requested', 'received', 'accepted', 'in-progress', 'on-hold'];
const cancelFromOpen = Object.fromEntries(OPEN.map((s) => [s, ['cancelled']])) as Partial<
  Record<ReferralStatus, ReferralStatus[]>
>;

/** Per party: from a status, the statuses it may move to. */
export const TRANSITIONS: Record<Party, Partial<Record<ReferralStatus, ReferralStatus[]>>> = {
  referrer: cancelFromOpen,
  receiver: {
    requested: ['received'],
    received: ['accepted', 'rejected'],
    accepted: ['in-progress'],
    'in-progress': ['on-hold', 'completed', 'failed'],
    'on-hold': ['in-progress', 'failed'],
  },
  // Only for a self-referral: the resident may take it back.
  resident: cancelFromOpen,
};

/** The steps that need words: a reason, or (on completion) the message back to the referrer. */
export const NEEDS_REASON: ReadonlySet<ReferralStatus> = new Set(['rejected', 'on-hold', 'failed']);
export const NEEDS_OUTCOME: ReadonlySet<ReferralStatus> = new Set(['completed']);

export const isOpen = (s: ReferralStatus) => OPEN.includes(s);

/** Where the caller may go from `status`, in the order of the statuses, with the party that allows it. */
export function allowed(parties: readonly Party[], status: ReferralStatus): ReferralStatus[] {
  const out = new Set<ReferralStatus>();
  for (const p of parties) for (const to of TRANSITIONS[p][status] ?? []) out.add(to);
  return [...out];
}

/** The party in whose name a step is taken (the first of the caller's parties that allows it). */
export function partyFor(
  parties: readonly Party[],
  from: ReferralStatus,
  to: ReferralStatus,
): Party | undefined {
  return parties.find((p) => TRANSITIONS[p][from]?.includes(to));
}
