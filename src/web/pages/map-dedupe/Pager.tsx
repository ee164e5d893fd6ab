import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';

/** Previous / next page of a list, with where you are in words. */
export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('mapDedupe.pager.label')} className="wp-dedupe-pager">
      <Paragraph>{t('mapDedupe.pager.position', { page, pages })}</Paragraph>
      <ButtonGroup>
        {page > 1 && (
          <Button appearance="secondary-action-button" onClick={() => onPage(page - 1)}>
            {t('mapDedupe.pager.previous')}
          </Button>
        )}
        {page < pages && (
          <Button appearance="secondary-action-button" onClick={() => onPage(page + 1)}>
            {t('mapDedupe.pager.next')}
          </Button>
        )}
      </ButtonGroup>
    </nav>
  );
}
