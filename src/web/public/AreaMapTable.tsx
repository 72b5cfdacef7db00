import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { AreaMap, FrameworkDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { TableScroll } from '../ui/TableScroll.js';
import { paths } from '../paths.js';

/**
 * How the areas (and, where the author gave them, the sub-areas) of two model versions
 * correspond, with the map's own caveat when it has one. Areas and sub-areas of the version on
 * this page are named; the other version's are given by number with a link to that version.
 */
export function AreaMapTable({ map, framework, titles, generalCaveat }: { map: AreaMap; framework: FrameworkDetail; titles: ReadonlyMap<string, string>; generalCaveat?: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const subareaCaptionId = useId();
  const subareaLabel = (frameworkId: string, code: string) => {
    const subarea = frameworkId === framework.id ? framework.areas.flatMap((area) => area.subareas).find((candidate) => candidate.code === code) : undefined;
    return subarea ? `${code} ${subarea.title}` : code;
  };
  const subareaEntries = Object.entries(map.subareas);
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
      {subareaEntries.length > 0 ? (
        <TableScroll labelledBy={subareaCaptionId}>
          <Table zebra className="data-table">
            <caption id={subareaCaptionId} className="ds-sr-only">
              {t('framework.subareaMaps.caption', { from: titleOf(map.from), to: titleOf(map.to) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{`${t('framework.subareaMaps.heading')}: ${titleOf(map.from)}`}</th>
                <th scope="col">{`${t('framework.subareaMaps.heading')}: ${titleOf(map.to)}`}</th>
              </tr>
            </thead>
            <tbody>
              {subareaEntries.map(([from, to]) => (
                <tr key={from}>
                  <th scope="row" className="row-header">{subareaLabel(map.from, from)}</th>
                  <td>{subareaLabel(map.to, to)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroll>
      ) : null}
      {map.caveat && map.caveat !== generalCaveat ? (
        <Paragraph data-size="sm" className="area-map__caveat">
          <strong>{t('framework.mapCaveat')}: </strong>
          {map.caveat}
        </Paragraph>
      ) : null}
    </section>
  );
}
