// Tuning files are kept in several places; the first one that reads as JSON is used.
export function firstReadable(texts) {
  let lastError = null;
  for (const text of texts) {
    try {
      return JSON.parse(text);
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`no readable tuning (${err.message})`, { cause: lastError });
}
