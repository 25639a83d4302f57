/** The assessment feature's public face: what the router and other features use of it. */
export { Apl02Page } from './Apl02Page';
export { AssessmentPage } from './AssessmentPage';
export { useAnswers, useLatestRound, usePackRow } from './use-assessment';
