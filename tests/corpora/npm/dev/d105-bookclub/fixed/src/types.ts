export interface Book {
  title: string;
  pages: number;
}

// A reading assignment: pages from..to inclusive, due at a meeting.
export interface Assignment {
  meeting: string; // 'YYYY-MM-DD'
  from: number;
  to: number;
}
