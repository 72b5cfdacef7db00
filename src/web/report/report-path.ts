/** Where an evaluation's report page is. */
export const reportPath = (evaluationId: string) => `/utvarderingar/${encodeURIComponent(evaluationId)}/rapport`;
