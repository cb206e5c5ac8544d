// The layer map of Offer Desk (issue 9), checked by `npm run check:layers` inside `npm test`.
//
//   core     → luxon, csv-parse only (pure rules: no I/O, no Node built-ins, no other package)
//   ledger   → core                    (SQL lives here and only here)
//   letters  → core                    (PDF typesetting)
//   services → core, ledger, letters
//   ipc      → services, core          (the contract and the one handler table)
//   cli, app, harness → ipc, services, core (the outer shells; harness may reuse app's CSP/guards)
//   renderer → core at run time, the ipc contract as TYPES only
//
// Every rule below is a `forbidden` rule: a dependency that matches one fails the check.
// Type-only imports (`import type`) count as dependencies (tsPreCompilationDeps: true), so a layer
// cannot lean on another's types either; the renderer alone is allowed ipc types.
//
// EXCEPTIONS are listed file by file, each with the reason and the change that removes it. Add a
// file to an exception list only with the same kind of reason; never widen a pattern.

const layer = (name) => `^main/${name}/`;
const SHELLS = '^main/(cli|app|harness)/';
const RENDERER = '^renderer/';
const exact = (files) => `^(${files.map((f) => f.replace(/[.]/g, '[.]')).join('|')})$`;

// ---- Structural exceptions: services that still import from ipc/ -------------------------------
// The coming Desk split (issue 9, "Structure") moves the output types beside the services that
// produce them and the input schemas out of ipc/contract. Until then these files, and only these,
// may import the named ipc module.

// Output DTOs (HolderRow, DocumentView, ConfirmationRow, StandingChange, …) are defined in
// ipc/dto.ts; these services build them. TYPE-ONLY: a run-time import of dto is still refused.
const SERVICES_USING_IPC_DTO_TYPES = [
  'main/services/confirmation-queue.ts',
  'main/services/corrections.ts',
  'main/services/dashboard-figures.ts',
  'main/services/desk.ts',
  'main/services/extensions.ts',
  'main/services/letters.ts',
  'main/services/standing-changes.ts',
  'main/services/views.ts',
  'main/services/waiver-voids.ts',
];
// The Desk and corrections re-parse a draft with ipc/contract's zod schemas (documentDraft,
// inputs, intakePreviewDraft, ATTACHMENT_MAX_BYTES); intake uses its ParsedInput type. Removed
// when the CLI goes through the handler table and input is parsed once, at the table.
const SERVICES_USING_IPC_CONTRACT = [
  'main/services/corrections.ts',
  'main/services/desk.ts',
  'main/services/intake.ts',
];
// The offer-settings schema uses the contract's `said` text schema (one text rule for every
// field). Removed when `said` moves from ipc/text-schema.ts into services (or core).
const SERVICES_USING_IPC_TEXT_SCHEMA = ['main/services/offer-settings-schema.ts'];

module.exports = {
  forbidden: [
    // ---- core -----------------------------------------------------------------------------
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'main/core holds pure rules: it may import only itself, luxon and csv-parse.',
      from: { path: layer('core') },
      to: { pathNot: ['^main/core/', '(^|/)node_modules/(luxon|csv-parse|@types/luxon)/'] },
    },
    // ---- ledger, letters ---------------------------------------------------------------------
    {
      name: 'ledger-sees-only-core',
      severity: 'error',
      comment: 'main/ledger (SQL) may use main/core, never services, letters, ipc, shells or the renderer.',
      from: { path: layer('ledger') },
      to: { path: ['^main/(services|letters|ipc|cli|app|harness)/', RENDERER] },
    },
    {
      name: 'letters-sees-only-core',
      severity: 'error',
      comment: 'main/letters (PDF typesetting) may use main/core, never the ledger or anything above it.',
      from: { path: layer('letters') },
      to: { path: ['^main/(ledger|services|ipc|cli|app|harness)/', RENDERER] },
    },
    // ---- services ----------------------------------------------------------------------------
    {
      name: 'services-not-above',
      severity: 'error',
      comment: 'main/services may use core, ledger and letters; never the shells or the renderer.',
      from: { path: layer('services') },
      to: { path: [SHELLS, RENDERER] },
    },
    {
      name: 'services-not-ipc-table',
      severity: 'error',
      comment: 'Services never import the handler table or the channel list.',
      from: { path: layer('services') },
      to: { path: '^main/ipc/', pathNot: '^main/ipc/(dto|contract|text-schema)[.]ts$' },
    },
    {
      name: 'services-ipc-dto-types-only',
      severity: 'error',
      comment: 'EXCEPTION (narrow): listed services may import ipc/dto TYPES until the Desk split.',
      from: { path: layer('services'), pathNot: exact(SERVICES_USING_IPC_DTO_TYPES) },
      to: { path: '^main/ipc/dto[.]ts$' },
    },
    {
      name: 'services-ipc-dto-never-at-run-time',
      severity: 'error',
      comment: 'Even the excepted services import ipc/dto for its types only.',
      from: { path: layer('services') },
      to: { path: '^main/ipc/dto[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-ipc-contract',
      severity: 'error',
      comment: 'EXCEPTION (narrow): listed services may import ipc/contract until input is parsed once at the table.',
      from: { path: layer('services'), pathNot: exact(SERVICES_USING_IPC_CONTRACT) },
      to: { path: '^main/ipc/contract[.]ts$' },
    },
    {
      name: 'services-ipc-text-schema',
      severity: 'error',
      comment: 'EXCEPTION (narrow): the offer-settings schema may import ipc/text-schema until `said` moves down.',
      from: { path: layer('services'), pathNot: exact(SERVICES_USING_IPC_TEXT_SCHEMA) },
      to: { path: '^main/ipc/text-schema[.]ts$' },
    },
    // ---- ipc ---------------------------------------------------------------------------------
    {
      name: 'ipc-sees-services-and-core',
      severity: 'error',
      comment: 'main/ipc (contract + handler table) goes through services; never straight to the ledger or letters.',
      from: { path: layer('ipc') },
      to: { path: ['^main/(ledger|letters|cli|app|harness)/', RENDERER] },
    },
    // ---- the shells: cli, app, harness -----------------------------------------------------
    {
      name: 'shells-not-ledger-or-letters',
      severity: 'error',
      comment: 'The CLI, the Electron app and the browser harness reach the ledger and letters through services.',
      from: { path: SHELLS },
      to: { path: '^main/(ledger|letters)/' },
    },
    // The shells do not import one another; the one crossing is harness → app, because the
    // browser harness serves the same page as the window (main/app's CSP and renderer location).
    { name: 'cli-apart', severity: 'error', from: { path: layer('cli') }, to: { path: '^main/(app|harness)/' } },
    { name: 'app-apart', severity: 'error', from: { path: layer('app') }, to: { path: '^main/(cli|harness)/' } },
    { name: 'harness-apart', severity: 'error', from: { path: layer('harness') }, to: { path: layer('cli') } },
    {
      name: 'shells-not-renderer',
      severity: 'error',
      from: { path: SHELLS },
      to: { path: RENDERER },
    },
    // ---- renderer ----------------------------------------------------------------------------
    {
      name: 'renderer-not-main',
      severity: 'error',
      comment: 'The renderer may use main/core (pure) at run time and the ipc contract as types; nothing else of main/.',
      from: { path: RENDERER },
      to: { path: '^main/', pathNot: '^main/(core|ipc)/' },
    },
    {
      name: 'renderer-ipc-types-only',
      severity: 'error',
      comment: 'The renderer imports the ipc contract for its TYPES only (`import type`); it talks to the desk through window.api.',
      from: { path: RENDERER },
      to: { path: '^main/ipc/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs sandboxed: no Node built-ins.',
      from: { path: RENDERER },
      to: { dependencyTypes: ['core'] },
    },
    // ---- everywhere ----------------------------------------------------------------------------
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'Every import resolves (an unresolved one would slip past the rules above).',
      from: { path: '^(main|renderer)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Count `import type` as a dependency, marked "type-only", so rules can tell the two apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // node_modules may be a symlink (worktrees); keep paths as written so package rules match.
    preserveSymlinks: true,
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)node_modules/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
