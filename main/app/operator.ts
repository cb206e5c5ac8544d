// Who is at the desk when the window opens: the operating-system account, which is what an
// auditor can tie to a person. The window may change it for the session (session:setOperator).
import { userInfo } from 'node:os';

export function defaultOperator(env: NodeJS.ProcessEnv): string {
  try {
    const name = userInfo().username.trim();
    if (name !== '') return name;
  } catch {
    // No account entry for this uid (some containers and service accounts): use the environment.
  }
  return (env['USER'] ?? env['USERNAME'] ?? '').trim() || 'operator';
}
