/**
 * The model versions a follow-up may use: the baseline's own or a newer one (by the year it is
 * used from), newest first.
 */
export interface FrameworkChoice {
  id: string;
  title: string;
  usedFrom: number;
  current: boolean;
}

export function followUpFrameworks<T extends FrameworkChoice>(frameworks: readonly T[], baselineFrameworkId: string): T[] {
  const baseline = frameworks.find((framework) => framework.id === baselineFrameworkId);
  if (!baseline) return [];
  return frameworks.filter((framework) => framework.id === baseline.id || framework.usedFrom > baseline.usedFrom).sort((a, b) => b.usedFrom - a.usedFrom);
}
