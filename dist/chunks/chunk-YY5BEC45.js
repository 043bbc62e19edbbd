import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/content/threshold.ts
var DEFAULT_THRESHOLD = 0.9;
var THRESHOLD_DECIMALS = 4;
var SCALE = 10 ** THRESHOLD_DECIMALS;
function roundThreshold(value) {
  return Math.round(value * SCALE) / SCALE;
}
function thresholdText(entry) {
  const { threshold } = entry;
  if (threshold === void 0) return void 0;
  return threshold.toFixed(THRESHOLD_DECIMALS).replace(/0+$/, "").replace(/\.$/, "");
}

export {
  DEFAULT_THRESHOLD,
  THRESHOLD_DECIMALS,
  roundThreshold,
  thresholdText
};
