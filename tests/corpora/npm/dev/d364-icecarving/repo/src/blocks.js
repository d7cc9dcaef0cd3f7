'use strict';

// Clear ice weighs 0.917 kg a litre; blocks are measured in centimetres.
const ICE_KG_PER_LITRE = 0.917;

function blockOf(widthCm, depthCm, heightCm) {
  const litres = (widthCm * widthCm * heightCm) / 1000;
  return { widthCm, depthCm, heightCm, kg: Math.round(litres * ICE_KG_PER_LITRE * 10) / 10 };
}

module.exports = { ICE_KG_PER_LITRE, blockOf };
