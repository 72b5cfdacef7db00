/**
 * The document's list definitions: one bulleted, one numbered. Every numbered list is a new
 * instance of the numbered definition, so each starts at 1.
 */
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

export const BULLET_REFERENCE = 'report-bullet';
export const NUMBERED_REFERENCE = 'report-numbered';

const BULLETS = ['\u2022', '\u2013', '\u25e6'];

function indent(level: number) {
  return { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } };
}

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_REFERENCE,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length] ?? '\u2022',
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
    {
      reference: NUMBERED_REFERENCE,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
  ],
};

/** Hands out a new instance number per numbered list, so each list counts from 1. */
export interface ListInstances {
  next(): number;
}

export function createListInstances(): ListInstances {
  let current = 0;
  return { next: () => (current += 1) };
}
