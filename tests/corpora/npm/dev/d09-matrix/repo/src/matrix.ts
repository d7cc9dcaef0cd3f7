export type Matrix = number[][];

export function dimensions(m: Matrix): [number, number] {
  return [m.length, m.length === 0 ? 0 : m[0]];
}

export function transpose(m: Matrix): Matrix {
  const [rows, cols] = dimensions(m);
  const result: Matrix = [];
  for (let c = 0; c < cols; c++) {
    result.push([]);
    for (let r = 0; r < rows; r++) {
      result[c].push(m[r][c]);
    }
  }
  return result;
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  const [rows, inner] = dimensions(a);
  const [innerB, cols] = dimensions(b);
  if (inner !== innerB) {
    throw new RangeError(`cannot multiply ${rows}x${inner} by ${innerB}x${cols}`);
  }
  const result: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      for (let k = 0; k < rows; k++) {
        sum += a[r][k] * b[k][c];
      }
      row.push(sum);
    }
    result.push(row);
  }
  return result;
}

export function identity(size: number): Matrix {
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => (r === c ? 1 : 0)));
}
