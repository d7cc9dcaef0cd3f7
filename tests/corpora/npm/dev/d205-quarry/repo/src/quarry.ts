import { describeLoad, type Load } from './grades';

interface Face {
  id: string;
  tonnes: number;
  blasted: boolean;
  loads: Load[];
}

export class Quarry {
  private faces = new Map<string, Face>();

  // The surveyors write tonnages with a decimal comma and the unit: '13,3 t'.
  addFace(id: string, survey: string): void {
    const tonnes = parseFloat(survey);
    if (Number.isNaN(tonnes)) throw new Error(`bad survey for ${id}: ${survey}`);
    this.faces.set(id, { id, tonnes, blasted: false, loads: [] });
  }

  blast(id: string): void {
    this.faces.get(id)?.blasted = true;
  }

  haul(id: string, load: Load): string {
    const face = this.faces.get(id);
    if (!face?.blasted) throw new Error(`face ${id} has not been blasted`);
    face.loads.push(load);
    return describeLoad(load);
  }

  // A face is cleared when its loads add up to the tonnage the survey gave it.
  isCleared(id: string): boolean {
    const face = this.faces.get(id);
    if (!face) return false;
    const carried = face.loads.reduce((sum, load) => sum + load.tonnes, 0);
    return Math.abs(carried - face.tonnes) < 1e-9;
  }
}
