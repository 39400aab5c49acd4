export { scenarioSchema, DEFAULT_BANDS, type Scenario, type ScenarioInput } from './schema.ts';
export { parseScenario, type ScenarioResult, type ScenarioExtras } from './parse.ts';
export { formatIssues, formatPath, type InputIssue } from './issues.ts';
export { normaliseInstant } from '../instant.ts';
