export { binCount, freedmanDiaconis, histogram, sturges } from './bins';
export type { Bin, Rule } from './bins';
export { render } from './render';
export { interquartileRange, mean, quantile } from './stats';
