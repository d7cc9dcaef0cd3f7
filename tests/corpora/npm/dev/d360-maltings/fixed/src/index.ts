export { round1, waterTakenUpKg, type SteepPlan } from './steep';
export { kilnHours, waterDrivenOffKg } from './kiln';
export { batchLabel, batchReport, kilnOrder, type Batch, type BatchReport } from './batch';
