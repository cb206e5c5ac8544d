// The contract's output types. They are defined beside the services that produce them
// (main/services/*-types.ts); the window and the CLI see them through here.
export type { SessionInfo, ScheduleDates, OfferSummary, VerifyReport } from '../services/offer-types';
export type { LedgerAccessInfo } from '../services/offer-types';
export type { PlanTotals, DashboardData } from '../services/dashboard-types';
export { HOLDER_FILTERS } from '../services/holder-types';
export type { HolderFilter, HolderRow, HolderPage, AttachmentInfo, AttachmentContent, DocumentView, HolderDetail, RosterImportResult, ElectionRow, DocumentRow } from '../services/holder-types';
export type { IntakeOutcome, IntakePreview, IntakeResult } from '../services/intake-types';
export type { OpenDefectRow, CureResult, WaiverPreview, WaiverResult } from '../services/defect-types';
export type { LetterToCorrect, StandingChange, ExtensionPreview, ExtensionResult, ExtensionVoidPreview, ExtensionVoidResult, WaiverVoidPreview, WaiverVoidResult, DocumentVoidPreview, DocumentVoidResult, CorrectionResult, CorrectionDue } from '../services/correction-types';
export { CONFIRMATION_FILTERS } from '../services/letter-types';
export type { ConfirmationFilter, ConfirmationStatus, LetterRecord, SentMarkView, ConfirmationRow, ConfirmationQueue, LetterPreview, PrintedBatch, MarkSentResult, PrintRunView, ConfirmationJsonRow } from '../services/letter-types';
export type { ChangeSignal } from '../services/changes-signal';
export type { NewOfferProblem, NewOfferSchedule, NewOfferCheck, NewOfferCreated } from '../services/new-offer-types';
export type { RatioRuleText, ExchangeTermsView, OfferDetailsVersion, OfferDetailsHistory } from '../services/offer-edits-types';
export type { LetterJobError, LetterJobState, LetterJobView } from '../services/letter-jobs';
export type { BackupEntry, BackupsInfo } from '../services/backup-types';
export type { ClosePreview, CloseResult, ClosingFigures, ClosingView, DefectiveAtClose } from '../services/closing-types';
export type { PromiseQueue, PromiseRow } from '../services/promise-types';
export type { FaxContent, FaxList, FaxListItem, FaxStatus, FaxView } from '../services/fax-types';
export type { InboxProblemView, InboxSettings, InboxStatus, InboxView } from '../services/fax-inbox-types';
export type { ReportClosing, ReportDates, ReportDocumentLine, ReportExtensionLine, ReportWaiverLine, ResultsReport, ResultsSummary, ResultsPdf } from '../services/results-report-types';
