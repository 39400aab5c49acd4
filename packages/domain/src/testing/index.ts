// For other packages' tests only: seeded random scenarios and the database-free path from a
// scenario to CareData, so that the server can check its import and loader against the engine.
export { randomScenario, type RandomCase } from '../statements/reference/random-scenario.ts';
export { careDataFromScenario } from '../statements/test-support/scenario.ts';
export { randomFeeScenario, type RandomFeeCase } from '../fees/reference/random-fee-scenario.ts';
export { asImported } from '../fees/reference/as-imported.ts';
