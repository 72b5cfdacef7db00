import { Heading, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { AreaMap, FrameworkDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { TableScroll } from '../ui/TableScroll.js';
import { paths } from '../paths.js';

/**
 * How the areas of two model versions correspond. Areas of the version on this page are named;
 * the other version's areas are given by number with a link to that version.
 */
export function AreaMapTable({ map, framework, titles }: { map: AreaMap; framework: FrameworkDetail; titles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const captionId = useId();
  const headingId = useId();
  const titleOf = (id: string) => titles.get(id) ?? id;
  const areaLabel = (frameworkId: string, code: string) => {
    const area = frameworkId === framework.id ? framework.areas.find((candidate) => candidate.code === code) : undefined;
    return area ? `${code}. ${area.title}` : t('framework.mapArea', { code });
  };
  const versionHeader = (id: string) => (id === framework.id ? titleOf(id) : <AppLink to={paths.framework(id)}>{titleOf(id)}</AppLink>);
  return (
    <section aria-labelledby={headingId} className="area-map">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('framework.mapHeading', { from: titleOf(map.from), to: titleOf(map.to) })}
      </Heading>
      <TableScroll labelledBy={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId} className="ds-sr-only">
            {t('framework.mapCaption', { from: titleOf(map.from), to: titleOf(map.to) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{versionHeader(map.from)}</th>
              <th scope="col">{versionHeader(map.to)}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(map.areas).map(([from, to]) => (
              <tr key={from}>
                <th scope="row" className="row-header">{areaLabel(map.from, from)}</th>
                <td>{areaLabel(map.to, to)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
