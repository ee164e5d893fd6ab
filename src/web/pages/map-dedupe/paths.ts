// Addresses of the sources and duplicates pages, below their navigation keys.
import { NAV_PATHS } from '../../navigation.ts';

const duplicates = NAV_PATHS['map.duplicates'];

export const paths = {
  duplicates,
  pair: (pairId: string) => `${duplicates}/${encodeURIComponent(pairId)}`,
  sources: NAV_PATHS['map.sources'],
};
