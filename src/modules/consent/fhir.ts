// A consent of the ledger as a FHIR R4 Consent (privacy consent, opt-in, permit), for export and the
// resident's AVG bundle. Purposes use HL7 v3 ActReason next to Wijkpunt's own code; the parts of the record
// are the provision's classes.
import type { Bundle, Consent } from '@medplum/fhirtypes';
import type { ConsentView } from './schema.ts';
import type { Purpose } from './tables.ts';

const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
export const PURPOSE_SYSTEM = 'urn:wijkpunt:consent-purpose';
export const CATEGORY_SYSTEM = 'urn:wijkpunt:record-category';

const V3: Record<Purpose, { code: string; display: string }> = {
  treatment: { code: 'TREAT', display: 'treatment' },
  referral: { code: 'COC', display: 'coordination of care' },
  mdo: { code: 'COC', display: 'coordination of care' },
  wmo_advice: { code: 'CAREMGT', display: 'care management' },
  research: { code: 'HRESCH', display: 'healthcare research' },
};

const STATUS: Record<ConsentView['status'], Consent['status']> = {
  requested: 'proposed',
  active: 'active',
  declined: 'rejected',
  withdrawn: 'inactive',
  expired: 'inactive',
};

export function toFhirConsent(c: ConsentView, residentId: string): Consent {
  const who = c.grantee.kind === 'person' ? `Practitioner/${c.grantee.id}` : `Organization/${c.grantee.id}`;
  return {
    resourceType: 'Consent',
    id: c.id,
    status: STATUS[c.status],
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: `Patient/${residentId}` },
    dateTime: c.decidedAt ?? c.createdAt,
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      period: { start: c.validFrom, end: c.validUntil },
      actor: [
        {
          role: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }],
            ...(c.grantee.role ? { text: c.grantee.role } : {}),
          },
          reference: { reference: who, display: c.grantee.name },
        },
      ],
      action: [
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'access' }] },
      ],
      purpose: [
        { system: ACT_REASON, ...V3[c.purpose] },
        { system: PURPOSE_SYSTEM, code: c.purpose, ...(c.purposeRef ? { display: c.purposeRef } : {}) },
      ],
      class: c.categories.map((code) => ({ system: CATEGORY_SYSTEM, code })),
    },
  };
}

export function consentBundle(items: ConsentView[], residentId: string): Bundle<Consent> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: new Date().toISOString(),
    entry: items.map((c) => ({ fullUrl: `urn:uuid:${c.id}`, resource: toFhirConsent(c, residentId) })),
  };
}
