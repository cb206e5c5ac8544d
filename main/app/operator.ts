// Who is at the desk when the window opens: nobody yet. The window asks the person for their
// name (session:setOperator) before anything can be recorded; the OS account is never assumed,
// because a shared workstation login is not the person keying. An installation that runs for one
// named person may say so with OFFER_DESK_OPERATOR.
export function windowOperator(env: NodeJS.ProcessEnv): string | null {
  const named = (env['OFFER_DESK_OPERATOR'] ?? '').trim();
  return named === '' ? null : named;
}
