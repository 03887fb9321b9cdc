import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Suspense, useId, useState, type ReactNode } from 'react';
import { Loading } from '../../client/ui/loading.js';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  chart: { minWidth: 0, width: '100%' },
  toggle: { alignSelf: 'flex-start' },
});

type Props = {
  title: string;
  description?: ReactNode;
  /** The lazily loaded chart; omitted when the section is a table already. */
  chart?: ReactNode;
  table: ReactNode;
};

/** A titled chart with a "Show as table" disclosure holding the same numbers as a real table. */
export function ChartSection({ title, description, chart, table }: Props) {
  const styles = useStyles();
  const t = useT();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h3" id={`${id}-title`} className={styles.heading}>
        {title}
      </Subtitle2>
      {description && <Body1>{description}</Body1>}
      {chart && (
        <div className={styles.chart}>
          <Suspense fallback={<Loading label={t('trends.chart.loading')} />}>{chart}</Suspense>
        </div>
      )}
      {chart ? (
        <>
          <Button
            className={styles.toggle}
            appearance="secondary"
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t('trends.chart.hideTable') : t('trends.chart.showTable')}
          </Button>
          <div id={`${id}-table`} hidden={!showTable}>
            {showTable && table}
          </div>
        </>
      ) : (
        table
      )}
    </section>
  );
}
