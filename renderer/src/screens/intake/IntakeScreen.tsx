// Logging one received document from paper on the desk: the intake form (IntakeEntry), empty or
// for the holder the screen was opened for.
import { IntakeEntry } from './IntakeEntry';
import { emptyForm } from './draft';

export function IntakeScreen({ initialEmployeeId }: { initialEmployeeId: string | null }) {
  return <IntakeEntry title="Intake: log a received document" initialForm={emptyForm(initialEmployeeId)} focusHolder={initialEmployeeId === null} />;
}
