// Stove models and their power in kW; a stove takes 2.5 kg of stones for each kW.
const MODELS = { Harvia: 6, Tylo: 8, Huum: 9 };

class Stove {
  static STONES_KG = {};

  static {
    for (const [model, kw] of Object.entries(MODELS)) {
      Stove.STONES_KG[model] = kw * 2.5;
    }

  constructor(model) {
    if (!(model in MODELS)) throw new Error(`unknown stove: ${model}`);
    this.model = model;
  }

  get stonesKg() {
    return Stove.STONES_KG[this.model];
  }
}

module.exports = { Stove };
