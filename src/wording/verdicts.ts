/** Whether a requirement is met, in one word: the flag on a report's staffing and indicator rows, the calculator's tables. */
export function metWord(met: boolean): '达标' | '未达标' {
  return met ? '达标' : '未达标';
}
