export { round1, waterTakenUpKg, type SteepPlan } from './steep';
export { kilnHours, waterRemovedKg } from './kiln';
export { batchLabel, batchReport, kilnOrder, type Batch, type BatchReport } from './batch';
