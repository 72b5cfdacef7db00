import { goodExampleTextKey } from '../../domain/good-example-passages.js';
import { textAnchor } from '../../domain/text-anchors.js';
import type { GoodExample } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { Markdown } from '../ui/Markdown.js';
import { paths } from '../paths.js';
import { useContentLanguage } from '../language/content-language.js';

interface GroupedExample {
  text: string;
  municipalities: Array<{ id: string; code: string; name: string }>;
}

/**
 * One sentence can name several municipalities; it is shown once with all of them (however its
 * spaces are written), in order of first appearance, as the report shows it, so the passage ids
 * (`textAnchor`, position from 1) match those the API links to.
 */
function grouped(examples: GoodExample[]): GroupedExample[] {
  const byText = new Map<string, GroupedExample>();
  for (const example of examples) {
    const key = goodExampleTextKey(example.text);
    if (key === '') continue;
    const group = byText.get(key) ?? { text: example.text, municipalities: [] };
    if (example.municipality && !group.municipalities.some((known) => known.id === example.municipality?.id)) group.municipalities.push(example.municipality);
    byText.set(key, group);
  }
  return [...byText.values()];
}

/** Good examples from other municipalities, each linked to its municipality's page when known; older ones without a municipality say so. */
export function GoodExampleList({ examples, areaCode }: { examples: GoodExample[]; areaCode: string }) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  return (
    <ul className="good-examples">
      {grouped(examples).map((example, index) => (
        <li key={example.text} id={textAnchor({ kind: 'good-example', areaCode, position: index + 1 })} className="good-examples__item">
          <span className="good-examples__municipalities">
            {example.municipalities.length === 0
              ? t('evaluation.goodExampleUnknown')
              : example.municipalities.map((municipality, index) => (
                  <span key={municipality.id}>
                    {index > 0 ? ', ' : null}
                    <AppLink to={paths.municipality(municipality.id)}>{municipality.name}</AppLink>
                  </span>
                ))}
          </span>
          <Markdown source={example.text} inline className="good-examples__text" lang={contentLanguage} />
        </li>
      ))}
    </ul>
  );
}
