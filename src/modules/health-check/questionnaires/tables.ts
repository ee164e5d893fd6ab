// Kysely types of questionnaire definitions (migrations/0012_questionnaires.ts is the truth).
import type { ColumnType, Generated } from 'kysely';
import type { Questionnaire } from '@medplum/fhirtypes';
import type { QuestionnaireStatus } from './definition.ts';
import type { ScorerLink } from './scoring.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface QuestionnaireTables {
  questionnaire: {
    id: Generated<string>;
    organisation_id: string | null;
    url: string;
    version: string | null;
    status: QuestionnaireStatus;
    title: string | null;
    /** written as JSON text, read as the Questionnaire */
    resource: ColumnType<Questionnaire, string, string>;
    instrument: string | null;
    scoring: ColumnType<ScorerLink | null, string | null, string | null>;
    created_by: string | null;
    created_at: CreatedAt;
    updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  };
}
