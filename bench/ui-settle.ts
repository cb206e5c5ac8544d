// After a screen is closed, the harness may still be answering requests it queued (the desk's
// main process is synchronous): one cheap call answered means the queue ahead of it has drained,
// so the next measurement does not pay for the previous one's backlog.
export async function settle(url: string): Promise<void> {
  await fetch(new URL('api/session:get', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url.replace(/\/$/, '') },
    body: '{}',
  });
}

export function uiTimeoutMs(env: NodeJS.ProcessEnv): number {
  const v = Number(env.BENCH_UI_TIMEOUT_MS ?? '');
  return Number.isFinite(v) && v > 0 ? v : 90_000;
}
