// The two records of a pair side by side: a column per source (its name, the record's number there and
// when it was verified), each differing field marked in words and highlighted, and for a field the
// coordinator may choose, one radio button per side.
import {
  RadioButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDay } from '../map-editing/status.ts';
import type { Pair, PairField, PairSide } from './api.ts';
import { fieldLabel } from './labels.ts';

export type Choices = Record<string, 'a' | 'b'>;

interface Props {
  pair: Pair;
  /** Radio buttons only while the pair can be decided. */
  choices?: Choices;
  onChoose?: (field: string, side: 'a' | 'b') => void;
}

export function CompareTable({ pair, choices, onChoose }: Props) {
  const { t } = useI18n();
  const caption = t('mapDedupe.pair.caption', { a: pair.a.source, b: pair.b.source });
  return (
    <TableScroll label={caption}>
      <Table className="wp-dedupe-compare">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('mapDedupe.pair.colField')}</TableHeaderCell>
            <SideHeader side={pair.a} />
            <SideHeader side={pair.b} />
            <TableHeaderCell scope="col">{t('mapDedupe.pair.colDiffers')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pair.fields.map((f) => (
            <FieldRow key={f.field} pair={pair} field={f} choices={choices} onChoose={onChoose} />
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function SideHeader({ side }: { side: PairSide }) {
  const { t, locale } = useI18n();
  return (
    <TableHeaderCell scope="col">
      <span className="wp-dedupe-name">{side.source}</span>
      <span className="wp-dedupe-line">{t('mapDedupe.pair.sourceId', { id: side.externalId })}</span>
      <span className="wp-dedupe-line">
        {t('mapDedupe.pair.verifiedOn', { date: formatDay(side.verifiedAt, locale) })}
      </span>
      {side.status === 'withdrawn' && <span className="wp-dedupe-line">{t('mapDedupe.pair.withdrawn')}</span>}
    </TableHeaderCell>
  );
}

function FieldRow({
  pair,
  field: f,
  choices,
  onChoose,
}: {
  pair: Pair;
  field: PairField;
  choices?: Choices;
  onChoose?: (field: string, side: 'a' | 'b') => void;
}) {
  const { t } = useI18n();
  const label = fieldLabel(f.field, t);
  const choosing = Boolean(choices && onChoose && f.choosable && f.differs);
  const cell = (x: 'a' | 'b') => {
    const value = f[x];
    const id = `dedupe-choice-${f.field}-${x}`;
    return (
      <TableCell className={f.differs ? 'wp-dedupe-differs' : undefined}>
        <span className={value === null ? 'wp-dedupe-empty' : 'wp-dedupe-value'}>
          {value ?? t('mapDedupe.empty')}
        </span>
        {choosing && (
          <span className="wp-dedupe-choice">
            <RadioButton
              id={id}
              name={`dedupe-choice-${f.field}`}
              value={x}
              checked={choices?.[f.field] === x}
              onChange={() => onChoose?.(f.field, x)}
            />
            <label htmlFor={id} className="utrecht-form-label utrecht-form-label--radio">
              {t('mapDedupe.pair.choose')}
              <span className="wp-visually-hidden">
                {': '}
                {t('mapDedupe.pair.chooseWhat', { field: label, source: pair[x].source })}
              </span>
            </label>
          </span>
        )}
      </TableCell>
    );
  };
  return (
    <TableRow className={f.differs ? 'wp-dedupe-row--differs' : undefined}>
      <TableHeaderCell scope="row">{label}</TableHeaderCell>
      {cell('a')}
      {cell('b')}
      <TableCell>
        {f.differs ? (
          <strong className="wp-dedupe-flag">{t('mapDedupe.pair.differs')}</strong>
        ) : (
          t('mapDedupe.pair.same')
        )}
      </TableCell>
    </TableRow>
  );
}
