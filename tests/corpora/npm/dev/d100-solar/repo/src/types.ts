// A string of identical panels; watts is one panel's rating at standard test conditions.
export interface PanelString {
  watts: number;
  count: number;
}

export interface PvArray {
  strings: PanelString[];
  inverterWatts: number; // the inverter's AC limit: anything above it is clipped
  efficiency: number; // wiring, heat and inverter losses, 0..1
}

// Irradiance on the panels (W/m²) measured over one hour starting at `hour`.
export interface Reading {
  hour: number;
  irradiance: number;
}

export interface Rates {
  importPence: number; // per kWh bought from the grid
  exportPence: number; // per kWh sold to it
}
