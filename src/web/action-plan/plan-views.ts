/** The views of the plan's actions, kept in the address (`?visa=`), so a view can be linked and reloaded. */
export const PLAN_VIEWS = ['omrade', 'status', 'datum', 'tidslinje'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

export const VIEW_PARAM = 'visa';

/** The view named in the address; by area when none or an unknown one is named. */
export const planViewOf = (value: string | null): PlanView => PLAN_VIEWS.find((view) => view === value) ?? 'omrade';
