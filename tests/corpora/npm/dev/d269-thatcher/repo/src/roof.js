// What a thatcher assumes unless the customer asks otherwise.
const DEFAULTS = { pitchDeg: 50, courseCm: 30, reed: 'water reed' };

class Roof {
  // faces: the roof's slopes, each with the length of its rafters and its width along the eaves, in metres.
  constructor(name, faces, options = {}) {
    this.name = name;
    this.faces = faces;
    this.spec = Object.assign({}, DEFAULTS, options);
  }

  // A job sheet may list a roof once per visit; two entries are the same roof when name and reed agree.
  sameAs(other) {
    return other instanceof this && other.name === this.name && other.spec.reed === this.spec.reed;
  }

  // The courses of each face, laid from the eaves up, one course deep each.
  courses() {
    const perFace = Array.from({ length: this.faces.length }, () => []);
    this.faces.forEach((face, i) => {
      // The survey may give a face a course depth of its own, written as text; the others take the roof's.
      const courseCm = Number(face.courseCm) ?? this.spec.courseCm;
      const count = Math.ceil((face.rafterM * 100) / courseCm);
      for (let course = 1; course <= count; course += 1) perFace[i].push({ course, widthM: face.widthM, courseCm });
    });
    return perFace;
  }
}

module.exports = { DEFAULTS, Roof };
