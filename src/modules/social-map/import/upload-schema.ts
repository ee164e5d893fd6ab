// Validation for the coordinator's HSDS upload. The files travel as text inside a JSON body (no multipart
// dependency): one HSDS 3 JSON / NDJSON file, or the files of a CSV data package (datapackage.json + CSVs,
// or the HSDS 1.x / Ohana layout). The page keeps the files between preview and confirm and sends them
// again; the preview id ties the confirmation to exactly what was previewed.
import { z } from 'zod';
import { bilingual } from '../../../server/errors.ts';
import { TABLE_KEYS } from './batch.ts';

/** The largest request body of an upload (all files together, as JSON text). */
export const UPLOAD_BODY_LIMIT = 25 * 1024 * 1024;

export const UPLOAD_EXTENSIONS = ['.json', '.ndjson', '.jsonl', '.csv'] as const;

export const uploadFile = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((n) => UPLOAD_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)), {
      message: bilingual(
        'Kies een bestand dat eindigt op .json, .ndjson, .jsonl of .csv.',
        'Choose a file ending in .json, .ndjson, .jsonl or .csv.',
      ),
    }),
  content: z.string(),
});

export const uploadBody = z.object({
  files: z
    .array(uploadFile)
    .min(1, bilingual('Kies minstens één bestand.', 'Choose at least one file.'))
    .max(50, bilingual('Kies hoogstens 50 bestanden.', 'Choose at most 50 files.')),
  /** CBS wijk code: services without a service area of their own get this neighbourhood. */
  neighbourhood: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^WK\d{6}$/,
      bilingual(
        'Kies een wijk (CBS-code zoals WK092801).',
        'Choose a neighbourhood (CBS code like WK092801).',
      ),
    ),
  /** Name of the source: ids that are not uuids become the same uuids on every import of this source, so
   * importing it again updates instead of duplicating. Default: the file name (one file) or "datapackage". */
  source: z.string().trim().max(200).optional(),
});
export type UploadBody = z.output<typeof uploadBody>;

export const confirmBody = uploadBody.extend({
  previewId: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ConfirmBody = z.output<typeof confirmBody>;

const kindCounts = z.object({ new: z.number().int(), updated: z.number().int() });

export const problemOut = z.object({
  table: z.enum(TABLE_KEYS),
  id: z.string(),
  field: z.string(),
  /** The record's name in the files, when it has one. */
  name: z.string().nullable(),
  /** In the caller's language where the explanation is known. */
  reason: z.string(),
});

export const uploadResultOut = z.object({
  /** sha256 of the files and choices; send it back to confirm. */
  previewId: z.string(),
  format: z.enum(['json', 'ndjson', 'json-directory', 'tabular', 'hsds1-csv']),
  source: z.string(),
  neighbourhood: z.object({ cbsCode: z.string(), name: z.string() }),
  /** True after a confirmed import; false for a preview and for a refused import. */
  imported: z.boolean(),
  counts: z.object({ services: kindCounts, organizations: kindCounts, locations: kindCounts }),
  /** Records written per HSDS table (0 everywhere when refused). */
  records: z.number().int(),
  /** Services and organizations of this source that the files no longer carry: they are withdrawn. */
  withdrawn: z.number().int(),
  refused: z.array(problemOut),
  warnings: z.array(problemOut),
});
export type UploadResult = z.output<typeof uploadResultOut>;

export const importTargetsOut = z.object({
  items: z.array(z.object({ cbsCode: z.string(), name: z.string() })),
});
