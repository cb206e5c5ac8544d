// Vite's asset imports (`…?url`), used to ship pdf.js's worker as a file of our own origin.
/// <reference types="vite/client" />
