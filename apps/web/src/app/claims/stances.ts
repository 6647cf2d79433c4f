/** ASSERTS and CLAIMS_RESPONSIBILITY stand on one side of a claim; DENIES, DENIES_RESPONSIBILITY and DISPUTES on the other. */
export const isAssertion = (stance: string) => stance === 'ASSERTS' || stance === 'CLAIMS_RESPONSIBILITY';
