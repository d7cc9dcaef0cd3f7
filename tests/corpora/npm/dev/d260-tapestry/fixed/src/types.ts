export interface WarpSpec {
  warp: number; // warp threads per centimetre
  widthCm: number;
}

export type Status = 'draft' | 'on the loom' | 'finished';

export interface Commission {
  title: string;
  weaver: string;
  spec: WarpSpec;
  status: Status;
}
