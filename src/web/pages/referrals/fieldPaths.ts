// The server names a problem by its place in the request body (body.to.organisationId,
// body.outcome.wellbeing.before); a form names its own fields. This puts each problem at the field that
// holds it, so the message shows at that field and in the error summary.
import { ApiError } from '../../api.ts';

/** A catch handler: rethrows `error` with each path given by `field` (or left as it was). */
export function atFields(field: (path: string) => string | undefined) {
  return (error: unknown): never => {
    if (!(error instanceof ApiError)) throw error;
    const { status, code, title, detail } = error;
    const errors = error.errors.map(({ path, message }) => {
      const p = path.replace(/^\/+/, '').replace(/\//g, '.');
      const name = field(p);
      return { path: name ? `body.${name}` : path, message };
    });
    throw new ApiError({ status, code, title, detail, errors });
  };
}

/** Whether `path` is `base` or lies below it (body.to, body.to.serviceId). */
export const under = (path: string, base: string) => path === base || path.startsWith(`${base}.`);
