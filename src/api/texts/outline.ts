import { textOutline, type OutlineArea } from '../../domain/evaluation-texts.js';
import type { Catalogue, Framework } from '../../domain/framework.js';

const outlines = new WeakMap<Framework, OutlineArea[]>();

/** The texts an evaluation of a framework version has room for (computed once per version). */
export function outlineOf(catalogue: Catalogue, frameworkId: string): OutlineArea[] {
  const framework = catalogue.frameworks.get(frameworkId);
  // The database only references frameworks synchronised from the catalogue at start.
  if (!framework) throw new Error(`Evaluation references framework ${frameworkId}, which the catalogue does not have`);
  let outline = outlines.get(framework);
  if (!outline) {
    outline = textOutline(framework);
    outlines.set(framework, outline);
  }
  return outline;
}
