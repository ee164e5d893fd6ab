// A referral as FHIR R4, the way the HL7 Gravity SDOH guide models one: a Task (the workflow, status and
// owner) whose focus is a ServiceRequest (what is asked, why, for whom), and on completion the Task's output
// carries the message back; wellbeing before/after become two Observations. Only from the caller's own
// view of the referral (service.ts decides who may see it).
import type { ReferralView } from './service.ts';

const WIJKPUNT = 'https://wijkpunt.nl/fhir';
const TAXONOMY = `${WIJKPUNT}/CodeSystem/sociale-kaart`;
const ICPC = 'http://hl7.org/fhir/sid/icpc-1';

/** FHIR ServiceRequest.status for a Task status. */
const REQUEST_STATUS: Record<ReferralView['status'], string> = {
  requested: 'active',
  received: 'active',
  accepted: 'active',
  'in-progress': 'active',
  'on-hold': 'on-hold',
  completed: 'completed',
  failed: 'revoked',
  rejected: 'revoked',
  cancelled: 'revoked',
};

export function referralBundle(r: ReferralView, base: string) {
  const patient = { reference: `Patient/${r.resident.id}`, display: r.resident.name };
  const requestId = `${r.id}-request`;
  const wellbeing = r.feedback?.wellbeing;
  const observations = wellbeing
    ? (['before', 'after'] as const).map((when) => ({
        resourceType: 'Observation',
        id: `${r.id}-wellbeing-${when}`,
        status: 'final',
        code: {
          coding: [{ system: `${WIJKPUNT}/CodeSystem/instrument`, code: wellbeing.instrument }],
          text: `${wellbeing.instrument} (${when === 'before' ? 'voor' : 'na'})`,
        },
        subject: patient,
        focus: [{ reference: `ServiceRequest/${requestId}` }],
        valueQuantity: { value: wellbeing[when] },
      }))
    : [];
  const task = {
    resourceType: 'Task',
    id: r.id,
    meta: {
      profile: [
        'http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-TaskForReferralManagement',
      ],
    },
    status: r.status,
    intent: 'order',
    priority: r.urgency === 'urgent' ? 'urgent' : 'routine',
    focus: { reference: `ServiceRequest/${requestId}` },
    for: patient,
    authoredOn: r.createdAt,
    lastModified: r.statusAt,
    requester: { reference: `Practitioner/${r.referrer.id}`, display: r.referrer.name },
    owner: { reference: `Organization/${r.to.organisationId}`, display: r.to.organisation },
    ...(r.timeline.at(-1)?.reason ? { statusReason: { text: r.timeline.at(-1)!.reason! } } : {}),
    ...(r.feedback
      ? {
          output: [
            { type: { text: 'Geboden ondersteuning' }, valueString: r.feedback.supportGiven },
            { type: { text: 'Uitkomst' }, valueString: r.feedback.outcome },
            ...r.feedback.needsAddressed.map((code) => ({
              type: { text: 'Behoefte aangepakt' },
              valueCodeableConcept: { coding: [{ system: TAXONOMY, code }] },
            })),
            ...r.feedback.linkedServices.map((s) => ({
              type: { text: 'Gekoppeld aanbod' },
              valueReference: { reference: `HealthcareService/${s.id}`, display: s.name },
            })),
            ...observations.map((o) => ({
              type: { text: o.code.text },
              valueReference: { reference: `Observation/${o.id}` },
            })),
          ],
        }
      : {}),
  };
  const request = {
    resourceType: 'ServiceRequest',
    id: requestId,
    status: REQUEST_STATUS[r.status],
    intent: 'order',
    priority: task.priority,
    subject: patient,
    authoredOn: r.createdAt,
    requester: task.requester,
    performer: [
      r.to.service
        ? { reference: `HealthcareService/${r.to.service.id}`, display: r.to.service.name }
        : task.owner,
    ],
    reasonCode: [
      { text: r.reason },
      ...r.icpc.map((code) => ({ coding: [{ system: ICPC, code }] })),
      ...r.needs.map((n) => ({ coding: [{ system: TAXONOMY, code: n.code, display: n.name }] })),
    ],
    ...(r.consent ? { supportingInfo: [{ reference: `Consent/${r.consent.id}` }] } : {}),
  };
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: new Date().toISOString(),
    entry: [task, request, ...observations].map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
