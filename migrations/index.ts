// The list of migrations, in order. Add a new file and a line here; never change or remove a landed one.
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_social_map.ts';
import * as m0003 from './0003_social_map_reference.ts';
import * as m0004 from './0004_social_map_search.ts';
import * as m0005 from './0005_social_map_editing.ts';
import * as m0006 from './0006_social_map_search_speed.ts';
import * as m0007 from './0007_social_map_sources.ts';
import * as m0008 from './0008_record.ts';
import * as m0009 from './0009_consent.ts';
import * as m0010 from './0010_referrals.ts';
import * as m0011 from './0011_wmo.ts';
import * as m0012 from './0012_questionnaires.ts';
import * as m0013 from './0013_health_check.ts';
import * as m0014 from './0014_notification_preferences.ts';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_social_map': m0002,
  '0003_social_map_reference': m0003,
  '0004_social_map_search': m0004,
  '0005_social_map_editing': m0005,
  '0006_social_map_search_speed': m0006,
  '0007_social_map_sources': m0007,
  '0008_record': m0008,
  '0009_consent': m0009,
  '0010_referrals': m0010,
  '0011_wmo': m0011,
  '0012_questionnaires': m0012,
  '0013_health_check': m0013,
  '0014_notification_preferences': m0014,
};
