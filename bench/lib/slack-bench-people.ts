/**
 * Who sends the Slack benchmark's requests, and where: shared by the load generator and the app
 * it loads. A team of billers, each sending every tenth request (5 a second at 50/s): one person
 * cannot confirm 50 forms a second, and one person's write-offs queue behind each other on
 * purpose (their 24-hour limit is checked under a lock of their own).
 */
export const BENCH_BILLERS: readonly string[] = Array.from(
  { length: 10 },
  (_, i) => `UBENCHBILLER${String(i).padStart(2, '0')}`,
);
export const BENCH_CHANNEL = 'CBENCH0001';

export function billerFor(request: number): string {
  return BENCH_BILLERS[request % BENCH_BILLERS.length] ?? 'UBENCHBILLER00';
}
