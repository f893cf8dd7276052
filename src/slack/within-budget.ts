/** The work's value if it settles within `ms`, else `late` (the work goes on; await it later). */
export async function withinBudget<T>(
  work: Promise<T>,
  ms: number,
): Promise<{ late: true } | { late: false; value: T }> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<{ late: true }>((resolve) => {
    timer = setTimeout(() => resolve({ late: true }), Math.max(0, ms));
  });
  try {
    return await Promise.race([work.then((value) => ({ late: false as const, value })), budget]);
  } finally {
    clearTimeout(timer);
  }
}
