/** Who sends the Slack benchmark's requests, and where: shared by the load generator and the app it loads. */
export const BENCH_ADMIN = 'UBENCHADMIN';
export const BENCH_CHANNEL = 'CBENCH0001';
