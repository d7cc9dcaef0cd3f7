export interface Platform {
  tree: string;
  heightM: number;
  areaM2: number;
}
