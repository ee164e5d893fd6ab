// What the FHIR REST subset can do, as FHIR's CapabilityStatement (GET /fhir/R4/metadata, no login).
// It says only what the routes do: read and search-type per stored type, transaction and batch.
import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';
import { PURPOSES } from '../../consent/tables.ts';
import { SUPPORTED_TYPES } from '../categories.ts';
import { DEFAULT_COUNT, MAX_COUNT } from './schema.ts';

/** The day this statement last changed (a CapabilityStatement must carry a date). */
const STATEMENT_DATE = '2026-12-07';

const DESCRIPTION = [
  'The FHIR R4 subset of Wijkpunt for integrations: read and search the personal health record, and write',
  'to it with a transaction or batch Bundle (all or nothing). Authentication as for the rest of the API:',
  'Authorization: Bearer <personal API token>, or the session cookie (with X-CSRF-Token for POST).',
  'A resident reaches their own record. Anyone else reaches only the parts of a record an active consent',
  'of the resident (or an open emergency access, read only) covers for the purpose of use, stated in the',
  `header X-Purpose-Of-Use (one of ${PURPOSES.join(', ')}; default treatment) with X-Purpose-Ref`,
  'naming the referral or case conference where the consent names one. A record or part without such a',
  'basis answers 404, as does one that does not exist. Every read, search and write is logged for the',
  'resident. Errors are OperationOutcome resources naming the field.',
].join(' ');

function resource(type: (typeof SUPPORTED_TYPES)[number]): CapabilityStatementRestResource {
  return {
    type,
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    versioning: 'no-version',
    readHistory: false,
    updateCreate: false,
    searchParam:
      type === 'Patient'
        ? [
            {
              name: '_id',
              type: 'token',
              documentation: "The resident's id. A resident may leave it out: their own Patient.",
            },
          ]
        : [
            {
              name: 'patient',
              type: 'reference',
              documentation:
                'Whose record: Patient/<id> or <id>. A resident may leave it out: their own record.',
            },
          ],
  };
}

export function capabilityStatement({
  base,
  version,
}: {
  base: string;
  version: string;
}): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: STATEMENT_DATE,
    publisher: 'Wijkpunt',
    kind: 'instance',
    software: { name: 'Wijkpunt', version },
    implementation: { description: 'Wijkpunt personal health record (FHIR R4 subset)', url: base },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    description: DESCRIPTION,
    rest: [
      {
        mode: 'server',
        documentation: DESCRIPTION,
        security: {
          cors: false,
          description:
            'Bearer token (personal API token) or session cookie with X-CSRF-Token for POST. Purpose of use in ' +
            'X-Purpose-Of-Use (default treatment) and X-Purpose-Ref.',
        },
        resource: SUPPORTED_TYPES.map(resource),
        interaction: [
          {
            code: 'transaction',
            documentation:
              'POST of a transaction Bundle of creates (request.method POST, request.url the type), all or ' +
              'nothing: a refused or unsupported entry answers 400 with an OperationOutcome naming the entry ' +
              'and field. A professional names the resident in every entry (Patient/<id>) and needs a ' +
              'consent covering the purpose and every part written.',
          },
          {
            code: 'batch',
            documentation: 'As transaction: Wijkpunt processes a batch all or nothing too.',
          },
        ],
        searchParam: [
          {
            name: '_count',
            type: 'number',
            documentation: `Page size, default ${DEFAULT_COUNT}, at most ${MAX_COUNT}; 0 gives only the total.`,
          },
          {
            name: '_offset',
            type: 'number',
            documentation: 'How many matches to skip (paging; follow the next and previous links).',
          },
        ],
      },
    ],
  };
}
