// API client of the map-import page: the coordinator's HSDS upload (preview, then confirm). Shapes come
// from the server's zod schemas (type-only imports: nothing of the server ends up in the bundle).
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { Items } from '../../api.ts';
import type * as upload from '../../../modules/social-map/import/upload-schema.ts';

export type ImportTarget = z.output<typeof upload.importTargetsOut>['items'][number];
export type UploadInput = z.input<typeof upload.uploadBody>;
export type UploadResult = z.output<typeof upload.uploadResultOut>;
export type UploadProblem = UploadResult['refused'][number];

/** The largest upload (the server's limit; the page checks it first to say so in plain words). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export const mapImportApi = {
  targets: () => request<Items<ImportTarget>>('GET', '/social-map/import-targets'),
  preview: (input: UploadInput) =>
    request<UploadResult>('POST', '/social-map/imports/preview', { body: input }),
  confirm: (input: UploadInput & { previewId: string }) =>
    request<UploadResult>('POST', '/social-map/imports', { body: input }),
};
