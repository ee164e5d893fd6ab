// Addresses of the map-editing pages; all below the two navigation keys that own them.
import { NAV_PATHS } from '../../navigation.ts';

const entries = NAV_PATHS['map.entries'];
const worklist = NAV_PATHS['map.worklist'];
const id = encodeURIComponent;

export const paths = {
  entries,
  newEntry: `${entries}/nieuw`,
  entry: (serviceId: string) => `${entries}/${id(serviceId)}`,
  change: (serviceId: string, revisionId: string) =>
    `${entries}/${id(serviceId)}/wijziging/${id(revisionId)}`,
  worklist,
  review: (revisionId: string) => `${worklist}/wijziging/${id(revisionId)}`,
};

/** What a page may pass to the next one in the history state: a message to show on arrival. */
export interface ArrivalState {
  notice?: string;
}
