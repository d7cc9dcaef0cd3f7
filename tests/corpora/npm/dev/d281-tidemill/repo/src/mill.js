// The mill's sluice gates, from the sea wall inland.
export const SLUICE_GATES = ['North', 'Middle', 'South', 'Race'];
