// Which compiled better-sqlite3 this process loads. Under plain Node (tests, CLI, harness) the one
// npm built in node_modules; under Electron in development, a copy built for Electron's ABI
// (scripts/electron-native.sh), because one .node file cannot serve both runtimes. A packaged app
// ships node_modules rebuilt for Electron and needs no override. It is a fact about the process,
// set once at start-up by the Electron shell, so it lives here rather than in every open call.
import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** `new Database(path, options)` with the process's native binding, if one was set. */
export function openDatabase(path: string, options: Database.Options = {}): Database.Database {
  return new Database(path, nativeBinding === undefined ? options : { ...options, nativeBinding });
}
